/**
 * Object streams (/Type /ObjStm): /N objects, a header of `num offset` pairs, the objects from /First.
 */

import { Lexer, PdfFormatError } from './lexer';
import { type PdfValue } from './objects';
import { parseValueAt } from './parser';

const MAX_OBJECTS_PER_STREAM = 1_000_000;

export class ObjectStream {
  private readonly numbers: number[] = [];
  private readonly offsets: number[] = [];

  /** `data` is the decoded stream; `count` and `first` come from /N and /First. */
  constructor(
    private readonly data: Uint8Array,
    count: number,
    private readonly first: number,
  ) {
    if (!Number.isInteger(count) || count < 0 || count > MAX_OBJECTS_PER_STREAM || !Number.isInteger(first) || first < 0) {
      throw new PdfFormatError('bad object stream header');
    }
    const lexer = new Lexer(data, 0, Math.min(first, data.length));
    for (let i = 0; i < count; i++) {
      const num = lexer.readUnsignedInteger();
      const offset = lexer.readUnsignedInteger();
      if (num < 0 || offset < 0) break;
      this.numbers.push(num);
      this.offsets.push(offset);
    }
  }

  get objectNumbers(): readonly number[] {
    return this.numbers;
  }

  /** Where the object at `index` starts in the decoded data. */
  startOf(index: number): number {
    return this.first + this.offsets[index];
  }

  /** The object at `index`; when the index does not hold `num`, the header is searched for it. */
  objectAt(index: number, num: number): PdfValue {
    let i = index;
    if (this.numbers[i] !== num) i = this.numbers.indexOf(num);
    if (i < 0) throw new PdfFormatError(`object ${num} not in its object stream`);
    const start = this.startOf(i);
    if (start >= this.data.length) throw new PdfFormatError(`object ${num} cut off`);
    return parseValueAt(this.data, start, this.data.length);
  }
}
