import JSZip from 'jszip';
import { makeScoreSheet, sampleRows } from '../../support/scoreSheetFactory';
import { readOk } from './helpers';

/** Adds workbook-level defined names (ExcelJS cannot write a name over a whole column: it expands it too). */
async function withDefinedNames(bytes: Uint8Array, names: Record<string, string>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('xl/workbook.xml')!.async('string');
  const defined = Object.entries(names).map(([name, ref]) => `<definedName name="${name}">${ref}</definedName>`).join('');
  zip.file('xl/workbook.xml', xml.replace(/<definedNames>.*<\/definedNames>/s, '').replace('</sheets>', `</sheets><definedNames>${defined}</definedNames>`));
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
}

/**
 * Reading times are figures for the note, not assertions: a timed test fails on a busy machine. `npm run
 * bench:prepare` measures reading 100 such forms.
 */
function report(what: string, ms: number): void {
  console.log(`${what}: read in ${Math.round(ms)} ms`);
}

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}

describe('real-size forms', () => {
  let form: Uint8Array;
  beforeAll(async () => {
    // The 2026 form: 1,500 pre-sized rows with borders, the Итого formula and list validations; 25 pupils.
    form = await makeScoreSheet({ rows: sampleRows(25), presizedRows: 1500 });
  });

  it('reads a 1,500-row form with 25 participants', async () => {
    await readOk(form); // warm up the JIT: the add-in reads dozens of forms in one go
    const { value, ms } = await timed(() => readOk(form));
    expect(value.sheet.rows).toHaveLength(25);
    expect(value.problems).toEqual([]);
    report('1,500-row form, 25 participants', ms);
  });

  it('reads a form filled to its last row', async () => {
    const full = await makeScoreSheet({ rows: sampleRows(1500), presizedRows: 1500 });
    const { value, ms } = await timed(() => readOk(full));
    expect(value.sheet.rows).toHaveLength(1500);
    expect(value.sheet.rows[1499]).toMatchObject({ row: 1501, code: '41500' });
    expect(value.problems).toEqual([]);
    report('1,500-row form filled to its last row', ms);
  });

  it('reads a form with list validations on whole columns (ExcelJS would expand them to a million cells)', async () => {
    const bytes = await makeScoreSheet({ rows: sampleRows(25), presizedRows: 1500, validations: 'whole-column' });
    const { value, ms } = await timed(() => readOk(bytes));
    expect(value.sheet.rows).toHaveLength(25);
    report('whole-column validations', ms);
  });

  it('reads a form with defined names over whole columns', async () => {
    const bytes = await withDefinedNames(form, {
      Коды: "'Протокол'!$A$1:$A$1048576",
      Баллы: "'Протокол'!$C$1:$L$1048576",
      Варианты: 'Служебный!$A:$A',
    });
    const { value, ms } = await timed(() => readOk(bytes));
    expect(value.sheet.rows).toHaveLength(25);
    report('whole-column defined names', ms);
  });
});
