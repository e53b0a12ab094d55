import { stripCopyMarks } from '../../../src/engine/names/copySuffix';
import { splitExtension } from '../../../src/engine/names/extension';
import { foldMixedScriptWords } from '../../../src/engine/names/lookalikes';

describe('stripCopyMarks', () => {
  it.each([
    ['4002_вар.1 (1)', '4002_вар.1'],
    ['Район - копия (2)', 'Район'],
    ['Район copy 3', 'Район'],
    ['Копия (2) Район', 'Район'],
    ['Район', 'Район'],
    ['(1)', '(1)'], // nothing would be left
    ['Школа (вечерняя)', 'Школа (вечерняя)'],
  ])('%j → %j', (stem, stripped) => {
    expect(stripCopyMarks(stem)).toBe(stripped);
  });
});

describe('splitExtension', () => {
  it.each([
    ['a.PDF', 'a', 'pdf'],
    ['a. pdf', 'a', 'pdf'],
    ['4002_вар.1', '4002_вар.1', ''],
    ['Приказ от 12.03.2026', 'Приказ от 12.03.2026', ''],
    ['.DS_Store', '.DS_Store', ''],
    ['Район.7z', 'Район', '7z'],
  ])('%j → %j + %j', (name, stem, extension) => {
    expect(splitExtension(name)).toEqual({ stem, extension });
  });
});

describe('foldMixedScriptWords', () => {
  it('replaces look-alikes only in words that mix the scripts, keeping length', () => {
    const text = 'CОШ var вaр IT 6A';
    const folded = foldMixedScriptWords(text);
    expect(folded).toBe('СОШ var вар IT 6A');
    expect(folded).toHaveLength(text.length);
  });

  it('keeps a mixed word whose Latin letters have no look-alike', () => {
    expect(foldMixedScriptWords('Вариант-vip')).toBe('Вариант-vip');
    expect(foldMixedScriptWords('вaрiант')).toBe('вaрiант');
  });
});
