/**
 * scrubPdfMetadata: removes the identifying text that scanner software writes into a PDF's metadata
 * (the document information dictionary and XMP streams), so that a depersonalised work names no
 * school, teacher or pupil, while every page stays exactly as it was. Never throws; never decodes
 * images; the file is never turned into a string.
 *
 * What is metadata here:
 * - Info dictionaries: the one each trailer's /Info names (older revisions included), a direct /Info
 *   dictionary in a trailer, and any other dictionary that looks like one (it has /Title, /Author,
 *   /Subject, /Keywords, /Creator or /Producer and none of the keys of outlines, pages, annotations
 *   and the like: outline titles are navigation, not metadata, and are left alone). Every value is
 *   blanked except /CreationDate, /ModDate and /Trapped, custom keys (/Company…) included; a value
 *   kept in its own object (`/Author 12 0 R`) is blanked there.
 * - XMP streams: /Type /Metadata or /Subtype /XML, and whatever a /Metadata entry (catalog, page,
 *   image) points to.
 *
 * How, per case (the first that applies):
 * 1. Plain bytes are overwritten in place with the same number of bytes, so no offset moves and the
 *    file stays the same length: a string `(…)` or `<…>` becomes the empty string `()` / `<>` padded
 *    with spaces (an empty value rather than spaces: its length tells nothing, and in an encrypted
 *    file an empty string decrypts to the empty string where spaces would decrypt to garbage); a
 *    name value becomes `()` likewise. An uncompressed XMP stream gets an empty XMP packet padded
 *    with spaces (or only spaces when it is shorter than the packet).
 * 2. A FlateDecode XMP stream (no predictor) is overwritten in place by a zlib stream of exactly the
 *    same length, made of stored blocks, that inflates to the empty packet: still a valid stream of
 *    the same /Length, and the old compressed bytes are gone. (Zeros would make an invalid stream.)
 * 3. An Info dictionary inside an object stream: the stream is decoded, the strings blanked in the
 *    decoded data (same length, so the stream's own offsets hold), the data compressed again and
 *    written in place with exactly the old length (see scrubDeflate.ts). Nothing readable remains.
 * 4. When that is impossible (encrypted object streams, another filter, a predictor, data that no
 *    longer fits): an incremental update gives each such live object a new version (an empty
 *    dictionary, an empty string). Readers then see no metadata, but the old compressed bytes are
 *    still in the file: reported in `residual` as well as in `scrubbed`.
 * 5. An XMP stream that cannot be rewritten validly (encrypted, another filter): left in the file and
 *    reported in `residual`; the /Metadata entries pointing to it are blanked in place where they
 *    are plain, and a catalog inside an object stream gets a new version without /Metadata.
 *
 * Safety: the input is never modified. The result must pass the inspector with the same page count as
 * the input and need no repair the input did not, or the input comes back unchanged with
 * `residual: ['unparsed']`, as it does for anything that is not a readable PDF or when anything
 * unexpected happens.
 */

import { asciiBytes, indexOfBytes } from './bytes';
import { findStartXref, readCrossReference, type CrossReference } from './crossReference';
import { inspectPdfWithDetails, readCrossReferenceSafe, setUpEncryption } from './inspectPdf';
import { ObjectStream } from './objectStreams';
import { dictOf, isInteger, isName, PdfDict, PdfName, PdfRef, PdfStream, PdfString, type PdfValue } from './objects';
import { parseIndirectObject } from './parser';
import { PdfDocument } from './pdfDocument';
import { scanObjects, type ObjectScan } from './scanObjects';
import { deflateToLength, readsBackAs, storedPayloadSize, storedZlib } from './scrubDeflate';
import { leafSpans, objectValueStart, readValueSpan, type ValueSpan } from './scrubSpans';
import { appendUpdate, serializeValue, type UpdatedObject } from './scrubUpdate';
import { decodeStream, type StreamExtent } from './streams';

export interface PdfScrubResult {
  /** The cleaned file; the input itself when nothing had to change (or nothing could be done). */
  bytes: Uint8Array;
  /** What readers of the result no longer see: `Info/<Key>` (e.g. `Info/Author`), `XMP`. */
  scrubbed: string[];
  /**
   * What may still be readable in the result's bytes: `Info/<Key>` or `XMP` (old copies left in the
   * file), `ObjStm` (an object stream that could not be read, so what it holds is unknown),
   * `Signature` (a digital signature: its certificate and /Name name the signer; not removed, and
   * any in-place change invalidates it),
   * `unparsed` (the file could not be read; it came back unchanged). A bare `Info` means an Info
   * dictionary that could not be walked.
   */
  residual: string[];
}

const HEADER = asciiBytes('%PDF-');
const HEADER_WINDOW = 1024;
const TRAILER = asciiBytes('trailer');
const SPACE = 0x20;

/** The keys that make a dictionary an Info dictionary. */
const INFO_KEYS = ['Title', 'Author', 'Subject', 'Keywords', 'Creator', 'Producer'];
/** Info values that identify no one and are kept. */
const KEPT_INFO_KEYS = new Set(['CreationDate', 'ModDate', 'Trapped']);
/** Keys an Info dictionary never has: outlines (/Title), pages, annotations, streams, trailers… */
const NOT_INFO_KEYS = ['Type', 'Subtype', 'Parent', 'Kids', 'First', 'Last', 'Next', 'Prev', 'Count', 'Dest', 'A', 'SE', 'Rect', 'Contents', 'Resources', 'MediaBox', 'Root', 'Size', 'Filter', 'Length'];

const XMP = 'XMP';
const OBJECT_STREAM = 'ObjStm';
const SIGNATURE = 'Signature';
const UNPARSED = 'unparsed';

/** An empty XMP packet: what a blanked XMP stream holds, spaces as its padding. */
const EMPTY_XMP_HEAD = asciiBytes(
  '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">' +
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>\n',
);
const EMPTY_XMP_TAIL = asciiBytes('\n<?xpacket end="w"?>');

export async function scrubPdfMetadata(bytes: Uint8Array): Promise<PdfScrubResult> {
  const unchanged = (): PdfScrubResult => ({ bytes, scrubbed: [], residual: [UNPARSED] });
  try {
    const before = await inspectPdfWithDetails(bytes);
    if (!before.inspection.ok) return unchanged();
    const result = await new Scrubber(bytes).run();
    if (!result) return unchanged();
    if (result.bytes !== bytes) {
      // The same pages, read the same way: a scrub that made the file need a new repair is not kept.
      const after = await inspectPdfWithDetails(result.bytes);
      const newRepair = after.repairs.some((repair) => !before.repairs.includes(repair));
      if (!after.inspection.ok || after.inspection.pages !== before.inspection.pages || newRepair) return unchanged();
    }
    return result;
  } catch {
    return unchanged();
  }
}

/** One definition of an object in the file's bytes (older versions included). */
interface Definition {
  num: number;
  gen: number;
  offset: number;
  value: PdfValue;
}

/** An object stream, decoded, with the objects it holds. */
interface PackedStream {
  definition: Definition;
  stream: PdfStream;
  extent: StreamExtent;
  data: Uint8Array;
  members: { num: number; span: ValueSpan }[];
}

/** A new version of an object for the incremental update, and what it removes from view. */
interface PendingUpdate {
  object: UpdatedObject;
  labels: string[];
}

class Scrubber {
  private out: Uint8Array;
  private changed = false;
  private readonly scrubbed = new Set<string>();
  private readonly residual = new Set<string>();
  private readonly definitions: Definition[] = [];
  private document!: PdfDocument;
  private xref: CrossReference | undefined;
  private base = 0;
  private encrypted = false;
  private metadataInClear = false;
  /** Objects that some trailer's /Info names. */
  private readonly infoNumbers = new Set<number>();
  /** Objects that an Info value points to (`/Author 12 0 R`), with the label of their key. */
  private readonly infoValueObjects = new Map<number, string>();
  private readonly xmpNumbers = new Set<number>();
  /** Plain `/Metadata N 0 R` entries: where they sit. */
  private readonly metadataEntries: { target: number; start: number; end: number }[] = [];
  /** Dictionaries inside object streams that have a /Metadata entry. */
  private readonly packedMetadataHolders: { num: number; target: number; dict: PdfDict; packed: PackedStream }[] = [];
  private readonly updates: PendingUpdate[] = [];

  constructor(private readonly bytes: Uint8Array) {
    this.out = bytes.slice();
  }

  async run(): Promise<PdfScrubResult | undefined> {
    const header = indexOfBytes(this.bytes, HEADER, 0, HEADER_WINDOW + HEADER.length);
    if (header < 0) return undefined;
    const { xref, base } = await readCrossReferenceSafe(this.bytes, header);
    this.xref = xref;
    this.base = base;
    this.document = new PdfDocument(this.bytes, xref, base);
    const scan = scanObjects(this.bytes, (object, offset) => this.definitions.push({ ...object, offset }));
    const trailers = xref ? [xref.trailer, ...scan.trailers] : scan.trailers;
    await this.setUpEncryption(trailers);
    for (const trailer of trailers) {
      const info = trailer.get('Info');
      if (info instanceof PdfRef) this.infoNumbers.add(info.num);
    }

    for (const definition of this.definitions) this.scrubPlainDictionary(definition);
    this.scrubTrailerInfo(scan);
    const packed = await this.readObjectStreams();
    for (const stream of packed) await this.scrubObjectStream(stream);
    for (const definition of this.definitions) this.scrubPlainInfoValue(definition);
    await this.scrubXmpStreams();
    await this.appendUpdates();

    return {
      bytes: this.changed ? this.out : this.bytes,
      scrubbed: [...this.scrubbed].sort(),
      residual: [...this.residual].sort(),
    };
  }

  private async setUpEncryption(trailers: PdfDict[]): Promise<void> {
    const trailer = trailers.find((candidate) => candidate.has('Encrypt'));
    if (!trailer) return;
    this.encrypted = true;
    await setUpEncryption(this.document, trailer);
    try {
      const encrypt = dictOf(await this.document.resolve(trailer.get('Encrypt')));
      this.metadataInClear = encrypt?.get('EncryptMetadata') === false;
    } catch {
      this.metadataInClear = false;
    }
  }

  private isInfo(num: number, dict: PdfDict): boolean {
    if (NOT_INFO_KEYS.some((key) => dict.has(key))) return false;
    return this.infoNumbers.has(num) || INFO_KEYS.some((key) => dict.has(key));
  }

  /** An Info dictionary, a dictionary with a direct /Info one, or one with a /Metadata entry. */
  private scrubPlainDictionary(definition: Definition): void {
    const dict = dictOf(definition.value);
    if (!dict) return;
    const isStream = definition.value instanceof PdfStream;
    if (isStream && isXmpDictionary(dict)) this.xmpNumbers.add(definition.num);
    if (isSignature(dict)) this.residual.add(SIGNATURE);
    const info = !isStream && this.isInfo(definition.num, dict);
    const metadata = dict.get('Metadata') instanceof PdfRef;
    const directInfo = dict.get('Info') instanceof PdfDict;
    if (!info && !metadata && !directInfo) return;
    let span: ValueSpan;
    try {
      span = readValueSpan(this.bytes, objectValueStart(this.bytes, definition.offset));
    } catch {
      if (info || directInfo) this.residual.add('Info');
      if (metadata) this.residual.add(XMP);
      return;
    }
    if (info) this.blankInfo(span, this.out, (label) => this.scrubbedInPlace(label));
    for (const entry of span.entries ?? []) {
      if (entry.key === 'Info' && entry.span.entries) this.blankInfo(entry.span, this.out, (label) => this.scrubbedInPlace(label));
      if (entry.key === 'Metadata' && entry.span.value instanceof PdfRef) {
        this.xmpNumbers.add(entry.span.value.num);
        this.metadataEntries.push({ target: entry.span.value.num, start: entry.keyStart, end: entry.span.end });
      }
    }
  }

  /** A direct /Info dictionary in a classic trailer (against the standard, but written by some tools). */
  private scrubTrailerInfo(scan: ObjectScan): void {
    if (!scan.trailers.some((trailer) => trailer.get('Info') instanceof PdfDict)) return;
    for (let at = indexOfBytes(this.bytes, TRAILER); at >= 0; at = indexOfBytes(this.bytes, TRAILER, at + TRAILER.length)) {
      try {
        const span = readValueSpan(this.bytes, at + TRAILER.length);
        for (const entry of span.entries ?? []) {
          if (entry.key === 'Info' && entry.span.entries) this.blankInfo(entry.span, this.out, (label) => this.scrubbedInPlace(label));
        }
      } catch {
        // `trailer` inside other data: not a trailer
      }
    }
  }

  /** A string object that an Info value points to, kept as a plain object. */
  private scrubPlainInfoValue(definition: Definition): void {
    const label = this.infoValueObjects.get(definition.num);
    if (label === undefined || !(definition.value instanceof PdfString || definition.value instanceof PdfName)) return;
    try {
      const span = readValueSpan(this.bytes, objectValueStart(this.bytes, definition.offset));
      if (blankLeaf(span, this.out)) this.scrubbedInPlace(label);
    } catch {
      this.residual.add(label);
    }
  }

  private scrubbedInPlace(label: string): void {
    this.changed = true;
    this.scrubbed.add(label);
  }

  /**
   * Blanks every value of an Info dictionary (except the kept keys) in `target`, calling `blanked`
   * with `Info/<Key>` for each value that held text; notes the objects its values point to.
   */
  private blankInfo(span: ValueSpan, target: Uint8Array, blanked: (label: string) => void): void {
    for (const entry of span.entries ?? []) {
      if (KEPT_INFO_KEYS.has(entry.key)) continue;
      const label = `Info/${entry.key}`;
      let text = false;
      for (const leaf of leafSpans(entry.span)) {
        if (leaf.value instanceof PdfRef) this.infoValueObjects.set(leaf.value.num, label);
        else if (blankLeaf(leaf, target)) text = true;
      }
      if (text) blanked(label);
    }
  }

  // -------------------------------------------------------------------------------------------------
  // Object streams

  private async readObjectStreams(): Promise<PackedStream[]> {
    const packed: PackedStream[] = [];
    for (const definition of this.definitions) {
      const stream = definition.value;
      if (!(stream instanceof PdfStream) || !isName(stream.dict.get('Type'), 'ObjStm')) continue;
      const read = await this.readObjectStream(definition, stream);
      if (!read) {
        this.residual.add(OBJECT_STREAM);
        continue;
      }
      packed.push(read);
      for (const member of read.members) {
        const dict = member.span.value;
        if (!(dict instanceof PdfDict)) continue;
        if (isSignature(dict)) this.residual.add(SIGNATURE);
        // Collects the objects Info values point to before any stream is blanked.
        if (this.isInfo(member.num, dict)) this.blankInfo(member.span, new Uint8Array(read.data.length), () => undefined);
        const metadata = dict.get('Metadata');
        if (metadata instanceof PdfRef) {
          this.xmpNumbers.add(metadata.num);
          this.packedMetadataHolders.push({ num: member.num, target: metadata.num, dict, packed: read });
        }
      }
    }
    return packed;
  }

  private async readObjectStream(definition: Definition, stream: PdfStream): Promise<PackedStream | undefined> {
    try {
      const extent = await this.document.extentOf(stream);
      if (!extent.complete) return undefined;
      let raw = this.bytes.subarray(extent.start, extent.end);
      if (this.encrypted) {
        if (!this.document.decryptor) return undefined;
        raw = await this.document.decryptor.decrypt(raw, definition.num, definition.gen);
      }
      const decoded = await decodeStream(raw, stream.dict);
      if (!decoded.complete) return undefined;
      const count = stream.dict.get('N');
      const first = stream.dict.get('First');
      const objectStream = new ObjectStream(decoded.bytes, isInteger(count) ? count : -1, isInteger(first) ? first : -1);
      const members = objectStream.objectNumbers.map((num, index) => ({ num, span: readValueSpan(decoded.bytes, objectStream.startOf(index)) }));
      return { definition, stream, extent, data: decoded.bytes, members };
    } catch {
      return undefined;
    }
  }

  private async scrubObjectStream(packed: PackedStream): Promise<void> {
    const data = packed.data.slice();
    const blanked: { num: number; info: boolean; labels: string[] }[] = [];
    for (const member of packed.members) {
      const labels: string[] = [];
      const value = member.span.value;
      const info = value instanceof PdfDict && this.isInfo(member.num, value);
      if (info) {
        this.blankInfo(member.span, data, (label) => labels.push(label));
      } else {
        const label = this.infoValueObjects.get(member.num);
        if (label !== undefined && blankLeaf(member.span, data)) labels.push(label);
      }
      if (labels.length > 0) blanked.push({ num: member.num, info, labels });
    }
    if (blanked.length === 0) return;
    const labels = blanked.flatMap((member) => member.labels);

    const rewritten = await this.recompress(packed, data);
    if (rewritten) {
      this.out.set(rewritten, packed.extent.start);
      labels.forEach((label) => this.scrubbedInPlace(label));
      return;
    }
    // The old bytes stay. Live objects get an empty new version, so that no reader shows them.
    labels.forEach((label) => this.residual.add(label));
    for (const member of blanked) {
      if (!this.isLivePackedMember(member.num, packed)) continue;
      this.updates.push({ object: { num: member.num, gen: 0, body: member.info ? '<< >>' : '()' }, labels: member.labels });
    }
  }

  /** The stream's new bytes, exactly as long as the old ones; undefined when that cannot be done. */
  private async recompress(packed: PackedStream, data: Uint8Array): Promise<Uint8Array | undefined> {
    if (this.encrypted) return undefined;
    const length = packed.extent.end - packed.extent.start;
    // An uncompressed object stream: its data is the file's bytes, blanked in place like any other.
    if (filtersOf(packed.stream.dict).length === 0 && !packed.stream.dict.has('F')) return data.length === length ? data : undefined;
    if (!isPlainFlate(packed.stream.dict) || (await this.declaredLength(packed.stream)) !== length) return undefined;
    return deflateToLength(data, length);
  }

  private async declaredLength(stream: PdfStream): Promise<number | undefined> {
    try {
      const length = await this.document.resolve(stream.dict.get('Length'));
      return isInteger(length) ? length : undefined;
    } catch {
      return undefined;
    }
  }

  /** Is `num` an object the newest cross-reference finds in this very definition of its object stream? */
  private isLivePackedMember(num: number, packed: PackedStream): boolean {
    const entry = this.xref?.entries.get(num);
    if (entry?.kind !== 'compressed' || entry.stream !== packed.definition.num) return false;
    const streamEntry = this.xref?.entries.get(packed.definition.num);
    return streamEntry?.kind === 'offset' && this.base + streamEntry.offset === packed.definition.offset;
  }

  // -------------------------------------------------------------------------------------------------
  // XMP streams

  private async scrubXmpStreams(): Promise<void> {
    const unrewritable = new Set<number>();
    for (const definition of this.definitions) {
      const stream = definition.value;
      if (!(stream instanceof PdfStream)) continue;
      const dict = stream.dict;
      const referenced = this.xmpNumbers.has(definition.num) && (!dict.has('Type') || isName(dict.get('Type'), 'Metadata'));
      if (!isXmpDictionary(dict) && !referenced) continue;
      if (!(await this.rewriteXmp(stream))) {
        unrewritable.add(definition.num);
        this.residual.add(XMP);
      }
    }
    for (const target of unrewritable) this.unlinkXmp(target);
  }

  /** Overwrites an XMP stream in place with a blank one; false when that cannot be done validly. */
  private async rewriteXmp(stream: PdfStream): Promise<boolean> {
    const extent = await this.document.extentOf(stream);
    if (!extent.complete || stream.dict.has('F')) return false;
    if (this.encrypted && !this.metadataInClear) return false;
    const length = extent.end - extent.start;
    const current = this.out.subarray(extent.start, extent.end);
    let replacement: Uint8Array | undefined;
    if (filtersOf(stream.dict).length === 0) {
      if (current.every(isBlankByte)) return true;
      replacement = blankXmp(length);
    } else if (isPlainFlate(stream.dict) && (await this.declaredLength(stream)) === length) {
      const payload = blankXmp(storedPayloadSize(length));
      replacement = payload.length > 0 ? storedZlib(payload, length) : undefined;
      if (replacement && !(await readsBackAs(replacement, payload))) replacement = undefined;
    }
    if (!replacement) return false;
    if (!equalBytes(current, replacement)) {
      this.out.set(replacement, extent.start);
      this.scrubbedInPlace(XMP);
    }
    return true;
  }

  /** Removes the /Metadata entries that point to an XMP stream left in the file. */
  private unlinkXmp(target: number): void {
    let unlinked = true;
    for (const entry of this.metadataEntries) {
      if (entry.target !== target) continue;
      this.out.fill(SPACE, entry.start, entry.end);
      this.changed = true;
    }
    const root = this.xref?.trailer.get('Root');
    for (const holder of this.packedMetadataHolders) {
      if (holder.target !== target) continue;
      const isLiveCatalog = root instanceof PdfRef && root.num === holder.num && this.isLivePackedMember(holder.num, holder.packed);
      // Strings inside an object stream are not encrypted on their own; a plain copy would need to be.
      if (!isLiveCatalog || (this.encrypted && containsString(holder.dict))) {
        unlinked = false;
        continue;
      }
      const catalog = new PdfDict();
      for (const [key, value] of holder.dict.entries) if (key !== 'Metadata') catalog.entries.set(key, value);
      this.updates.push({ object: { num: holder.num, gen: 0, body: serializeValue(catalog) }, labels: [XMP] });
    }
    if (unlinked && this.metadataEntries.some((entry) => entry.target === target)) this.scrubbed.add(XMP);
  }

  // -------------------------------------------------------------------------------------------------
  // The incremental update

  private async appendUpdates(): Promise<void> {
    if (this.updates.length === 0 || !this.xref) return;
    const startxref = findStartXref(this.bytes);
    if (startxref === undefined) return;
    const objects = new Map<number, UpdatedObject>();
    for (const update of this.updates) objects.set(update.object.num, update.object);
    const updated = appendUpdate(this.out, [...objects.values()], { trailer: this.xref.trailer, startxref, base: this.base });
    if (!(await this.updateReads(updated, objects))) return;
    this.out = updated;
    this.changed = true;
    for (const update of this.updates) update.labels.forEach((label) => this.scrubbed.add(label));
  }

  /** Does the updated file's cross-reference lead to the new version of every updated object? */
  private async updateReads(updated: Uint8Array, objects: Map<number, UpdatedObject>): Promise<boolean> {
    try {
      const startxref = findStartXref(updated);
      if (startxref === undefined) return false;
      const xref = await readCrossReference(updated, startxref, this.base);
      for (const num of objects.keys()) {
        const entry = xref.entries.get(num);
        if (entry?.kind !== 'offset' || this.base + entry.offset < this.bytes.length) return false;
        if (parseIndirectObject(updated, this.base + entry.offset).num !== num) return false;
      }
      return true;
    } catch {
      return false;
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Small helpers

function isXmpDictionary(dict: PdfDict): boolean {
  return isName(dict.get('Type'), 'Metadata') || isName(dict.get('Subtype'), 'XML');
}

/** A signature value dictionary: /ByteRange with /Contents (ISO 32000-1, 12.8.1). */
function isSignature(dict: PdfDict): boolean {
  return dict.has('ByteRange') && dict.has('Contents');
}

function filtersOf(dict: PdfDict): PdfValue[] {
  const filter = dict.get('Filter');
  if (filter === undefined || filter === null) return [];
  return Array.isArray(filter) ? filter : [filter];
}

/** One FlateDecode filter, no predictor, data in the file: data we can write anew. */
function isPlainFlate(dict: PdfDict): boolean {
  const filters = filtersOf(dict);
  if (filters.length !== 1 || !(isName(filters[0], 'FlateDecode') || isName(filters[0], 'Fl')) || dict.has('F')) return false;
  const parmsValue = dict.get('DecodeParms');
  const parms = Array.isArray(parmsValue) ? parmsValue[0] : parmsValue;
  if (parms === undefined || parms === null) return true;
  if (!(parms instanceof PdfDict)) return false;
  const predictor = parms.get('Predictor');
  return predictor === undefined || (isInteger(predictor) && predictor <= 1);
}

function containsString(value: PdfValue | undefined): boolean {
  if (value instanceof PdfString) return true;
  if (value instanceof PdfDict) return [...value.entries.values()].some(containsString);
  return Array.isArray(value) && value.some(containsString);
}

/**
 * Overwrites a string or name value at `span` in `target` with an empty string of the same length
 * (`()` or `<>`, then spaces). True when the value held text (a name, or a string with more than
 * whitespace and a byte-order mark).
 */
function blankLeaf(span: ValueSpan, target: Uint8Array): boolean {
  const { value, start, end } = span;
  if (value instanceof PdfString) {
    if (!hasText(value.bytes)) return false;
    const hex = target[start] === 0x3c;
    target[start] = hex ? 0x3c : 0x28;
    target[start + 1] = hex ? 0x3e : 0x29;
    target.fill(SPACE, start + 2, end);
    return true;
  }
  if (value instanceof PdfName && value.name.length > 0 && end - start >= 2) {
    target[start] = 0x28;
    target[start + 1] = 0x29;
    target.fill(SPACE, start + 2, end);
    return true;
  }
  return false;
}

function hasText(bytes: Uint8Array): boolean {
  let start = 0;
  if (bytes.length >= 2 && ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe))) start = 2;
  else if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  for (let i = start; i < bytes.length; i++) if (!isBlankByte(bytes[i])) return true;
  return false;
}

function isBlankByte(byte: number): boolean {
  return byte === 0x00 || byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d || byte === SPACE;
}

/** `length` bytes: an empty XMP packet padded with spaces, or only spaces when the packet does not fit. */
function blankXmp(length: number): Uint8Array {
  const out = new Uint8Array(Math.max(0, length)).fill(SPACE);
  if (length >= EMPTY_XMP_HEAD.length + EMPTY_XMP_TAIL.length) {
    out.set(EMPTY_XMP_HEAD, 0);
    out.set(EMPTY_XMP_TAIL, length - EMPTY_XMP_TAIL.length);
  }
  return out;
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
