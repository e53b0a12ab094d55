import { isCancellation, problemOpening, problemRendering, ViewerProblemError, ViewerUnavailableError } from '../../../src/taskpane/viewer/viewerProblems';
import { en } from '../../../src/taskpane/i18n/en';
import { ru } from '../../../src/taskpane/i18n/ru';

/** pdf.js's exceptions arrive from its worker as objects with a name and a message. */
function pdfJsError(name: string, message: string): Error {
  return Object.assign(new Error(message), { name });
}

describe('viewer problems', () => {
  it('calls a file pdf.js cannot parse damaged, keeping pdf.js\'s words as the detail', () => {
    expect(problemOpening(pdfJsError('InvalidPDFException', 'Invalid PDF structure.'))).toEqual({ problem: 'scan-damaged', detail: 'Invalid PDF structure.' });
  });

  it('tells a password-protected file apart', () => {
    expect(problemOpening(pdfJsError('PasswordException', 'No password given'))).toEqual({ problem: 'scan-password' });
  });

  it('keeps a problem the viewer found itself, and blames the viewer, not the scan, when pdf.js did not load', () => {
    expect(problemOpening(new ViewerProblemError({ problem: 'scan-empty' }))).toEqual({ problem: 'scan-empty' });
    expect(problemOpening(new ViewerUnavailableError('Failed to fetch dynamically imported module'))).toEqual({
      problem: 'viewer-unavailable',
      detail: 'Failed to fetch dynamically imported module',
    });
  });

  it('names the page that does not draw', () => {
    expect(problemRendering(new Error('Bad image'), 3)).toEqual({ problem: 'page-failed', page: 3, detail: 'Bad image' });
  });

  it('does not take a superseded render for a problem', () => {
    expect(isCancellation(pdfJsError('RenderingCancelledException', 'Rendering cancelled, page 1'))).toBe(true);
    expect(isCancellation(new Error('boom'))).toBe(false);
  });

  it('says in Russian what is wrong and whom to tell, and in English too', () => {
    expect(ru.viewer.problem({ problem: 'scan-damaged', detail: 'x' })).toBe('Скан не открывается: файл повреждён или это не PDF, сообщите координатору.');
    expect(ru.viewer.problem({ problem: 'scan-empty' })).toBe('Скан не открывается: файл пустой, сообщите координатору.');
    expect(ru.viewer.problem({ problem: 'page-failed', page: 2, detail: 'x' })).toBe('Скан не открывается: страница 2 повреждена, сообщите координатору.');
    expect(en.viewer.problem({ problem: 'scan-password' })).toBe('The scan does not open: the file is password-protected; tell the coordinator.');
    for (const messages of [ru, en]) {
      for (const problem of ['scan-empty', 'scan-password'] as const) expect(messages.viewer.problem({ problem })).not.toBe('');
      expect(messages.viewer.problem({ problem: 'viewer-unavailable', detail: 'x' })).not.toBe('');
    }
  });
});
