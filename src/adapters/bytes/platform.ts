/**
 * The byte platform on Node (the command line, the bench, jest): zlib inflates and deflates
 * natively, deflating on a worker thread while the next text is made; Buffer decodes and
 * encodes text. The add-in's bundles get platform.browser.ts instead (package.json `browser`).
 */
import * as zlib from "node:zlib";
import { tableCrc32 } from "./crc32-table";
import { InflateLimitError, type BytePlatform, type ByteText, type Deflater } from "./contract";

/** Bytes waiting for the deflater before push() waits for it. */
const IN_FLIGHT = 8 << 20;

/** zlib's own CRC-32 where Node has it (≥ 20.15, 22.2), else the table. */
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

function view(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

function inflateRaw(data: Uint8Array, _size: number, limit: number): Uint8Array {
  try {
    // maxOutputLength stops zlib itself: nothing larger is ever allocated.
    return zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, limit) });
  } catch (e) {
    if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw new InflateLimitError();
    throw e;
  }
}

function deflater(level: number): Deflater {
  const deflate = zlib.createDeflateRaw({ level, memLevel: 9 });
  const out: Buffer[] = [];
  deflate.on("data", (b: Buffer) => out.push(b));
  const ended = new Promise<void>((resolve, reject) => {
    deflate.on("end", resolve);
    deflate.on("error", reject);
  });
  return {
    async push(bytes) {
      // zlib deflates on a worker thread: let a few buffers queue so the next one is made meanwhile.
      if (!deflate.write(bytes) && deflate.writableLength > IN_FLIGHT) {
        await new Promise((r) => deflate.once("drain", r));
      }
    },
    async finish() {
      deflate.end();
      await ended;
      return Buffer.concat(out);
    },
  };
}

function text(bytes: Uint8Array): ByteText {
  const buf = view(bytes);
  return {
    latin1: (start, end) => buf.toString("latin1", start, end),
    utf8: (start, end) => buf.toString("utf8", start, end),
    indexOf: (ascii, from) => buf.indexOf(ascii, from, "latin1"),
  };
}

export const platform: BytePlatform = {
  inflateRaw,
  crc32: (data, previous = 0) =>
    nativeCrc32 ? nativeCrc32(data, previous) >>> 0 : tableCrc32(data, previous),
  deflater,
  text,
  allocate: (length) => Buffer.allocUnsafe(length),
  encodeUtf8Into: (value, target, at) => view(target).write(value, at, "utf8"),
};
