import { computeStatistics, expertAgreement, finalScores } from '../../../src/engine';
import { buildReportDocx, inlineText, reportBlocks, type ReportBlock } from '../../../src/engine/report';
import { convertWithLibreOffice } from '../../support/libreOffice';
import { roundRows, twice } from '../adjudication/rounds';

const SCHOOL = [2, 3, 3, 4];
const NAMES = { Э01: 'Петрова Анна Сергеевна', Э02: 'Сидоров Игорь Петрович', Э03: 'Кузнецова Ольга' };

/** Four works scored by Э01 and Э02; one substantially apart, settled by Э03. */
function rows() {
  const named = (list: ReturnType<typeof twice>) => list.map((row) => ({ ...row, expert: NAMES[row.packageId.split('-')[2] as keyof typeof NAMES] }));
  return named([
    ...twice('0001', SCHOOL, [2, 3, 3, 4], [2, 3, 3, 4]),
    ...twice('0002', SCHOOL, [2, 3, 3, 4], [2, 2, 3, 4]),
    ...twice('0003', SCHOOL, [2, 3, 3, 4], [2, 3, 2, 3]),
    ...twice('0004', SCHOOL, [2, 3, 3, 4], [0, 3, 3, 4]),
    ...roundRows({ workCode: '0004', round: 3, expertId: 'Э03', school: SCHOOL, points: [1, 3, 3, 4] }),
  ]);
}

function text(blocks: readonly ReportBlock[]): string {
  return blocks
    .map((block) => ('text' in block ? inlineText(block.text) : block.kind === 'table' ? block.rows.map((row) => row.cells.join(' | ')).join('\n') : ''))
    .join('\n');
}

describe('the report’s appendix on the experts’ consistency', () => {
  const finals = finalScores(rows());
  const statistics = computeStatistics(finals.rows);
  const input = {
    statistics,
    metadata: { region: 'Иркутская область', centre: 'ЦОКО', testPeriod: 'апрель 2026', date: '2026-12-01' },
    experts: expertAgreement(finals.works),
  };

  it('states the final-score rule and the thresholds, gives the agreement per test and task, and names experts by code only', () => {
    const appendix = text(reportBlocks(input));
    expect(appendix).toContain('Приложение 2. Согласованность экспертов');
    expect(appendix).toContain('на 2 и более');
    expect(appendix).toContain('на 3 и более');
    expect(appendix).toContain('«половина вверх» (1,5 → 2)');
    expect(appendix).toContain('Направлено на третью проверку: 1 из 4 работ.');
    // Totals 12/12, 12/11, 12/10, 12/10: 1 of 4 agree, 2 within a point.
    expect(appendix).toMatch(/Сумма баллов \| 4 \| 25,0\s%\s\| 50,0\s%/u);
    // Finals 12, 12 (2,5 → 3), 12 (2,5 → 3, 3,5 → 4), 11 (the third expert's). Э01: 0, 0, 0, +1; Э02: 0, −1, −2, −1.
    expect(appendix).toContain('Э01 | русский язык, 6 класс | 4 | 4 | 25,0\u00a0% | +0,25');
    expect(appendix).toContain('Э02 | русский язык, 6 класс | 4 | 4 | 25,0\u00a0% | \u22121,00');
    const table = reportBlocks(input).filter((block) => block.kind === 'table').at(-1)!;
    expect(table.kind === 'table' && table.rows.map((row) => row.kind ?? null)).toEqual([null, 'flagged']);
    for (const code of ['Э01', 'Э02']) expect(appendix).toContain(code);
    for (const name of Object.values(NAMES)) expect(appendix).not.toContain(name);
  });

  it('states "first is primary" when the region chose it', () => {
    expect(text(reportBlocks({ ...input, adjudication: { finalRule: 'first' } }))).toContain('балл первого эксперта (первый эксперт — основной)');
  });

  it('is left out when no work was scored twice', () => {
    const single = finalScores(roundRows({ workCode: '0001', round: 1, expertId: 'Э01', school: SCHOOL, points: SCHOOL }));
    const blocks = reportBlocks({ ...input, statistics: computeStatistics(single.rows), experts: expertAgreement(single.works) });
    expect(text(blocks)).not.toContain('Согласованность экспертов');
  });

  it('opens in LibreOffice with the appendix in it', async () => {
    const docx = await buildReportDocx(input);
    const converted = await convertWithLibreOffice([{ name: 'report.docx', bytes: docx }], 'txt');
    const body = new TextDecoder().decode([...converted.values()][0]);
    expect(body).toContain('Приложение 2. Согласованность экспертов');
    expect(body).toContain('Средняя разность с итоговым баллом');
    for (const name of Object.values(NAMES)) expect(body).not.toContain(name);
  }, 120_000);
});
