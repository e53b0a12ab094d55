import { BlobReader, Uint8ArrayWriter, ZipReader, type FileEntry } from '@zip.js/zip.js';
import { inflateRawSync } from 'node:zlib';
import { DEFLATED, dosDateTime, storedEntry, storedZip, zipChunks } from '../../../src/engine/archive/writeZip';
import { deflateRaw } from '../../../src/engine/platformDeflate';

async function readBack(chunks: Uint8Array[]): Promise<Map<string, { entry: FileEntry; data: Uint8Array }>> {
  const reader = new ZipReader(new BlobReader(new Blob(chunks as Uint8Array<ArrayBuffer>[])), { useWebWorkers: false });
  const result = new Map<string, { entry: FileEntry; data: Uint8Array }>();
  for (const entry of (await reader.getEntries()) as FileEntry[]) {
    result.set(entry.filename, { entry, data: await entry.getData(new Uint8ArrayWriter(), { checkSignature: true }) });
  }
  await reader.close();
  return result;
}

describe('writeZip', () => {
  it('writes stored and deflated entries that zip.js reads back with their Cyrillic names, bytes and CRCs', async () => {
    const text = new TextEncoder().encode('Инструкция. '.repeat(200));
    const deflated = await deflateRaw(text);
    expect(deflated!.length).toBeLessThan(text.length);
    const pdf = Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) % 251);
    const chunks = zipChunks(
      [storedEntry('ОО-017/40001_вар.1.pdf', pdf), { ...storedEntry('Инструкция.txt', text), method: DEFLATED, data: deflated! }],
      new Date(2026, 3, 1, 10, 30, 14),
    );
    const entries = await readBack(chunks);
    expect([...entries.keys()]).toEqual(['ОО-017/40001_вар.1.pdf', 'Инструкция.txt']);
    expect(entries.get('ОО-017/40001_вар.1.pdf')!.data).toEqual(pdf);
    expect(entries.get('Инструкция.txt')!.data).toEqual(text);
    expect(entries.get('Инструкция.txt')!.entry.compressionMethod).toBe(8);
    expect(entries.get('ОО-017/40001_вар.1.pdf')!.entry.lastModDate).toEqual(new Date(2026, 3, 1, 10, 30, 14));
    expect(inflateRawSync(deflated!)).toEqual(Buffer.from(text));
  });

  it('marks names as UTF-8 and files as plain files of mode 644, so that unzip neither garbles nor locks them', () => {
    const [local, , central] = zipChunks([storedEntry('Протокол.xlsx', new Uint8Array([1, 2, 3]))]);
    const view = new DataView(central.buffer, central.byteOffset);
    expect(new DataView(local.buffer).getUint16(6, true) & 0x0800).toBe(0x0800);
    expect(view.getUint16(8, true) & 0x0800).toBe(0x0800);
    expect(view.getUint8(5)).toBe(3);
    expect((view.getUint32(38, true) >>> 16).toString(8)).toBe('100644');
  });

  it('builds one stored buffer that zip.js reads back', async () => {
    const zip = storedZip([{ name: 'xl/workbook.xml', data: new TextEncoder().encode('<workbook/>') }]);
    const entries = await readBack([zip]);
    expect(new TextDecoder().decode(entries.get('xl/workbook.xml')!.data)).toBe('<workbook/>');
  });

  it('gives dates before 1980, which MS-DOS time cannot hold, as 1 January 1980', () => {
    expect(dosDateTime(new Date(0))).toEqual({ date: (1 << 5) | 1, time: 0 });
    expect(dosDateTime(new Date(2026, 11, 2, 1, 2, 3))).toEqual({ date: (46 << 9) | (12 << 5) | 2, time: (1 << 11) | (2 << 5) | 1 });
  });
});
