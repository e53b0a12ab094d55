import { counted, plural } from '../../src/engine/russianPlural';
import { pluralRu } from '../../src/taskpane/i18n/plural';

const WORKS = ['работа', 'работы', 'работ'] as const;

describe('the Russian plural', () => {
  it('chooses the form by the last two digits', () => {
    const forms = [0, 1, 2, 4, 5, 11, 12, 14, 15, 19, 20, 21, 22, 25, 101, 111, 112, 121, 1001, -1, -3].map((count) => counted(count, WORKS));
    expect(forms).toEqual([
      '0 работ', '1 работа', '2 работы', '4 работы', '5 работ', '11 работ', '12 работ', '14 работ', '15 работ', '19 работ',
      '20 работ', '21 работа', '22 работы', '25 работ', '101 работа', '111 работ', '112 работ', '121 работа', '1001 работа',
      '-1 работа', '-3 работы',
    ]);
  });

  it('is the same rule in the pane as in the engine', () => {
    for (let count = 0; count <= 1000; count += 1) expect(pluralRu(count, ...WORKS)).toBe(plural(count, WORKS));
  });
});
