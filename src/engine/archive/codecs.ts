/**
 * The two byte-crunching steps of reading an archive, which a platform may do faster natively: the CLI hands
 * in Node's zlib (src/cli/nodeCodecs.ts); without them the reader uses its own CRC-32 and the platform's
 * DecompressionStream, as in the pane. Both must give the same bytes and the same verdicts.
 */
export interface ArchiveCodecs {
  /** CRC-32 (IEEE, as in ZIP) of the bytes, unsigned. */
  crc32(bytes: Uint8Array): number;
  /**
   * Inflates raw DEFLATE data. Resolves null when the output would exceed `maxBytes` (a bomb, whatever the
   * header says); rejects when the data is damaged or truncated. `expectedBytes`, the size the archive
   * declares, is only a hint for sizing buffers: the header may lie.
   */
  inflateRaw(compressed: Uint8Array, maxBytes: number, expectedBytes: number): Promise<Uint8Array<ArrayBuffer> | null>;
}
