import { BlobWriter, TextReader, ZipWriter } from '@zip.js/zip.js';
import { preparePackages, type PreparedPackage } from '../../../../src/engine';
import { readPackageEntry } from '../../../../src/taskpane/coordinator/prepare/packageEntry';
import { preparedResult, readyPackage } from '../../../../src/taskpane/coordinator/prepare/preparedResult';
import { buildRegionArchives, expertsCsv } from '../../../support/regionFixture';

const EXPERTS = [
  { name: 'Иванова Анна Петровна', school: 'МБОУ Витимская СОШ', municipality: 'Боханский район' },
  { name: 'Петров Олег Ильич', school: 'МБОУ СОШ №5', municipality: 'Заларинский район' },
  { name: 'Сидорова Мария', subject: 'Физика', school: 'Лицей №1', municipality: 'г. Иркутск' },
];

describe('the pane’s copy of a preparation', () => {
  const handed: PreparedPackage[] = [];
  let result: Awaited<ReturnType<typeof preparePackages>>;

  beforeAll(async () => {
    result = await preparePackages(
      {
        archives: await buildRegionArchives(),
        experts: { name: 'эксперты.csv', data: new Blob([expertsCsv(EXPERTS) as Uint8Array<ArrayBuffer>]) },
        seed: 1,
        createdAt: '2026-11-22T10:00:00.000Z',
      },
      async (pkg) => {
        handed.push(pkg);
      },
    );
  });

  it('keeps each package as the engine’s Blob, with its expert, subject, grade and works', () => {
    const packages = handed.map(readyPackage);
    expect(packages.length).toBeGreaterThan(0);
    for (const [index, pkg] of packages.entries()) {
      expect(pkg.data).toBe(handed[index].data);
      expect(pkg.works).toBe(handed[index].plan.works.length);
      expect(pkg.protocolName).toBe(`Протокол ${handed[index].plan.packageId}.xlsx`);
      expect(pkg.coverLetter).toBe(handed[index].coverLetter);
    }
  });

  it('counts the works handed out and names the experts who got none', () => {
    const prepared = preparedResult(result, handed.map(readyPackage), 2);
    expect(prepared.experts).toBe(3);
    expect(prepared.expertsWithoutWorks).toEqual(['Сидорова Мария']);
    expect(prepared.works).toBe(result.packages.reduce((sum, pkg) => sum + pkg.works, 0));
    expect(prepared.unassigned).toBe(result.unassigned);
    expect(prepared.problems).toBe(result.problems);
    expect(prepared.severalArchives).toBe(true);
  });

  it('keeps the key workbook as a Blob of the same bytes', async () => {
    const prepared = preparedResult(result, [], 1);
    expect(new Uint8Array(await prepared.keyWorkbook.arrayBuffer())).toEqual(result.keyWorkbook);
    expect(prepared.severalArchives).toBe(false);
  });

  it('unzips just the protocol from a package', async () => {
    const pkg = readyPackage(handed[0]);
    const protocol = await readPackageEntry(pkg.data, pkg.protocolName);
    expect(protocol).not.toBeNull();
    // An .xlsx is a ZIP: PK\3\4.
    expect(Array.from(protocol!.subarray(0, 4))).toEqual([0x50, 0x4b, 3, 4]);
  });
});

describe('readPackageEntry', () => {
  it('is null when the package holds no such entry', async () => {
    const zip = new ZipWriter(new BlobWriter('application/zip'), { useWebWorkers: false });
    await zip.add('Инструкция.txt', new TextReader('текст'));
    expect(await readPackageEntry(await zip.close(), 'Протокол 2026-Э01-1.xlsx')).toBeNull();
  });
});
