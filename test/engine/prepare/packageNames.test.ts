import { materialsForVariant, readPackageNames } from '../../../src/engine';

const NAMES = [
  'Протокол 2026-Э01-1.xlsx',
  'Инструкция.txt',
  'ОО-460/40001_вар.1.pdf',
  'ОО-460/40002_вар.2.pdf',
  'ОО-800/41001_вар.2.pdf',
  'Материалы/Критерии 1.pdf',
  'Материалы/Вариант 2.pdf',
  'Материалы/Вариант 1.pdf',
  'Материалы/Вариант 3.docx',
];

describe('reading a package by its names', () => {
  it('takes the package id from the protocol\'s name', () => {
    const names = readPackageNames(NAMES);
    expect(names.packageId).toBe('2026-Э01-1');
    expect(names.protocolPath).toBe('Протокол 2026-Э01-1.xlsx');
  });

  it('keys every scan by school code and work code', () => {
    const names = readPackageNames(NAMES);
    expect([...names.works.entries()]).toEqual([
      ['ОО-460/40001', 'ОО-460/40001_вар.1.pdf'],
      ['ОО-460/40002', 'ОО-460/40002_вар.2.pdf'],
      ['ОО-800/41001', 'ОО-800/41001_вар.2.pdf'],
    ]);
  });

  it('lists the materials, variants first, and knows which it cannot show', () => {
    const names = readPackageNames(NAMES);
    expect(names.materials.map((material) => [material.kind, material.number, material.pdf])).toEqual([
      ['variant', 1, true],
      ['variant', 2, true],
      ['variant', 3, false],
      ['criteria', 1, true],
    ]);
  });

  it('offers the materials of the work\'s variant first', () => {
    const { materials } = readPackageNames(NAMES);
    expect(materialsForVariant(materials, 2).map((material) => material.path)[0]).toBe('Материалы/Вариант 2.pdf');
  });

  it('reads decomposed (macOS) names the same', () => {
    const names = readPackageNames(NAMES.map((name) => name.normalize('NFD')));
    expect(names.packageId).toBe('2026-Э01-1');
    expect(names.works.size).toBe(3);
  });

  it('finds no package id in an archive without a protocol', () => {
    expect(readPackageNames(['Боханский район/школа/4002_вар.1.pdf']).packageId).toBeNull();
  });
});
