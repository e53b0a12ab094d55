import type { PupilWork } from '../../../src/engine';
import { joinSheets } from '../../../src/engine/prepare/joinSheets';
import type { ScoreSheet, SheetRow } from '../../../src/engine/scoreSheets';
import { problemText } from '../../../src/engine/wording';

const FOLDER = 'Боханский район/МБОУ Витимская СОШ, русский язык, 6 класс';

function work(code: string, variant: number, overrides: Partial<PupilWork> = {}): PupilWork {
  return {
    archive: 'Боханский район.zip', path: `${FOLDER}/${code}_вар.${variant}.pdf`, kind: 'work', municipality: 'Боханский район',
    school: 'МБОУ Витимская СОШ', subject: 'русский язык', grade: 6, code, variant, class: null, pages: 2, bytes: 10, ...overrides,
  };
}

function row(code: string, variant: number | null, extra: Partial<SheetRow> = {}, at = 2): SheetRow {
  return { row: at, code, variant, absent: false, scores: { '1': { kind: 'score', value: 1 } }, ...extra };
}

function sheet(rows: SheetRow[], source = { archive: 'Боханский район.zip', path: `${FOLDER}/Протокол.xlsx` }): ScoreSheet {
  return { source, sheetName: 'Протокол', headerRow: 1, tasks: [{ task: '1', max: 2 }], rows, personalColumns: [], ignoredColumns: [] };
}

describe('joinSheets', () => {
  it('joins a scan with its school row by participant code', () => {
    const result = joinSheets([work('40001', 1)], [sheet([row('40001', 1)])]);
    expect(result.problems).toEqual([]);
    expect(result.scored).toHaveLength(1);
    expect(result.scored[0].row.scores['1']).toEqual({ kind: 'score', value: 1 });
  });

  it('lists a scan with no row, a present pupil with no scan, and a variant that differs', () => {
    const result = joinSheets(
      [work('40001', 1), work('40002', 2), work('40009', 1)],
      [sheet([row('40001', 1, {}, 2), row('40002', 1, {}, 3), row('40003', 2, {}, 4), row('40004', null, { absent: true }, 5)])],
    );
    expect(result.scored.map((s) => s.work.code)).toEqual(['40001']);
    expect(result.problems.map((p) => [p.problem, p.path.split('/').pop(), p.cell ?? ''])).toEqual([
      ['variant-mismatch', '40002_вар.2.pdf', ''],
      ['scan-without-row', '40009_вар.1.pdf', ''],
      ['row-without-scan', 'Протокол.xlsx', 'Протокол!4:4'],
    ]);
    expect(problemText(result.problems[0])).toContain('вариант 2, а в протоколе школы — 1');
  });

  it('does not send the scan of a pupil the school marked absent', () => {
    const result = joinSheets([work('40001', 1)], [sheet([row('40001', null, { absent: true })])]);
    expect(result.scored).toEqual([]);
    expect(result.problems.map((p) => p.problem)).toEqual(['absent-with-scan']);
  });

  it('reports a school folder without a score sheet once, not per scan', () => {
    const result = joinSheets([work('40001', 1), work('40002', 1)], []);
    expect(result.problems).toEqual([
      expect.objectContaining({ problem: 'no-score-sheet', path: FOLDER, school: 'МБОУ Витимская СОШ', subject: 'русский язык', grade: 6 }),
    ]);
  });

  it('matches a sheet added by hand by its file name written like the school folder', () => {
    const byHand = sheet([row('40001', 1)], { archive: '', path: 'МБОУ Витимская СОШ, русский язык, 6 класс.xlsx' });
    const unnamed = sheet([row('40001', 1)], { archive: '', path: 'протокол.xlsx' });
    const result = joinSheets([work('40001', 1)], [byHand, unnamed]);
    expect(result.scored).toHaveLength(1);
    expect(result.problems.map((p) => p.problem)).toEqual(['sheet-without-school']);
  });

  it('matches a hand-added sheet whose file name could not hold the quotes of the school name', () => {
    const quoted = work('40001', 1, { school: 'МБОУ "Тарасинская СОШ"', path: 'Боханский район/МБОУ "Тарасинская СОШ", русский язык, 6 класс/40001_вар.1.pdf' });
    const byHand = sheet([row('40001', 1)], { archive: '', path: 'МБОУ Тарасинская СОШ, русский язык, 6 класс.xlsx' });
    expect(joinSheets([quoted], [byHand]).scored).toHaveLength(1);
  });

  it('keeps schools of the same name in different municipalities apart', () => {
    const other = work('40001', 1, { archive: 'Заларинский район.zip', municipality: 'Заларинский район', path: `Заларинский район/МБОУ Витимская СОШ, русский язык, 6 класс/40001_вар.1.pdf` });
    const result = joinSheets([other], [sheet([row('40001', 1)])]);
    expect(result.scored).toEqual([]);
    expect(result.problems.map((p) => p.problem).sort()).toEqual(['no-score-sheet', 'row-without-scan']);
  });

  it('matches codes whose leading zeros Excel dropped', () => {
    const result = joinSheets([work('04002', 1)], [sheet([row('4002', 1)])]);
    expect(result.scored).toHaveLength(1);
    expect(result.problems).toEqual([]);
  });
});
