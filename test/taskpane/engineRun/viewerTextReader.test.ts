import { makeViewerTextReader } from '../../../src/taskpane/engineRun/viewerTextReader';
import type { PdfOpener } from '../../../src/taskpane/viewer/viewerSession';

/** A stand-in for the pane's pdf.js: `readTexts` answers with the given page texts, or fails. */
function opener(pages: string[] | Error): { open: () => Promise<PdfOpener<unknown>>; given: Uint8Array[] } {
  const given: Uint8Array[] = [];
  return {
    open: async () => ({
      open: () => {
        throw new Error('not used');
      },
      readTexts: async (data) => {
        given.push(data);
        if (pages instanceof Error) throw pages;
        return pages;
      },
    }),
    given,
  };
}

describe('the pane\'s pdf.js as the engine\'s PDF text reader', () => {
  it('gives the pages\' text, page after page, read from a copy of the bytes', async () => {
    const fake = opener(['Сопроводительное письмо\n6А русский язык 25', '6Б русский язык 24']);
    const bytes = new Uint8Array([1, 2, 3]);
    expect(await makeViewerTextReader(fake.open)(bytes)).toBe('Сопроводительное письмо\n6А русский язык 25\n6Б русский язык 24');
    expect(fake.given[0]).toEqual(bytes);
    expect(fake.given[0]).not.toBe(bytes);
  });

  it('says there is no text when the pages have none (a scan) or the file does not open', async () => {
    expect(await makeViewerTextReader(opener([' \n', '']).open)(new Uint8Array([1]))).toBeNull();
    expect(await makeViewerTextReader(opener(Object.assign(new Error('Invalid PDF structure.'), { name: 'InvalidPDFException' })).open)(new Uint8Array([1]))).toBeNull();
  });

  it('fails the run when pdf.js itself cannot start, rather than calling the letter a scan', async () => {
    const reader = makeViewerTextReader(() => Promise.reject(new Error('worker did not start')));
    await expect(reader(new Uint8Array([1]))).rejects.toThrow('worker did not start');
  });
});
