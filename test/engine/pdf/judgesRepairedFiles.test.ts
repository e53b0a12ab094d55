/**
 * Who decides: the inspector on files it read as written and on defects the viewer hides; the viewer's reader
 * (an injected check, here a stand-in that records being asked) on files the inspector had to repair.
 * test/engine/pdf/agreesWithViewer.test.ts runs the same rules against pdf.js itself.
 */
import { inspectPdf, type PdfOpenVerdict } from '../../../src/engine/pdf';
import { breakXref, makePdf, makeScanPdf, truncate } from '../../support/pdfFactory';
import { catalogTheInspectorCannotParse } from '../../support/pdfFixtures';

function viewerSaying(verdict: PdfOpenVerdict): { check: (bytes: Uint8Array) => Promise<PdfOpenVerdict>; asked: () => number } {
  let asked = 0;
  return {
    check: async () => {
      asked++;
      return verdict;
    },
    asked: () => asked,
  };
}

describe('inspectPdf: who decides', () => {
  it('never asks the viewer about a file read as written', async () => {
    const viewer = viewerSaying({ error: 'damaged' });
    for (const bytes of [makePdf({ pages: 3 }), makePdf({ pages: 2, objectStreams: true, encrypt: true }), makeScanPdf({ pages: 1, widthPx: 62, heightPx: 88 })]) {
      expect(await inspectPdf(bytes, { openCheck: viewer.check })).toMatchObject({ ok: true });
    }
    expect(viewer.asked()).toBe(0);
  });

  it('does not take a file it read only after a repair as a work without the viewer', async () => {
    expect(await inspectPdf(breakXref(makePdf({ pages: 3 })))).toEqual({ ok: false, problem: 'broken-pdf', reason: 'повреждена структура файла' });
  });

  it('takes the viewer\'s word on a repaired file: its page count, a damaged file, a password', async () => {
    const repaired = breakXref(makePdf({ pages: 4, objectStreams: true }));
    expect(await inspectPdf(repaired, { openCheck: viewerSaying({ pages: 4 }).check })).toEqual({ ok: true, pages: 4, version: '1.7' });
    expect(await inspectPdf(repaired, { openCheck: viewerSaying({ pages: 1 }).check })).toMatchObject({ ok: true, pages: 1 });
    expect(await inspectPdf(repaired, { openCheck: viewerSaying({ pages: 0 }).check })).toEqual({ ok: false, problem: 'broken-pdf', reason: 'нет страниц' });
    expect(await inspectPdf(repaired, { openCheck: viewerSaying({ error: 'damaged', detail: 'Invalid Root reference.' }).check })).toEqual({
      ok: false,
      problem: 'broken-pdf',
      reason: 'повреждена структура файла',
    });
    expect(await inspectPdf(repaired, { openCheck: viewerSaying({ error: 'needs-password' }).check })).toEqual({
      ok: false,
      problem: 'encrypted-pdf',
      reason: 'нужен пароль для открытия',
    });
  });

  it('keeps its own word on a cut file, which the viewer would show in part', async () => {
    const viewer = viewerSaying({ pages: 3 });
    const cut = truncate(makeScanPdf({ pages: 3, widthPx: 124, heightPx: 175 }), 0.6);
    expect(await inspectPdf(cut, { openCheck: viewer.check })).toEqual({ ok: false, problem: 'broken-pdf', reason: 'файл обрезан' });
    expect(viewer.asked()).toBe(0);
  });

  it('takes a file it gave up on after a repair as a work when the viewer opens it', async () => {
    const bytes = catalogTheInspectorCannotParse();
    expect(await inspectPdf(bytes)).toEqual({ ok: false, problem: 'broken-pdf', reason: 'не найден каталог документа' });
    expect(await inspectPdf(bytes, { openCheck: viewerSaying({ pages: 3 }).check })).toEqual({ ok: true, pages: 3, version: '1.4' });
  });
});
