/**
 * The engine's PDF verdict against the viewer's reader: every PDF the suite makes, healthy and damaged, and
 * every output of the metadata scrub, goes through pdf.js (the legacy build of the version the pane ships, as
 * the CLI runs it) and through the engine, with and without the viewer's check.
 */
import { inspectPdf, scrubPdfMetadata, type PdfInspection } from '../../../src/engine/pdf';
import { inspectPdfWithDetails, REASONS } from '../../../src/engine/pdf/inspectPdf';
import { damagedPdfFixtures, healthyPdfFixtures, type PdfFixture } from '../../support/pdfFixtures';
import { startPdfJs, type PdfJsAnswer, type PdfJsInNode } from '../../support/pdfjsInNode';

/**
 * Defects the viewer hides: pdf.js shows a page whose image is cut short or missing, or a document of no
 * pages. The engine turns such files away though pdf.js opens them; for no other reason may it.
 */
const HIDDEN_BY_THE_VIEWER: string[] = [REASONS.cut, REASONS.missingObjects, REASONS.noPages];

/** Without the viewer's check the engine may turn away what it had to repair; it must never take what pdf.js cannot show. */
function unsafe(verdict: PdfInspection, viewer: PdfJsAnswer): string | undefined {
  return verdict.ok ? disagreement(verdict, viewer) : undefined;
}

let pdfjs: PdfJsInNode;
let healthy: PdfFixture[];
let damaged: PdfFixture[];
beforeAll(() => {
  pdfjs = startPdfJs();
  healthy = healthyPdfFixtures();
  damaged = damagedPdfFixtures();
});
afterAll(async () => {
  await pdfjs.close();
});

function describeInspection(inspection: PdfInspection): string {
  return inspection.ok ? `a work of ${inspection.pages} pages` : `${inspection.problem} (${inspection.reason ?? ''})`;
}

function describeViewer(answer: PdfJsAnswer): string {
  const { verdict, drawError } = answer;
  if ('pages' in verdict) return `pdf.js opens ${verdict.pages} pages${drawError ? `, but a page does not draw: ${drawError}` : ''}`;
  return `pdf.js does not open it (${verdict.error}: ${verdict.detail ?? ''})`;
}

/** Where the engine's verdict and the viewer's disagree, in words; empty when they agree. */
function disagreement(verdict: PdfInspection, viewer: PdfJsAnswer): string | undefined {
  const opens = 'pages' in viewer.verdict;
  if (verdict.ok) {
    if (!opens || viewer.drawError !== undefined) return 'a work the viewer cannot show';
    if ('pages' in viewer.verdict && viewer.verdict.pages !== verdict.pages) return 'page counts differ';
    return undefined;
  }
  if ('error' in viewer.verdict) {
    const needsPassword = viewer.verdict.error === 'needs-password';
    if (needsPassword && verdict.problem !== 'encrypted-pdf') return 'the viewer asks for a password, the engine does not say so';
    return undefined;
  }
  if (verdict.problem === 'encrypted-pdf') return 'called password-protected, yet the viewer opens it';
  if (viewer.drawError !== undefined) return undefined;
  if (!HIDDEN_BY_THE_VIEWER.includes(verdict.reason ?? '')) return 'turned away, yet the viewer shows every page';
  return undefined;
}

async function compare(fixtures: PdfFixture[]): Promise<string[]> {
  const found: string[] = [];
  for (const { name, bytes } of fixtures) {
    const viewer = await pdfjs.ask(bytes, true);
    const alone = await inspectPdf(bytes);
    const withViewer = await inspectPdf(bytes, { openCheck: pdfjs.check });
    for (const [how, verdict, judge] of [['without the viewer', alone, unsafe], ['with the viewer', withViewer, disagreement]] as const) {
      const what = judge(verdict, viewer);
      if (what) found.push(`${name}, ${how}: ${what}: the engine says ${describeInspection(verdict)}, ${describeViewer(viewer)}`);
    }
  }
  return found;
}

describe('the engine agrees with the viewer (pdf.js) on every PDF the suite makes', () => {
  it('on healthy files of every structure and cipher, and on hand-made structures', async () => {
    expect(healthy.length).toBeGreaterThan(60);
    expect(await compare(healthy)).toEqual([]);
  });

  it('on damaged files: rebuilt cross-references, cuts, a shifted startxref, random damage', async () => {
    expect(damaged.length).toBeGreaterThan(100);
    expect(await compare(damaged)).toEqual([]);
  });

  it('on every output of the metadata scrub, which keeps a work a work of the same pages', async () => {
    const outputs: PdfFixture[] = [];
    const lost: string[] = [];
    for (const { name, bytes } of [...healthy, ...damaged]) {
      const scrubbed = (await scrubPdfMetadata(bytes)).bytes;
      if (scrubbed === bytes) continue;
      outputs.push({ name: `scrubbed ${name}`, bytes: scrubbed });
      const before = await inspectPdf(bytes, { openCheck: pdfjs.check });
      const after = await inspectPdf(scrubbed, { openCheck: pdfjs.check });
      if (before.ok && !(after.ok && after.pages === before.pages)) lost.push(`${name}: ${describeInspection(before)} became ${describeInspection(after)}`);
    }
    expect(outputs.length).toBeGreaterThan(10);
    expect(lost).toEqual([]);
    expect(await compare(outputs)).toEqual([]);
  });

  it('asks the viewer only about files the inspector had to repair, and about every such file it could read', async () => {
    const wrong: string[] = [];
    let readAfterRepair = 0;
    for (const { name, bytes } of [...healthy, ...damaged]) {
      let asked = false;
      await inspectPdf(bytes, {
        openCheck: async (checked) => {
          asked = true;
          return pdfjs.check(checked);
        },
      });
      const { inspection, repairs } = await inspectPdfWithDetails(bytes);
      if (inspection.ok && repairs.length > 0) readAfterRepair++;
      if (asked && repairs.length === 0) wrong.push(`${name}: asked, though read as written`);
      if (!asked && inspection.ok && repairs.length > 0) wrong.push(`${name}: not asked, though read only after ${repairs.join(', ')}`);
    }
    expect(readAfterRepair).toBeGreaterThan(20);
    expect(wrong).toEqual([]);
  });
});
