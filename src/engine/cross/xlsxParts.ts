/**
 * An `.xlsx` as its parts (the ZIP's entries, in order), for editing a few XML parts in place and writing the
 * file back with every other part's bytes unchanged — where ExcelJS would re-write the whole workbook and lose
 * what it does not model (the ФИС ОКО form's validations, styles, extensions).
 */
import { readArchive } from '../archive';
import { zipChunks } from '../archive/writeZip';
import { deflatedEntry } from '../prepare/buildPackages';

export interface XlsxPart {
  name: string;
  bytes: Uint8Array;
}

export async function readXlsxParts(bytes: Uint8Array): Promise<XlsxPart[]> {
  const parts: XlsxPart[] = [];
  for await (const item of readArchive({ name: 'form.xlsx', data: new Blob([bytes.slice()]) }, { maxDepth: 0 })) {
    if (item.type === 'file') parts.push({ name: item.file.path, bytes: await item.file.read() });
  }
  return parts;
}

export async function writeXlsxParts(parts: readonly XlsxPart[], when: Date): Promise<Uint8Array> {
  const entries = await Promise.all(parts.map((part) => deflatedEntry(part.name, part.bytes)));
  return new Uint8Array(await new Blob(zipChunks(entries, when) as Uint8Array<ArrayBuffer>[]).arrayBuffer());
}

export function partText(parts: readonly XlsxPart[], name: string): string | null {
  const part = parts.find((p) => p.name === name);
  return part ? new TextDecoder().decode(part.bytes) : null;
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? decodeXml(match[1]) : null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

export function encodeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The part name of a worksheet by its sheet name (workbook.xml → its relationship's target). */
export function worksheetPart(parts: readonly XlsxPart[], sheetName: string): string | null {
  const workbook = partText(parts, 'xl/workbook.xml');
  const rels = partText(parts, 'xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) return null;
  const sheet = [...workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].map((m) => m[0]).find((tag) => attribute(tag, 'name') === sheetName);
  const id = sheet && (attribute(sheet, 'r:id') ?? /\s\w+:id="([^"]*)"/.exec(sheet)?.[1]);
  if (!id) return null;
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((tag) => attribute(tag, 'Id') === id);
  const target = rel && attribute(rel, 'Target');
  if (!target) return null;
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** The shared strings' texts, by index (rich text runs joined). */
export function sharedStrings(parts: readonly XlsxPart[]): string[] {
  const xml = partText(parts, 'xl/sharedStrings.xml');
  if (!xml) return [];
  return [...xml.matchAll(/<si\b[^>]*>([\s\S]*?)<\/si>|<si\b[^>]*\/>/g)].map((m) =>
    decodeXml([...(m[1] ?? '').matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')),
  );
}
