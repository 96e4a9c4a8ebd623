/**
 * The byte platform in the add-in's webviews (Edge WebView2, Safari's WKWebView, Chromium):
 * fflate inflates and deflates (plain JavaScript, maintained, no Node built-ins), CRC-32 from a
 * table, TextDecoder/TextEncoder for text. Chosen over DecompressionStream("deflate-raw"): it is
 * synchronous like the reader, works in every webview the pane supports, and inflated the parts
 * of 300 school files about ten times faster in Chromium (docs/decisions/reader.md, "In the
 * task pane").
 */
import { Deflate, Inflate, inflateSync, type DeflateOptions } from "fflate";
import { tableCrc32 } from "./crc32-table";
import {
  concatBytes,
  InflateLimitError,
  type BytePlatform,
  type ByteText,
  type Deflater,
} from "./contract";

/** DEFLATE's largest expansion: a 258-byte match costs at least 2 bits. */
const MAX_DEFLATE_RATIO = 1032;
/** Compressed input handed to the streaming inflater at a time when a bomb is possible. */
const SLICE = 64 << 10;

const latin1Decoder = new TextDecoder("latin1");
const utf8Decoder = new TextDecoder("utf-8", { ignoreBOM: true });
const utf8Encoder = new TextEncoder();

function inflateRaw(data: Uint8Array, size: number, limit: number): Uint8Array {
  if (data.length * MAX_DEFLATE_RATIO > limit) return inflateInSlices(data, limit);
  // Data this short cannot inflate past the limit, whatever it holds: one call, into a buffer
  // of the size the directory gives plus one byte, which tells a directory that says too little
  // (then once more, letting fflate grow its buffer: what a wrong size costs, never a wrong read).
  if (size < limit) {
    const out = inflateSync(data, { out: new Uint8Array(size + 1) });
    if (out.length <= size) return out;
  }
  return inflateSync(data);
}

/** A large part: inflated a slice at a time, stopped as soon as the output passes the limit. */
function inflateInSlices(data: Uint8Array, limit: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) throw new InflateLimitError();
    chunks.push(chunk);
  });
  // The last slice is pushed as final: data that ends before the stream does throws there.
  for (let at = 0; at < data.length; at += SLICE) {
    const end = Math.min(data.length, at + SLICE);
    inflate.push(data.subarray(at, end), end === data.length);
  }
  return concatBytes(chunks);
}

function deflater(level: number): Deflater {
  const chunks: Uint8Array[] = [];
  const deflate = new Deflate({ level: level as DeflateOptions["level"] }, (chunk) =>
    chunks.push(chunk)
  );
  return {
    async push(bytes) {
      deflate.push(bytes);
    },
    async finish() {
      deflate.push(new Uint8Array(0), true);
      return concatBytes(chunks);
    },
  };
}

function text(bytes: Uint8Array): ByteText {
  return {
    latin1: (start, end) => latin1Decoder.decode(bytes.subarray(start, end)),
    utf8: (start, end) => utf8Decoder.decode(bytes.subarray(start, end)),
    indexOf: (ascii, from) => indexOfAscii(bytes, ascii, from),
  };
}

function indexOfAscii(bytes: Uint8Array, ascii: string, from: number): number {
  const first = ascii.charCodeAt(0);
  for (let at = bytes.indexOf(first, from); at !== -1; at = bytes.indexOf(first, at + 1)) {
    let i = 1;
    while (i < ascii.length && bytes[at + i] === ascii.charCodeAt(i)) i += 1;
    if (i === ascii.length) return at;
  }
  return -1;
}

/** UTF-8 into the buffer; Safari before 14.1 has no encodeInto. */
function encodeUtf8Into(value: string, target: Uint8Array, at: number): number {
  if (typeof utf8Encoder.encodeInto === "function")
    return utf8Encoder.encodeInto(value, target.subarray(at)).written;
  const bytes = utf8Encoder.encode(value);
  target.set(bytes, at);
  return bytes.length;
}

export const platform: BytePlatform = {
  inflateRaw,
  crc32: tableCrc32,
  deflater,
  text,
  allocate: (length) => new Uint8Array(length),
  encodeUtf8Into,
};
