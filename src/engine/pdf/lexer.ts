/**
 * A byte-level PDF lexer over a Uint8Array. Never turns the file into a string: names and keywords are
 * short and decoded byte by byte; strings keep their decoded bytes.
 */

export class PdfFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfFormatError';
  }
}

export type Token =
  | { kind: 'number'; value: number; integer: boolean }
  | { kind: 'name'; value: string }
  | { kind: 'string'; bytes: Uint8Array }
  | { kind: 'keyword'; value: string }
  | { kind: '[' | ']' | '<<' | '>>' | '{' | '}' | 'eof' };

const WHITESPACE = new Uint8Array(256);
const DELIMITER = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) WHITESPACE[c] = 1;
for (const c of '()<>[]{}/%') DELIMITER[c.charCodeAt(0)] = 1;

export function isWhitespace(byte: number): boolean {
  return WHITESPACE[byte] === 1;
}

/** True for bytes that end a keyword, number or name: whitespace and delimiters. */
export function isBoundary(byte: number): boolean {
  return WHITESPACE[byte] === 1 || DELIMITER[byte] === 1;
}

export function isDigit(byte: number): boolean {
  return byte >= 0x30 && byte <= 0x39;
}

const MAX_NAME_LENGTH = 512;
const MAX_KEYWORD_LENGTH = 64;
const EOF_TOKEN: Token = { kind: 'eof' };

function hexValue(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x37;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x57;
  return -1;
}

export class Lexer {
  pos: number;

  constructor(
    readonly bytes: Uint8Array,
    start = 0,
    readonly end = bytes.length,
  ) {
    this.pos = start;
  }

  skipWhitespaceAndComments(): void {
    const { bytes, end } = this;
    let pos = this.pos;
    while (pos < end) {
      const c = bytes[pos];
      if (WHITESPACE[c] === 1) {
        pos++;
      } else if (c === 0x25 /* % */) {
        while (pos < end && bytes[pos] !== 0x0a && bytes[pos] !== 0x0d) pos++;
      } else {
        break;
      }
    }
    this.pos = pos;
  }

  next(): Token {
    this.skipWhitespaceAndComments();
    const { bytes, end } = this;
    if (this.pos >= end) return EOF_TOKEN;
    const c = bytes[this.pos];
    switch (c) {
      case 0x5b: // [
        this.pos++;
        return { kind: '[' };
      case 0x5d: // ]
        this.pos++;
        return { kind: ']' };
      case 0x7b: // {
        this.pos++;
        return { kind: '{' };
      case 0x7d: // }
        this.pos++;
        return { kind: '}' };
      case 0x2f: // /
        return this.readName();
      case 0x28: // (
        return this.readLiteralString();
      case 0x3c: // <
        if (this.pos + 1 < end && bytes[this.pos + 1] === 0x3c) {
          this.pos += 2;
          return { kind: '<<' };
        }
        return this.readHexString();
      case 0x3e: // >
        if (this.pos + 1 < end && bytes[this.pos + 1] === 0x3e) {
          this.pos += 2;
          return { kind: '>>' };
        }
        this.pos++;
        return { kind: 'keyword', value: '>' };
      case 0x29: // ) stray
        this.pos++;
        return { kind: 'keyword', value: ')' };
      default:
        return this.readRegular();
    }
  }

  /** Reads an unsigned integer at the current position (after whitespace), or returns -1 without moving. */
  readUnsignedInteger(): number {
    this.skipWhitespaceAndComments();
    const { bytes, end } = this;
    let pos = this.pos;
    let value = 0;
    let digits = 0;
    while (pos < end && isDigit(bytes[pos]) && digits < 16) {
      value = value * 10 + (bytes[pos] - 0x30);
      pos++;
      digits++;
    }
    if (digits === 0 || (pos < end && !isBoundary(bytes[pos]))) return -1;
    this.pos = pos;
    return value;
  }

  private readRegular(): Token {
    const { bytes, end } = this;
    const start = this.pos;
    let pos = start;
    while (pos < end && !isBoundary(bytes[pos])) pos++;
    this.pos = pos;
    const number = parseNumber(bytes, start, pos);
    if (number !== undefined) return { kind: 'number', value: number.value, integer: number.integer };
    let text = '';
    const stop = Math.min(pos, start + MAX_KEYWORD_LENGTH);
    for (let i = start; i < stop; i++) text += String.fromCharCode(bytes[i]);
    return { kind: 'keyword', value: text };
  }

  private readName(): Token {
    const { bytes, end } = this;
    let pos = this.pos + 1;
    let text = '';
    while (pos < end && !isBoundary(bytes[pos])) {
      let c = bytes[pos];
      if (c === 0x23 /* # */ && pos + 2 < end) {
        const high = hexValue(bytes[pos + 1]);
        const low = hexValue(bytes[pos + 2]);
        if (high >= 0 && low >= 0) {
          c = high * 16 + low;
          pos += 2;
        }
      }
      if (text.length < MAX_NAME_LENGTH) text += String.fromCharCode(c);
      pos++;
    }
    this.pos = pos;
    return { kind: 'name', value: text };
  }

  private readLiteralString(): Token {
    const { bytes, end } = this;
    let pos = this.pos + 1;
    // First pass: find the closing parenthesis, so the output buffer can be sized.
    let depth = 1;
    let scan = pos;
    while (scan < end) {
      const c = bytes[scan];
      if (c === 0x5c /* \ */) {
        scan += 2;
        continue;
      }
      if (c === 0x28) depth++;
      else if (c === 0x29 && --depth === 0) break;
      scan++;
    }
    if (scan >= end) throw new PdfFormatError('unterminated string');
    const out = new Uint8Array(scan - pos);
    let length = 0;
    while (pos < scan) {
      let c = bytes[pos++];
      if (c === 0x5c) {
        const e = bytes[pos++];
        switch (e) {
          case 0x6e: c = 0x0a; break; // n
          case 0x72: c = 0x0d; break; // r
          case 0x74: c = 0x09; break; // t
          case 0x62: c = 0x08; break; // b
          case 0x66: c = 0x0c; break; // f
          case 0x0d: // line continuation
            if (bytes[pos] === 0x0a) pos++;
            continue;
          case 0x0a:
            continue;
          default:
            if (e >= 0x30 && e <= 0x37) {
              let value = e - 0x30;
              for (let k = 0; k < 2 && pos < scan && bytes[pos] >= 0x30 && bytes[pos] <= 0x37; k++) {
                value = value * 8 + (bytes[pos++] - 0x30);
              }
              c = value & 0xff;
            } else {
              c = e;
            }
        }
      } else if (c === 0x0d) {
        if (bytes[pos] === 0x0a) pos++;
        c = 0x0a;
      }
      out[length++] = c;
    }
    this.pos = scan + 1;
    return { kind: 'string', bytes: out.subarray(0, length) };
  }

  private readHexString(): Token {
    const { bytes, end } = this;
    let pos = this.pos + 1;
    const start = pos;
    while (pos < end && bytes[pos] !== 0x3e) pos++;
    if (pos >= end) throw new PdfFormatError('unterminated hex string');
    const out = new Uint8Array(Math.ceil((pos - start) / 2));
    let length = 0;
    let high = -1;
    for (let i = start; i < pos; i++) {
      const value = hexValue(bytes[i]);
      if (value < 0) continue;
      if (high < 0) {
        high = value;
      } else {
        out[length++] = high * 16 + value;
        high = -1;
      }
    }
    if (high >= 0) out[length++] = high * 16;
    this.pos = pos + 1;
    return { kind: 'string', bytes: out.subarray(0, length) };
  }
}

/** Parses `[+-]digits[.digits]` (also `.5`, `-.5`); undefined when the bytes are not a number. */
function parseNumber(bytes: Uint8Array, start: number, end: number): { value: number; integer: boolean } | undefined {
  let pos = start;
  let sign = 1;
  if (pos < end && (bytes[pos] === 0x2b || bytes[pos] === 0x2d)) {
    if (bytes[pos] === 0x2d) sign = -1;
    pos++;
  }
  let value = 0;
  let digits = 0;
  while (pos < end && isDigit(bytes[pos])) {
    value = value * 10 + (bytes[pos] - 0x30);
    pos++;
    digits++;
  }
  let integer = true;
  if (pos < end && bytes[pos] === 0x2e) {
    integer = false;
    pos++;
    let scale = 0.1;
    while (pos < end && isDigit(bytes[pos])) {
      value += (bytes[pos] - 0x30) * scale;
      scale /= 10;
      pos++;
      digits++;
    }
  }
  if (digits === 0 || pos !== end) return undefined;
  return { value: sign * value, integer };
}
