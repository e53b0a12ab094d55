import { prepareCross, type CrossPrepareResult } from '../../../src/engine/cross';
import { buildCrossArchives, CROSS_SCHOOLS, type CrossSchool } from '../../support/crossFixture';
import { startPdfJs, type PdfJsInNode } from '../../support/pdfjsInNode';

/** Three schools of one test: a .txt letter, a letter saved as PDF (text layer), a scanned PDF letter. */
const SCHOOLS: CrossSchool[] = [
  CROSS_SCHOOLS[1],
  { school: 'МБОУ СОШ №5', classes: [{ class: '6А', works: 3 }, { class: '6Б', works: 2 }], letter: 'pdf-text', firstCode: 47001 },
  CROSS_SCHOOLS[4],
];

let pdfjs: PdfJsInNode;
let withReader: CrossPrepareResult;

async function prepare(pdfText?: PdfJsInNode['text']): Promise<CrossPrepareResult> {
  return prepareCross({ archives: await buildCrossArchives(SCHOOLS), seed: 3, createdAt: '2026-04-20T08:00:00.000Z', pdfText }, async () => {});
}

beforeAll(async () => {
  pdfjs = startPdfJs();
  withReader = await prepare(pdfjs.text);
}, 60_000);
afterAll(() => pdfjs.close());

describe('a cross-check with cover letters in PDF', () => {
  it('takes the works of each class from a PDF letter with a text layer', () => {
    const works = new Map(withReader.plan.classrooms.map((c) => [`${c.work.school} ${c.work.class}`, [c.works, c.worksFrom]]));
    expect(works.get('МБОУ СОШ №5 6А')).toEqual([3, 'cover-letter']);
    expect(works.get('МБОУ СОШ №5 6Б')).toEqual([2, 'cover-letter']);
    expect(works.get('МБОУ СОШ №13 6А')).toEqual([4, 'cover-letter']);
    expect(withReader.problems.filter((p) => p.problem === 'cross-cover-letter-unread')).toEqual([
      expect.objectContaining({ path: expect.stringContaining('МБОУ ООШ с. Ивановка'), reason: 'pdf-no-text' }),
    ]);
  });

  it('leaves the classes of a school with a scanned letter without works, as a problem', () => {
    expect(withReader.plan.classrooms.find((c) => c.work.school === 'МБОУ ООШ с. Ивановка')?.works).toBeNull();
    expect(withReader.problems).toContainEqual(expect.objectContaining({ problem: 'cross-works-unknown', school: 'МБОУ ООШ с. Ивановка', class: '6А' }));
  });

  it('does not read PDF letters when the face gives no text reader, and says so', async () => {
    const without = await prepare();
    expect(without.plan.classrooms.find((c) => c.work.school === 'МБОУ СОШ №5')?.works).toBeNull();
    expect(without.problems.filter((p) => p.problem === 'cross-cover-letter-unread').map((p) => 'reason' in p && p.reason)).toEqual(['pdf', 'pdf']);
  });
});
