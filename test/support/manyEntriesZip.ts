/**
 * A ZIP of many tiny stored entries, written straight into one buffer (65,536+ entries in well under a second),
 * with the end records' entry counts set as a test needs them: honest, wrapped, damaged, with or without a
 * Zip64 end record. Entry i is `<folder>/<i>.pdf` holding the single byte i & 0xff.
 */
import { crc32 } from './zipBuilder';

export interface ManyEntriesOptions {
  folder?: string;
  /** The classic end record's count (16 bits). Default: the real count, wrapped as many writers do. */
  classicCount?: number;
  /** Write a Zip64 end record and locator stating this count. Default: none. */
  zip64Count?: number;
}

export function buildManyEntriesZip(count: number, options: ManyEntriesOptions = {}): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const names = Array.from({ length: count }, (_, i) => encoder.encode(`${options.folder ?? 'files'}/${i}.pdf`));
  const namesLength = names.reduce((sum, name) => sum + name.length, 0);
  const localLength = count * (30 + 1) + namesLength;
  const centralLength = count * 46 + namesLength;
  const zip64 = options.zip64Count !== undefined;
  const out = new Uint8Array(localLength + centralLength + (zip64 ? 56 + 20 : 0) + 22);
  const view = new DataView(out.buffer);
  const crcs = Array.from({ length: 256 }, (_, b) => crc32(Uint8Array.of(b)));

  let at = 0;
  const offsets: number[] = [];
  names.forEach((name, i) => {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 0x0800, true);
    view.setUint32(at + 14, crcs[i & 0xff], true);
    view.setUint32(at + 18, 1, true);
    view.setUint32(at + 22, 1, true);
    view.setUint16(at + 26, name.length, true);
    out.set(name, at + 30);
    out[at + 30 + name.length] = i & 0xff;
    at += 31 + name.length;
  });
  const centralStart = at;
  names.forEach((name, i) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 8, 0x0800, true);
    view.setUint32(at + 16, crcs[i & 0xff], true);
    view.setUint32(at + 20, 1, true);
    view.setUint32(at + 24, 1, true);
    view.setUint16(at + 28, name.length, true);
    view.setUint32(at + 42, offsets[i], true);
    out.set(name, at + 46);
    at += 46 + name.length;
  });
  if (zip64) {
    const record = at;
    view.setUint32(at, 0x06064b50, true);
    view.setBigUint64(at + 4, 44n, true);
    view.setUint16(at + 12, 45, true);
    view.setUint16(at + 14, 45, true);
    view.setBigUint64(at + 24, BigInt(options.zip64Count!), true);
    view.setBigUint64(at + 32, BigInt(options.zip64Count!), true);
    view.setBigUint64(at + 40, BigInt(centralLength), true);
    view.setBigUint64(at + 48, BigInt(centralStart), true);
    at += 56;
    view.setUint32(at, 0x07064b50, true);
    view.setBigUint64(at + 8, BigInt(record), true);
    view.setUint32(at + 16, 1, true);
    at += 20;
  }
  const classic = (options.classicCount ?? count) & 0xffff;
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, classic, true);
  view.setUint16(at + 10, classic, true);
  view.setUint32(at + 12, centralLength, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}
