import { materialsForVariant, readPackageNames } from '../../../src/engine';
import {
  INSTRUCTION_PATH,
  materialPath,
  packageIdOf,
  parsePackageId,
  protocolFileName,
  workPathInPackage,
} from '../../../src/engine/prepare/packageLayout';

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

describe('the package layout', () => {
  it('reads back every name its writers give', () => {
    const packageId = packageIdOf('2026', 2, 'Э07', 3);
    const names = [
      protocolFileName({ packageId }),
      INSTRUCTION_PATH,
      workPathInPackage('ОО-460', '04001', 1),
      workPathInPackage('ОО-800', '41001', 2),
      materialPath('variant', 1, '.pdf'),
      materialPath('criteria', 2, '.docx'),
    ];
    const read = readPackageNames(names);
    expect(read.packageId).toBe(packageId);
    expect(read.protocolPath).toBe(names[0]);
    expect([...read.works.entries()]).toEqual([
      ['ОО-460/04001', names[2]],
      ['ОО-800/41001', names[3]],
    ]);
    expect(read.materials).toEqual([
      { kind: 'variant', number: 1, path: names[4], pdf: true },
      { kind: 'criteria', number: 2, path: names[5], pdf: false },
    ]);
  });

  it('gives package ids that carry the round, and reads ids written before rounds as round 1', () => {
    expect(packageIdOf('2026', 2, 'Э07', 3)).toBe('2026-Т2-Э07-3');
    expect(parsePackageId('2026-Т2-Э07-3')).toEqual({ year: '2026', round: 2, reviewerId: 'Э07', n: 3 });
    expect(parsePackageId('2026-Э01-1')).toEqual({ year: '2026', round: 1, reviewerId: 'Э01', n: 1 });
    expect(parsePackageId('что-то')).toBeNull();
  });
});
