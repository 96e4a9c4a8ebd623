/**
 * What the xlsx reader and writer need from the platform's bytes: inflate and deflate (raw
 * DEFLATE, as zip stores it), CRC-32, and text out of and into UTF-8. Two implementations:
 * `platform.ts` for Node (zlib and Buffer: native, what the command line runs on) and
 * `platform.browser.ts` for the add-in's webviews (fflate and TextDecoder/TextEncoder). The
 * browser bundles get the second through package.json's `browser` field (webpack and esbuild
 * both honour it); tsc, jest and the command line's build see only the first.
 */

/** The inflated data would pass the archive's budget: a zip bomb, or far more than a workbook. */
export class InflateLimitError extends Error {
  constructor() {
    super("zip: распакованные данные слишком велики");
  }
}

/** A raw DEFLATE stream made from bytes pushed in order. */
export interface Deflater {
  /**
   * Compresses these bytes after the ones pushed before; may wait while the deflater catches up.
   * The deflater may keep the array until finish(): the caller must not change it.
   */
  push(bytes: Uint8Array): Promise<void>;
  /** The whole compressed stream. */
  finish(): Promise<Uint8Array>;
}

/** A byte buffer read as text: a latin1 view (offsets are byte offsets) and UTF-8 slices. */
export interface ByteText {
  /** One character per byte: ASCII bytes as themselves, every other byte as a code above 127. */
  latin1(start: number, end: number): string;
  utf8(start: number, end: number): string;
  /** Where an ASCII text first occurs at or after `from`, or -1. */
  indexOf(ascii: string, from: number): number;
}

export interface BytePlatform {
  /**
   * Raw DEFLATE data inflated. `size` is what the zip's directory says it inflates to (a hint:
   * the CRC-32 check catches a lie); past `limit` bytes it throws InflateLimitError, having
   * never produced much more; damaged data throws another Error.
   */
  inflateRaw(data: Uint8Array, size: number, limit: number): Uint8Array;
  /** CRC-32 (zip's), continuing from `previous` when given. */
  crc32(data: Uint8Array, previous?: number): number;
  /** A raw DEFLATE stream at this level (1 fastest … 9 smallest). */
  deflater(level: number): Deflater;
  text(bytes: Uint8Array): ByteText;
  /** Room for `length` bytes that encodeUtf8Into can fill fastest. */
  allocate(length: number): Uint8Array;
  /** Writes `text` as UTF-8 into `target` at `at` (room for 3 bytes per UTF-16 unit); bytes written. */
  encodeUtf8Into(text: string, target: Uint8Array, at: number): number;
}

/** The bytes of several arrays one after another. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
