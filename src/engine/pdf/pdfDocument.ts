/**
 * Resolves objects of one file: through the cross-reference when there is one, and through a
 * reconstruction (a scan for `N G obj`) when there is none or when an entry turns out wrong. Object
 * streams are decoded once and cached; in an encrypted file they are decrypted first, when possible.
 */

import { type CrossReference } from './crossReference';
import { PdfFormatError } from './lexer';
import { ObjectStream } from './objectStreams';
import { isInteger, PdfRef, PdfStream, type PdfValue } from './objects';
import { parseIndirectObject } from './parser';
import { type PdfRepair } from './repairs';
import { scanObjects, type ObjectScan } from './scanObjects';
import { type StreamDecryptor } from './standardSecurity';
import { decodeStream, streamExtent, type StreamExtent } from './streams';

export type MissingCause = 'absent' | 'encrypted' | 'damaged';

/** A needed object could not be had: not in the file, in an unreadable encrypted stream, or unparsable. */
export class MissingObjectError extends PdfFormatError {
  constructor(
    readonly num: number,
    readonly cause: MissingCause,
  ) {
    super(`object ${num} ${cause}`);
    this.name = 'MissingObjectError';
  }
}

const MAX_REFERENCE_HOPS = 16;

interface Reconstruction {
  scan: ObjectScan;
  /** Objects found inside object streams: object number → [stream number, index]. */
  compressed?: Map<number, [number, number]>;
}

export class PdfDocument {
  /** Set when the trailer has /Encrypt; `decryptor` is set when object streams can be decrypted. */
  encrypted = false;
  decryptor: StreamDecryptor | undefined;
  /** What reading needed mending besides the scan (see `wasScanned`). */
  readonly repairs = new Set<PdfRepair>();

  private readonly cache = new Map<number, PdfValue>();
  private readonly objectStreams = new Map<number, Promise<ObjectStream>>();
  private readonly inProgress = new Set<number>();
  private reconstruction: Reconstruction | undefined;

  constructor(
    readonly bytes: Uint8Array,
    readonly xref: CrossReference | undefined,
    /** Added to the cross-reference's offsets (junk before `%PDF-` that the writer did not count). */
    readonly base: number,
  ) {}

  get wasScanned(): boolean {
    return this.reconstruction !== undefined;
  }

  /** The scan of the whole file; made on first need only. */
  reconstructed(): ObjectScan {
    this.reconstruction ??= { scan: scanObjects(this.bytes) };
    return this.reconstruction.scan;
  }

  async resolve(value: PdfValue | undefined): Promise<PdfValue | undefined> {
    let current = value;
    for (let hop = 0; current instanceof PdfRef; hop++) {
      if (hop >= MAX_REFERENCE_HOPS) throw new MissingObjectError(current.num, 'damaged');
      current = await this.fetch(current.num);
    }
    return current;
  }

  async fetch(num: number): Promise<PdfValue> {
    const cached = this.cache.get(num);
    if (cached !== undefined) return cached;
    if (this.inProgress.has(num)) throw new MissingObjectError(num, 'damaged');
    this.inProgress.add(num);
    try {
      const value = await this.load(num);
      this.cache.set(num, value);
      return value;
    } finally {
      this.inProgress.delete(num);
    }
  }

  /** Where a stream's data lies, with an indirect /Length resolved. */
  async extentOf(stream: PdfStream): Promise<StreamExtent> {
    let length = stream.dict.get('Length');
    if (length instanceof PdfRef) {
      try {
        length = await this.resolve(length);
      } catch {
        length = undefined;
      }
    }
    return streamExtent(this.bytes, stream, isInteger(length) ? length : undefined);
  }

  private async load(num: number): Promise<PdfValue> {
    let cause: MissingCause = 'absent';
    const entry = this.xref?.entries.get(num);
    if (entry?.kind === 'offset') {
      const value = this.parsePlain(this.base + entry.offset, num);
      if (value !== undefined) return value;
    } else if (entry?.kind === 'compressed') {
      try {
        return await this.loadCompressed(entry.stream, entry.index, num);
      } catch (error) {
        cause = causeOf(error);
        if (cause === 'encrypted') throw error;
      }
    }
    // The cross-reference is absent, or wrong for this object: look where the scan found it.
    const scanned = this.reconstructed().objects.get(num);
    if (scanned) {
      const value = this.parsePlain(scanned.offset, num);
      if (value !== undefined) return value;
      cause = 'damaged';
    }
    const compressed = (await this.compressedIndex()).get(num);
    if (compressed) {
      try {
        return await this.loadCompressed(compressed[0], compressed[1], num);
      } catch (error) {
        throw new MissingObjectError(num, causeOf(error));
      }
    }
    throw new MissingObjectError(num, cause);
  }

  private parsePlain(offset: number, num: number): PdfValue | undefined {
    if (offset < 0 || offset >= this.bytes.length) return undefined;
    try {
      const object = parseIndirectObject(this.bytes, offset);
      return object.num === num ? object.value : undefined;
    } catch {
      return undefined;
    }
  }

  private async loadCompressed(streamNum: number, index: number, num: number): Promise<PdfValue> {
    const objectStream = await this.objectStream(streamNum);
    if (objectStream.objectNumbers[index] !== num) this.repairs.add('object-stream-index');
    try {
      return objectStream.objectAt(index, num);
    } catch {
      throw new MissingObjectError(num, this.unreadableCause);
    }
  }

  objectStream(streamNum: number): Promise<ObjectStream> {
    let pending = this.objectStreams.get(streamNum);
    if (!pending) {
      pending = this.decodeObjectStream(streamNum);
      this.objectStreams.set(streamNum, pending);
    }
    return pending;
  }

  private async decodeObjectStream(streamNum: number): Promise<ObjectStream> {
    const stream = await this.fetch(streamNum);
    if (!(stream instanceof PdfStream)) throw new MissingObjectError(streamNum, 'damaged');
    if (this.encrypted && !this.decryptor) throw new MissingObjectError(streamNum, 'encrypted');
    const extent = await this.extentOf(stream);
    if (!extent.complete) throw new MissingObjectError(streamNum, 'absent');
    let raw = this.bytes.subarray(extent.start, extent.end);
    try {
      if (this.decryptor) raw = await this.decryptor.decrypt(raw, streamNum, this.genOf(streamNum));
      const decoded = await decodeStream(raw, stream.dict);
      const count = stream.dict.get('N');
      const first = stream.dict.get('First');
      return new ObjectStream(decoded.bytes, isInteger(count) ? count : -1, isInteger(first) ? first : -1);
    } catch {
      throw new MissingObjectError(streamNum, this.unreadableCause);
    }
  }

  /** Why an object stream's content makes no sense: ciphertext we cannot decrypt, or damage. */
  private get unreadableCause(): MissingCause {
    return this.encrypted && !this.decryptor ? 'encrypted' : 'damaged';
  }

  private genOf(num: number): number {
    const entry = this.xref?.entries.get(num);
    if (entry?.kind === 'offset') return entry.gen;
    return this.reconstruction?.scan.objects.get(num)?.gen ?? 0;
  }

  /** Objects inside the object streams the scan found (later streams win); decoded on first need. */
  async compressedIndex(): Promise<Map<number, [number, number]>> {
    this.reconstructed();
    const reconstruction = this.reconstruction!;
    if (reconstruction.compressed) return reconstruction.compressed;
    const index = new Map<number, [number, number]>();
    reconstruction.compressed = index;
    for (const streamNum of reconstruction.scan.objectStreams) {
      try {
        const objectStream = await this.objectStream(streamNum);
        objectStream.objectNumbers.forEach((num, i) => index.set(num, [streamNum, i]));
      } catch {
        // an unreadable object stream adds nothing
      }
    }
    return index;
  }
}

function causeOf(error: unknown): MissingCause {
  return error instanceof MissingObjectError ? error.cause : 'damaged';
}
