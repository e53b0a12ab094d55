import type { SchoolSummary } from '../../../../src/engine';
import { missingSheetNames } from '../../../../src/taskpane/coordinator/prepare/missingSheetNames';

function school(name: string, sheets: number, kind: SchoolSummary['kind'] = 'work', works = 3): SchoolSummary {
  return {
    municipality: 'Боханский район', school: name, subject: 'русский язык', grade: 6, kind, works, pages: works * 2,
    documents: { 'score-sheet': sheets, variant: 1, criteria: 1, 'cover-letter': 0, document: 0 },
  };
}

describe('missingSheetNames', () => {
  it('names the score sheet each school folder without one should get, like the folder', () => {
    expect(missingSheetNames([school('МБОУ Витимская СОШ', 0), school('МОУ Хор-Тагнинская ООШ', 1)])).toEqual([
      'МБОУ Витимская СОШ, русский язык, 6 класс.xlsx',
    ]);
  });

  it('leaves out folders of classroom scans and folders with no works', () => {
    expect(missingSheetNames([school('МБОУ СОШ №131', 0, 'classroom'), school('Лицей №1', 0, 'work', 0)])).toEqual([]);
  });
});
