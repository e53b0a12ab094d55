import { buildZip, encryptedZip } from '../support/archiveFixtures';
import { breakXref, makePdf } from '../support/pdfFactory';
import { openPane, screenshot, type PaneSession } from './support/browser';

const MUNICIPALITY = 'Боханский район';
const SCHOOL = 'МБОУ Витимская СОШ';
const FOLDER = `${MUNICIPALITY}/${SCHOOL}, русский язык, 6 класс`;

/** What a municipality sends, zipped on a Russian Windows: CP866 names without the UTF-8 flag. */
async function municipalityArchive(): Promise<Buffer> {
  const zip = await buildZip([
    { path: `${FOLDER}/4002_вар.1.pdf`, data: makePdf({ pages: 2 }), nameEncoding: 'cp866' },
    { path: `${FOLDER}/4003_вар.2.pdf`, data: makePdf({ pages: 3 }), nameEncoding: 'cp866' },
    { path: `${FOLDER}/Протокол русский язык 6 класс.xlsx`, data: 'PK\u0003\u0004 stand-in workbook', nameEncoding: 'cp866' },
    { path: `${FOLDER}/Thumbs.db`, data: 'thumbnail cache', nameEncoding: 'cp866' },
    { path: `${FOLDER}/Иванов Пётр.pdf`, data: makePdf({ pages: 1 }), nameEncoding: 'cp866' },
  ]);
  return Buffer.from(zip);
}

async function openArchiveView(pane: PaneSession): Promise<void> {
  await pane.page.goto(`${pane.origin}/taskpane.html`);
  await pane.page.getByRole('button', { name: 'Загрузить архивы работ' }).click();
  await pane.page.getByRole('heading', { name: 'Архивы работ' }).waitFor();
}

describe('the archive view', () => {
  let pane: PaneSession | undefined;
  afterEach(async () => {
    await pane?.close();
    pane = undefined;
  });

  it('indexes a municipality archive inside the pane and shows each school and every problem', async () => {
    pane = await openPane({ height: 900 });
    const { page } = pane;
    await openArchiveView(pane);

    await page.locator('input[type="file"]').setInputFiles({ name: `${MUNICIPALITY}.zip`, mimeType: 'application/zip', buffer: await municipalityArchive() });
    await page.getByRole('heading', { name: 'Школы' }).waitFor({ timeout: 60_000 });

    const summary = await page.getByRole('status').innerText();
    expect(summary).toContain('2 работы, 5 страниц — 1 папка школ');

    const municipality = page.getByRole('heading', { name: MUNICIPALITY, level: 3 });
    expect(await municipality.count()).toBe(1);
    const school = page.locator(`li[data-school="${SCHOOL}"]`);
    const schoolText = await school.innerText();
    expect(schoolText).toContain(SCHOOL);
    expect(schoolText).toContain('русский язык, 6 класс');
    expect(schoolText).toContain('2 работы · 5 страниц');
    expect(schoolText).toContain('протокол школы');
    expect(schoolText).not.toContain('не найден');

    const problems = await page.getByRole('heading', { name: /Проблемы с файлами: \d+/ }).innerText();
    expect(problems).toBe('Проблемы с файлами: 2');
    const badName = await page.locator('[data-problem="bad-name"]').innerText();
    expect(badName).toContain('Имя файла не по правилу');
    expect(badName).toContain('Иванов Пётр.pdf');
    expect(badName).toContain(FOLDER);
    expect(await page.locator(`[data-problem="bad-name"] li[title="${FOLDER}/Иванов Пётр.pdf"]`).count()).toBe(1);
    expect(badName).toContain('Имя файла не соответствует правилу');
    const systemFile = await page.locator('[data-problem="system-file"]').innerText();
    expect(await page.locator(`[data-problem="system-file"] li[title="${FOLDER}/Thumbs.db"]`).count()).toBe(1);
    expect(systemFile).toContain('Служебный файл');

    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await screenshot(page, 'archives');
    expect(pane.blockedRequests).toEqual([]);
    expect(pane.pageErrors).toEqual([]);
  });

  it('takes a scan the inspector had to repair as a work when the pane\'s pdf.js opens it, and turns away one it cannot', async () => {
    pane = await openPane();
    const { page } = pane;
    await openArchiveView(pane);
    const zip = await buildZip([
      { path: `${FOLDER}/4002_вар.1.pdf`, data: makePdf({ pages: 2 }) },
      // Every cross-reference offset is off: the inspector rebuilds the table, and pdf.js, which opens the file, decides.
      { path: `${FOLDER}/4003_вар.1.pdf`, data: breakXref(makePdf({ pages: 3 })) },
      // A zeroed cross-reference stream over object streams: repaired by the inspector, refused by pdf.js.
      { path: `${FOLDER}/4004_вар.1.pdf`, data: breakXref(makePdf({ pages: 3, objectStreams: true })) },
    ]);
    await page.locator('input[type="file"]').setInputFiles({ name: `${MUNICIPALITY}.zip`, mimeType: 'application/zip', buffer: Buffer.from(zip) });
    await page.getByRole('heading', { name: 'Школы' }).waitFor({ timeout: 60_000 });
    expect(await page.getByRole('status').innerText()).toContain('2 работы, 5 страниц');
    expect(await page.locator('[data-problem="broken-pdf"]').innerText()).toContain('4004_вар.1.pdf');
    expect(await page.locator('[data-problem="broken-pdf"]').innerText()).not.toContain('4003_вар.1.pdf');
    expect(pane.pageErrors).toEqual([]);
  });

  it('shows a progress line while indexing and stops on "Отмена"', async () => {
    // Slow every read of a file's bytes, as a 1 GB archive on a network drive would be. The pane reads a few
    // files at once, so the archive holds enough works for several rounds of reads.
    pane = await openPane({
      engineScript: `const read = Blob.prototype.arrayBuffer;
        Blob.prototype.arrayBuffer = function () { return new Promise((resolve) => setTimeout(resolve, 2000)).then(() => read.call(this)); };`,
    });
    const { page } = pane;
    await openArchiveView(pane);
    const works = Array.from({ length: 15 }, (_, i) => ({ path: `${FOLDER}/${5000 + i}_вар.1.pdf`, data: makePdf(), nameEncoding: 'cp866' as const }));
    await page.locator('input[type="file"]').setInputFiles({ name: `${MUNICIPALITY}.zip`, mimeType: 'application/zip', buffer: Buffer.from(await buildZip(works)) });
    const progress = page.getByRole('progressbar');
    await progress.waitFor();
    await page.getByText(/«Боханский район\.zip»: просмотрено \d+ из \d+ файлов/).waitFor({ timeout: 30_000 });
    await screenshot(page, 'archives-progress');
    await page.getByRole('button', { name: 'Отмена' }).click();
    await page.getByText('Разбор архивов отменён').waitFor();
    expect(await page.getByRole('heading', { name: 'Школы' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Выбрать архивы…' }).count()).toBe(1);
    expect(pane.pageErrors).toEqual([]);
  });

  it('reports an archive that cannot be read at all as a problem and still indexes the others', async () => {
    pane = await openPane();
    const { page } = pane;
    await openArchiveView(pane);

    await page.locator('input[type="file"]').setInputFiles([
      { name: 'Черемховский район.zip', mimeType: 'application/zip', buffer: Buffer.from('this is not a zip archive at all') },
      { name: `${MUNICIPALITY}.zip`, mimeType: 'application/zip', buffer: await municipalityArchive() },
    ]);
    await page.getByRole('heading', { name: 'Школы' }).waitFor({ timeout: 60_000 });
    expect(await page.getByRole('status').innerText()).toContain('2 работы, 5 страниц — 1 папка школ');
    const broken = page.locator('[data-problem="broken-archive"]');
    const brokenText = await broken.innerText();
    expect(brokenText).toContain('Повреждённые архивы');
    expect(brokenText).toContain('Черемховский район.zip');
    expect(await broken.locator('li').count()).toBe(1);
    await screenshot(page, 'archive-unreadable');
    expect(pane.pageErrors).toEqual([]);
  });

  it('answers clicks while the engine’s thread is held busy, stops on "Отмена", and indexes again after', async () => {
    // The engine's thread spins at its first read of a file until the test opens the gate: were the engine on the
    // pane's thread, the pane could answer no click until then.
    pane = await openPane({
      engineScript: `const read = Blob.prototype.arrayBuffer;
        let held = true;
        Blob.prototype.arrayBuffer = function () {
          while (held) {
            const gate = new XMLHttpRequest();
            gate.open('GET', '/engine-gate', false);
            gate.send();
            held = gate.responseText !== 'open';
          }
          return read.call(this);
        };`,
    });
    const { page, context } = pane;
    let gate = 'held';
    let asked = 0;
    await context.route('**/engine-gate', async (route) => {
      asked += 1;
      await new Promise((resolve) => setTimeout(resolve, 50));
      await route.fulfill({ body: gate, contentType: 'text/plain' });
    });
    await openArchiveView(pane);
    const works = Array.from({ length: 60 }, (_, i) => ({ path: `${FOLDER}/${6000 + i}_вар.1.pdf`, data: makePdf({ pages: 2 }) }));
    await page.locator('input[type="file"]').setInputFiles({ name: 'Большой.zip', mimeType: 'application/zip', buffer: Buffer.from(await buildZip(works)) });
    await page.getByRole('progressbar').waitFor();
    while (asked === 0) await new Promise((resolve) => setTimeout(resolve, 50));

    await page.getByRole('button', { name: 'Показать архив (1)' }).click();
    await page.getByText('Архив: Большой.zip').waitFor();
    await page.getByRole('button', { name: 'Скрыть список архивов' }).click();
    await page.getByRole('button', { name: 'Показать архив (1)' }).waitFor();
    expect(await page.getByText('Архив: Большой.zip').count()).toBe(0);
    // The clicks were answered while the engine is still held.
    expect(gate).toBe('held');
    expect(await page.getByRole('progressbar').count()).toBe(1);

    await page.getByRole('button', { name: 'Отмена' }).click();
    await page.getByText('Разбор архивов отменён').waitFor();
    expect(await page.getByRole('progressbar').count()).toBe(0);
    await screenshot(page, 'archives-cancelled');

    // Let the engine go: the worker is free again and indexes the next archives.
    gate = 'open';
    await page.locator('input[type="file"]').setInputFiles({ name: `${MUNICIPALITY}.zip`, mimeType: 'application/zip', buffer: await municipalityArchive() });
    await page.getByRole('status').getByText('2 работы, 5 страниц — 1 папка школ').waitFor({ timeout: 60_000 });
    expect(await page.getByRole('main').innerText()).not.toContain('Большой.zip');
    expect(pane.pageErrors).toEqual([]);
  });

  it('collapses a long problem list behind "show all" and shows every problem on request', async () => {
    pane = await openPane();
    const { page } = pane;
    await openArchiveView(pane);
    const misnamed = Array.from({ length: 7 }, (_, index) => `скан ${index + 1}.pdf`);
    const zip = await buildZip([
      { path: `${FOLDER}/4002_вар.1.pdf`, data: makePdf() },
      ...misnamed.map((name) => ({ path: `${FOLDER}/${name}`, data: makePdf() })),
    ]);
    await page.locator('input[type="file"]').setInputFiles({ name: 'район.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
    const group = page.locator('[data-problem="bad-name"]');
    await group.waitFor({ timeout: 60_000 });
    expect(await group.locator('li').count()).toBe(5);
    await group.getByRole('button', { name: 'Показать все (7)' }).click();
    expect(await group.locator('li').count()).toBe(7);
    for (const name of misnamed) expect(await group.innerText()).toContain(name);
    await group.getByRole('button', { name: 'Свернуть' }).click();
    expect(await group.locator('li').count()).toBe(5);
  });

  it('indexes archives dropped onto the pane', async () => {
    pane = await openPane();
    const { page } = pane;
    await openArchiveView(pane);
    const zip = Buffer.from(await buildZip([{ path: `${FOLDER}/4002_вар.1.pdf`, data: makePdf({ pages: 4 }) }])).toString('base64');
    const transfer = await page.evaluateHandle((base64) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], 'Брошенный.zip', { type: 'application/zip' }));
      return data;
    }, zip);
    const target = page.getByRole('heading', { name: 'Архивы работ' });
    await target.dispatchEvent('dragenter', { dataTransfer: transfer });
    await page.getByText('Отпустите, чтобы загрузить архивы').waitFor();
    await target.dispatchEvent('drop', { dataTransfer: transfer });
    await page.getByRole('status').getByText('1 работа, 4 страницы — 1 папка школ').waitFor({ timeout: 60_000 });
  });

  it('asks for the password of a protected archive and indexes it again with it', async () => {
    pane = await openPane();
    const { page } = pane;
    await openArchiveView(pane);
    const zip = await encryptedZip([{ path: `${FOLDER}/4002_вар.1.pdf`, data: makePdf({ pages: 2 }) }], 'секрет');
    await page.locator('input[type="file"]').setInputFiles({ name: 'с паролем.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
    await page.getByText('Есть архивы с паролем').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-problem="encrypted"]').innerText()).toContain('4002_вар.1.pdf');
    await page.getByLabel('Пароль к архивам (если есть)').fill('секрет');
    await page.getByRole('button', { name: 'Разобрать снова' }).click();
    await page.getByRole('status').getByText('1 работа, 2 страницы — 1 папка школ').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-problem="encrypted"]').count()).toBe(0);
  });

  it('names files that are not ZIP archives instead of dropping them', async () => {
    pane = await openPane();
    const { page } = pane;
    await openArchiveView(pane);
    await page.locator('input[type="file"]').setInputFiles({ name: 'скан.pdf', mimeType: 'application/pdf', buffer: Buffer.from(makePdf()) });
    await page.getByText('Не ZIP-архив, не загружено: скан.pdf').waitFor();
  });
});
