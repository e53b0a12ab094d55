/**
 * The host APIs the engine relies on, declared by hand for its own type check (tsconfig.engine.json: no DOM,
 * no Node types). Each is a web standard that every host of the engine provides as a global: the task pane,
 * a Web Worker, and Node 22 (the CLI, the tests). Declaring the few members used, rather than injecting them,
 * keeps the engine's signatures free of plumbing; adding a host API to the engine is a deliberate edit here
 * (the type check fails until it is declared). The full configuration (tsconfig.json, with DOM) excludes this
 * file: there the real DOM declarations apply.
 */

type HostBytes = ArrayBuffer | ArrayBufferView;

interface TextDecoder {
  readonly encoding: string;
  readonly fatal: boolean;
  decode(input?: HostBytes, options?: { stream?: boolean }): string;
}
declare const TextDecoder: { prototype: TextDecoder; new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): TextDecoder };

interface TextEncoder {
  encode(input?: string): Uint8Array<ArrayBuffer>;
}
declare const TextEncoder: { prototype: TextEncoder; new (): TextEncoder };

// --- Streams (WHATWG), as far as the engine pipes them ------------------------------------------------------

interface ReadableStreamDefaultReader<R> {
  read(): Promise<{ done: true; value?: undefined } | { done: false; value: R }>;
  cancel(reason?: unknown): Promise<void>;
  releaseLock(): void;
}
interface ReadableStream<R = unknown> {
  getReader(): ReadableStreamDefaultReader<R>;
  pipeThrough<T>(transform: { writable: WritableStream<R>; readable: ReadableStream<T> }): ReadableStream<T>;
  pipeTo(destination: WritableStream<R>): Promise<void>;
  cancel(reason?: unknown): Promise<void>;
}
interface WritableStreamDefaultWriter<W> {
  write(chunk: W): Promise<void>;
  close(): Promise<void>;
  releaseLock(): void;
}
interface WritableStream<W = unknown> {
  getWriter(): WritableStreamDefaultWriter<W>;
  close(): Promise<void>;
  abort(reason?: unknown): Promise<void>;
}
declare const WritableStream: {
  prototype: WritableStream;
  new <W = unknown>(sink?: { write?(chunk: W): void | Promise<void>; close?(): void | Promise<void> }): WritableStream<W>;
};

type CompressionFormat = 'deflate' | 'deflate-raw' | 'gzip';
interface DecompressionStream {
  readonly readable: ReadableStream<Uint8Array<ArrayBuffer>>;
  readonly writable: WritableStream<HostBytes>;
}
declare const DecompressionStream: { prototype: DecompressionStream; new (format: CompressionFormat): DecompressionStream };
interface CompressionStream {
  readonly readable: ReadableStream<Uint8Array<ArrayBuffer>>;
  readonly writable: WritableStream<HostBytes>;
}
declare const CompressionStream: { prototype: CompressionStream; new (format: CompressionFormat): CompressionStream };

// --- Blob: archives and packages are handed over as blobs ---------------------------------------------------

interface Blob {
  readonly size: number;
  readonly type: string;
  slice(start?: number, end?: number, contentType?: string): Blob;
  arrayBuffer(): Promise<ArrayBuffer>;
  stream(): ReadableStream<Uint8Array<ArrayBuffer>>;
  text(): Promise<string>;
}
declare const Blob: { prototype: Blob; new (parts?: Array<HostBytes | Blob | string>, options?: { type?: string }): Blob };

// --- Cancellation -------------------------------------------------------------------------------------------

interface AbortSignal {
  readonly aborted: boolean;
  readonly reason: unknown;
  throwIfAborted(): void;
}

// --- Web Crypto: protocol checksums and signatures, encrypted PDFs, the key's secret ----------------------

interface CryptoKey {
  readonly type: string;
  readonly extractable: boolean;
}
type HostAlgorithm = string | { name: string; hash?: string; iv?: HostBytes };
interface SubtleCrypto {
  digest(algorithm: HostAlgorithm, data: HostBytes): Promise<ArrayBuffer>;
  importKey(format: 'raw', keyData: HostBytes, algorithm: HostAlgorithm, extractable: boolean, usages: string[]): Promise<CryptoKey>;
  sign(algorithm: HostAlgorithm, key: CryptoKey, data: HostBytes): Promise<ArrayBuffer>;
  encrypt(algorithm: HostAlgorithm, key: CryptoKey, data: HostBytes): Promise<ArrayBuffer>;
  decrypt(algorithm: HostAlgorithm, key: CryptoKey, data: HostBytes): Promise<ArrayBuffer>;
}
interface Crypto {
  readonly subtle: SubtleCrypto;
  getRandomValues<T extends ArrayBufferView>(array: T): T;
}
declare const crypto: Crypto;
