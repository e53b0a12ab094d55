/**
 * Builds PDF objects from the lexer's tokens: direct values, and indirect objects (`N G obj … endobj`,
 * with or without a stream). Throws PdfFormatError on malformed input; callers decide what that means.
 */

import { Lexer, PdfFormatError, type Token } from './lexer';
import { PdfDict, PdfName, PdfRef, PdfStream, PdfString, type PdfValue } from './objects';

const MAX_DEPTH = 64;
/** A bound on the tokens one value may take, so a damaged `[` cannot swallow a whole scan. */
const MAX_TOKENS = 2_000_000;

export class Parser {
  private tokens = 0;

  constructor(readonly lexer: Lexer) {}

  parseValue(): PdfValue {
    return this.parseFrom(this.nextToken(), 0);
  }

  private nextToken(): Token {
    if (++this.tokens > MAX_TOKENS) throw new PdfFormatError('object too large');
    return this.lexer.next();
  }

  private parseFrom(token: Token, depth: number): PdfValue {
    if (depth > MAX_DEPTH) throw new PdfFormatError('objects nested too deeply');
    switch (token.kind) {
      case 'number':
        return token.integer && token.value >= 0 ? this.maybeReference(token.value) : token.value;
      case 'name':
        return new PdfName(token.value);
      case 'string':
        return new PdfString(token.bytes);
      case '[':
        return this.parseArray(depth);
      case '<<':
        return this.parseDict(depth);
      case 'keyword':
        if (token.value === 'true') return true;
        if (token.value === 'false') return false;
        if (token.value === 'null') return null;
        throw new PdfFormatError(`unexpected keyword ${token.value}`);
      case 'eof':
        throw new PdfFormatError('unexpected end of data');
      default:
        throw new PdfFormatError(`unexpected ${token.kind}`);
    }
  }

  /** `N G R` is a reference; otherwise the lexer is put back after N. */
  private maybeReference(num: number): PdfValue {
    const lexer = this.lexer;
    const saved = lexer.pos;
    const gen = lexer.readUnsignedInteger();
    if (gen >= 0) {
      lexer.skipWhitespaceAndComments();
      const { bytes, end } = lexer;
      const p = lexer.pos;
      if (p < end && bytes[p] === 0x52 /* R */ && (p + 1 >= end || isRefTerminator(bytes[p + 1]))) {
        lexer.pos = p + 1;
        return new PdfRef(num, gen);
      }
    }
    lexer.pos = saved;
    return num;
  }

  private parseArray(depth: number): PdfValue[] {
    const items: PdfValue[] = [];
    for (;;) {
      const token = this.nextToken();
      if (token.kind === ']') return items;
      items.push(this.parseFrom(token, depth + 1));
    }
  }

  private parseDict(depth: number): PdfDict {
    const dict = new PdfDict();
    for (;;) {
      const token = this.nextToken();
      if (token.kind === '>>') return dict;
      if (token.kind !== 'name') throw new PdfFormatError('dictionary key is not a name');
      const valueToken = this.nextToken();
      if (valueToken.kind === '>>') {
        // `/Key >>`: a missing value; pdf.js reads it as null. Keep the dictionary usable.
        dict.entries.set(token.value, null);
        return dict;
      }
      dict.entries.set(token.value, this.parseFrom(valueToken, depth + 1));
    }
  }
}

function isRefTerminator(byte: number): boolean {
  // Whitespace or a delimiter (`R]`, `R>>`, `R/Next`).
  return (
    byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09 || byte === 0x0c || byte === 0x00 ||
    byte === 0x2f || byte === 0x5d || byte === 0x3e || byte === 0x5b || byte === 0x3c || byte === 0x28 || byte === 0x25
  );
}

export interface IndirectObject {
  num: number;
  gen: number;
  value: PdfValue;
}

/**
 * Parses `N G obj <value> [stream]` at `offset`. A stream's data starts after the EOL that follows
 * `stream`; its end is not looked for here (see streams.ts).
 */
export function parseIndirectObject(bytes: Uint8Array, offset: number): IndirectObject {
  const lexer = new Lexer(bytes, offset);
  const num = lexer.readUnsignedInteger();
  const gen = num >= 0 ? lexer.readUnsignedInteger() : -1;
  if (num < 0 || gen < 0) throw new PdfFormatError('no object header');
  const keyword = lexer.next();
  if (keyword.kind !== 'keyword' || keyword.value !== 'obj') throw new PdfFormatError('no object header');
  const parser = new Parser(lexer);
  const value = parser.parseValue();
  if (value instanceof PdfDict) {
    const save = lexer.pos;
    const next = lexer.next();
    if (next.kind === 'keyword' && next.value === 'stream') {
      let dataStart = lexer.pos;
      if (bytes[dataStart] === 0x0d) dataStart++;
      if (bytes[dataStart] === 0x0a) dataStart++;
      return { num, gen, value: new PdfStream(value, dataStart) };
    }
    lexer.pos = save;
  }
  return { num, gen, value };
}

/** Parses one direct value starting at `offset` (a trailer dictionary, an object in an object stream). */
export function parseValueAt(bytes: Uint8Array, offset: number, end = bytes.length): PdfValue {
  return new Parser(new Lexer(bytes, offset, end)).parseValue();
}
