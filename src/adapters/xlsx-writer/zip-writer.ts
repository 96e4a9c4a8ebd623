/**
 * A small ZIP container writer for the .xlsx package: every part is deflated as its text is
 * produced, so only compressed bytes are kept. Deflate and CRC-32 come from the byte platform
 * (../bytes): Node's zlib for the command line (native, deflating on a worker thread, far faster
 * than a JavaScript deflate on a 4-million-cell report), fflate in the add-in's webviews.
 * ZIP64 is not written: the parts of a report stay far below 4 GB; a larger one is refused with
 * a clear message rather than written broken.
 */
import { concatBytes } from "../bytes/contract";
import { platform } from "../bytes/platform";

interface Entry {
  name: Uint8Array;
  crc: number;
  size: number;
  compressedSize: number;
  offset: number;
}

const LIMIT = 0xffffffff;
/** DOS date of 1980-01-01 00:00: the parts carry no meaningful time. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
/** Speed over the last few per cent of size: the report's XML compresses well at any level. */
const LEVEL = 4;
const CHUNK = 1 << 20;
const utf8 = new TextEncoder();
const names = new TextDecoder();

export class ZipWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly entries: Entry[] = [];
  private offset = 0;

  /** Adds one part whose text arrives in pieces (deflatePieces). */
  async add(name: string, pieces: Iterable<string>): Promise<void> {
    const part = await deflatePieces(pieces);
    this.push(name, part.crc, part.size, part.compressed);
  }

  /** Name, CRC-32 and size of the parts added so far (for the package's fingerprint). */
  stamps(): { name: string; crc: number; size: number }[] {
    return this.entries.map((e) => ({ name: names.decode(e.name), crc: e.crc, size: e.size }));
  }

  /** The finished package: local entries, central directory, end record. */
  finish(): Uint8Array {
    const start = this.offset;
    for (const e of this.entries) this.write(centralHeader(e));
    const size = this.offset - start;
    if (this.entries.length > 0xffff || start > LIMIT) throw tooLarge();
    const end = new Uint8Array(22);
    const view = new DataView(end.buffer);
    view.setUint32(0, 0x06054b50, true);
    view.setUint16(8, this.entries.length, true);
    view.setUint16(10, this.entries.length, true);
    view.setUint32(12, size, true);
    view.setUint32(16, start, true);
    this.write(end);
    return concatBytes(this.chunks);
  }

  private push(name: string, crc: number, size: number, compressed: Uint8Array): void {
    if (size > LIMIT || this.offset > LIMIT) throw tooLarge();
    const entry: Entry = {
      name: utf8.encode(name),
      crc,
      size,
      compressedSize: compressed.length,
      offset: this.offset,
    };
    this.entries.push(entry);
    this.write(localHeader(entry));
    this.write(compressed);
  }

  private write(bytes: Uint8Array): void {
    this.chunks.push(bytes);
    this.offset += bytes.length;
  }
}

/** A part deflated as its text is produced. */
export interface DeflatedPart {
  crc: number;
  /** Uncompressed size in bytes. */
  size: number;
  compressed: Uint8Array;
}

/**
 * Deflates a part whose text arrives in pieces (a row of cells, say). Pieces
 * are encoded into megabyte buffers: converting a few large strings made of
 * thousands of concatenations costs far more than writing small ones.
 */
export async function deflatePieces(pieces: Iterable<string>): Promise<DeflatedPart> {
  const deflate = platform.deflater(LEVEL);
  let crc = 0;
  let size = 0;
  const send = async (bytes: Uint8Array) => {
    crc = platform.crc32(bytes, crc);
    size += bytes.length;
    await deflate.push(bytes);
  };
  let buffer = platform.allocate(CHUNK);
  let used = 0;
  for (const piece of pieces) {
    // A UTF-16 unit takes at most 3 bytes in UTF-8.
    if (piece.length * 3 > CHUNK - used) {
      if (used > 0) await send(buffer.subarray(0, used));
      buffer = platform.allocate(CHUNK);
      used = 0;
      if (piece.length * 3 > CHUNK) {
        await send(utf8.encode(piece));
        continue;
      }
    }
    used += platform.encodeUtf8Into(piece, buffer, used);
  }
  if (used > 0) await send(buffer.subarray(0, used));
  return { crc, size, compressed: await deflate.finish() };
}

function tooLarge(): Error {
  return new Error("Книга слишком велика для записи (больше 4 ГБ)");
}

/**
 * The fields local and central headers share, in the same order: version
 * needed 2.0, flag 0x0800 (names are UTF-8), method 8 (deflate), time, date,
 * CRC-32, sizes, name length, no extra field.
 */
function commonFields(h: DataView, at: number, e: Entry): void {
  h.setUint16(at, 20, true);
  h.setUint16(at + 2, 0x0800, true);
  h.setUint16(at + 4, 8, true);
  h.setUint16(at + 6, 0, true);
  h.setUint16(at + 8, DOS_DATE, true);
  h.setUint32(at + 10, e.crc >>> 0, true);
  h.setUint32(at + 14, e.compressedSize, true);
  h.setUint32(at + 18, e.size, true);
  h.setUint16(at + 22, e.name.length, true);
  h.setUint16(at + 24, 0, true);
}

/** A header of `length` bytes followed by the entry's name. */
function header(length: number, e: Entry, fill: (h: DataView) => void): Uint8Array {
  const out = new Uint8Array(length + e.name.length);
  fill(new DataView(out.buffer, 0, length));
  out.set(e.name, length);
  return out;
}

function localHeader(e: Entry): Uint8Array {
  return header(30, e, (h) => {
    h.setUint32(0, 0x04034b50, true);
    commonFields(h, 4, e);
  });
}

function centralHeader(e: Entry): Uint8Array {
  return header(46, e, (h) => {
    h.setUint32(0, 0x02014b50, true);
    h.setUint16(4, 20, true); // made by: 2.0
    commonFields(h, 6, e);
    h.setUint32(42, e.offset, true);
  });
}
