/**
 * Where values sit in the bytes, so that metadata can be overwritten in place: a walk over one value
 * that records the position of every dictionary entry, array item and string inside it. Scalars and
 * references are read by the Parser (one rule for `N G R`); only dictionaries and arrays are walked
 * here, to keep the positions of what is inside them.
 */

import { Lexer, PdfFormatError } from './lexer';
import { PdfDict, type PdfValue } from './objects';
import { Parser } from './parser';

export interface ValueSpan {
  /** The value's first byte and the byte after its last one. */
  start: number;
  end: number;
  value: PdfValue;
  /** A direct dictionary's entries, in file order. */
  entries?: EntrySpan[];
  /** A direct array's items. */
  items?: ValueSpan[];
}

export interface EntrySpan {
  key: string;
  /** The `/` of the key: the entry runs from here to the end of its value. */
  keyStart: number;
  span: ValueSpan;
}

const MAX_DEPTH = 64;

/** Reads the value at `at` (after whitespace); throws PdfFormatError when it is malformed. */
export function readValueSpan(bytes: Uint8Array, at: number, end = bytes.length): ValueSpan {
  return new SpanReader(new Lexer(bytes, at, end)).read(0);
}

/** Where the value of the indirect object `N G obj` at `offset` starts. */
export function objectValueStart(bytes: Uint8Array, offset: number): number {
  const lexer = new Lexer(bytes, offset);
  const num = lexer.readUnsignedInteger();
  const gen = num >= 0 ? lexer.readUnsignedInteger() : -1;
  const keyword = gen >= 0 ? lexer.next() : undefined;
  if (keyword?.kind !== 'keyword' || keyword.value !== 'obj') throw new PdfFormatError('no object header');
  lexer.skipWhitespaceAndComments();
  return lexer.pos;
}

class SpanReader {
  private readonly parser: Parser;

  constructor(private readonly lexer: Lexer) {
    this.parser = new Parser(lexer);
  }

  read(depth: number): ValueSpan {
    if (depth > MAX_DEPTH) throw new PdfFormatError('objects nested too deeply');
    const { lexer } = this;
    lexer.skipWhitespaceAndComments();
    const start = lexer.pos;
    if (this.at(start, 0x3c) && this.at(start + 1, 0x3c)) return this.readDict(start, depth);
    if (this.at(start, 0x5b)) return this.readArray(start, depth);
    const value = this.parser.parseValue();
    return { start, end: lexer.pos, value };
  }

  private at(pos: number, byte: number): boolean {
    return pos < this.lexer.end && this.lexer.bytes[pos] === byte;
  }

  private readDict(start: number, depth: number): ValueSpan {
    const { lexer } = this;
    const dict = new PdfDict();
    const entries: EntrySpan[] = [];
    lexer.pos = start + 2;
    for (;;) {
      lexer.skipWhitespaceAndComments();
      const keyStart = lexer.pos;
      if (keyStart >= lexer.end) throw new PdfFormatError('unexpected end of data');
      if (this.at(keyStart, 0x3e) && this.at(keyStart + 1, 0x3e)) {
        lexer.pos = keyStart + 2;
        return { start, end: lexer.pos, value: dict, entries };
      }
      const key = lexer.next();
      if (key.kind !== 'name') throw new PdfFormatError('dictionary key is not a name');
      lexer.skipWhitespaceAndComments();
      if (this.at(lexer.pos, 0x3e) && this.at(lexer.pos + 1, 0x3e)) {
        // `/Key >>`: a missing value, read as null (as the Parser does).
        dict.entries.set(key.value, null);
        continue;
      }
      const span = this.read(depth + 1);
      dict.entries.set(key.value, span.value);
      entries.push({ key: key.value, keyStart, span });
    }
  }

  private readArray(start: number, depth: number): ValueSpan {
    const { lexer } = this;
    const values: PdfValue[] = [];
    const items: ValueSpan[] = [];
    lexer.pos = start + 1;
    for (;;) {
      lexer.skipWhitespaceAndComments();
      if (lexer.pos >= lexer.end) throw new PdfFormatError('unexpected end of data');
      if (this.at(lexer.pos, 0x5d)) {
        lexer.pos++;
        return { start, end: lexer.pos, value: values, items };
      }
      const span = this.read(depth + 1);
      values.push(span.value);
      items.push(span);
    }
  }
}

/** Every scalar or reference inside a value (not its dictionaries and arrays), depth first, in file order. */
export function leafSpans(span: ValueSpan): ValueSpan[] {
  const found: ValueSpan[] = [];
  const visit = (current: ValueSpan): void => {
    if (current.entries) current.entries.forEach((entry) => visit(entry.span));
    else if (current.items) current.items.forEach(visit);
    else found.push(current);
  };
  visit(span);
  return found;
}
