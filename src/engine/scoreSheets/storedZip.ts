/**
 * A ZIP of stored (uncompressed) entries, for handing a rewritten workbook straight to ExcelJS in memory: no
 * deflating it only to be inflated again. UTF-8 names, no timestamps, no Zip64 (a workbook is far below 4 GB).
 */
import { crc32 } from '../archive/crc32';

export function storedZip(files: ReadonlyArray<{ name: string; data: Uint8Array }>): Uint8Array {
  const encoder = new TextEncoder();
  const names = files.map((file) => encoder.encode(file.name));
  const crcs = files.map((file) => crc32(file.data));
  const localSize = files.reduce((sum, file, i) => sum + 30 + names[i].length + file.data.length, 0);
  const centralSize = names.reduce((sum, name) => sum + 46 + name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  files.forEach((file, i) => {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 0x0800, true); // UTF-8 name
    view.setUint32(at + 14, crcs[i], true);
    view.setUint32(at + 18, file.data.length, true);
    view.setUint32(at + 22, file.data.length, true);
    view.setUint16(at + 26, names[i].length, true);
    out.set(names[i], at + 30);
    out.set(file.data, at + 30 + names[i].length);
    at += 30 + names[i].length + file.data.length;
  });
  const central = at;
  files.forEach((file, i) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 8, 0x0800, true);
    view.setUint32(at + 16, crcs[i], true);
    view.setUint32(at + 20, file.data.length, true);
    view.setUint32(at + 24, file.data.length, true);
    view.setUint16(at + 28, names[i].length, true);
    view.setUint32(at + 42, offsets[i], true);
    out.set(names[i], at + 46);
    at += 46 + names[i].length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, files.length, true);
  view.setUint16(at + 10, files.length, true);
  view.setUint32(at + 12, at - central, true);
  view.setUint32(at + 16, central, true);
  return out;
}
