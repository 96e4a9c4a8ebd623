/**
 * A small ZIP container writer for the .xlsx package: every part is deflated
 * with Node's zlib (native, far faster than a JavaScript deflate) as its text
 * is produced, so only compressed bytes are kept. CRC-32 comes from zlib too.
 * ZIP64 is not written: the parts of a report stay far below 4 GB; a larger
 * one is refused with a clear message rather than written broken.
 */
import { crc32, createDeflateRaw } from "node:zlib";

interface Entry {
  name: Buffer;
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
/** Bytes of text waiting for the deflater before the writer waits for it. */
const IN_FLIGHT = 8 << 20;
const CHUNK = 1 << 20;

export class ZipWriter {
  private readonly chunks: Buffer[] = [];
  private readonly entries: Entry[] = [];
  private offset = 0;

  /** Adds one part whose text arrives in pieces (deflatePieces). */
  async add(name: string, pieces: Iterable<string>): Promise<void> {
    const part = await deflatePieces(pieces);
    this.push(name, part.crc, part.size, part.compressed);
  }

  /** Name, CRC-32 and size of the parts added so far (for the package's fingerprint). */
  stamps(): { name: string; crc: number; size: number }[] {
    return this.entries.map((e) => ({ name: e.name.toString("utf8"), crc: e.crc, size: e.size }));
  }

  /** The finished package: local entries, central directory, end record. */
  finish(): Uint8Array {
    const start = this.offset;
    for (const e of this.entries) this.write(centralHeader(e));
    const size = this.offset - start;
    if (this.entries.length > 0xffff || start > LIMIT) throw tooLarge();
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(size, 12);
    end.writeUInt32LE(start, 16);
    this.write(end);
    return Buffer.concat(this.chunks);
  }

  private push(name: string, crc: number, size: number, compressed: Buffer): void {
    if (size > LIMIT || this.offset > LIMIT) throw tooLarge();
    const entry: Entry = {
      name: Buffer.from(name, "utf8"),
      crc,
      size,
      compressedSize: compressed.length,
      offset: this.offset,
    };
    this.entries.push(entry);
    this.write(localHeader(entry));
    this.write(compressed);
  }

  private write(bytes: Buffer): void {
    this.chunks.push(bytes);
    this.offset += bytes.length;
  }
}

/** A part deflated as its text is produced. */
export interface DeflatedPart {
  crc: number;
  /** Uncompressed size in bytes. */
  size: number;
  compressed: Buffer;
}

/**
 * Deflates a part whose text arrives in pieces (a row of cells, say). Pieces
 * are encoded into megabyte buffers: converting a few large strings made of
 * thousands of concatenations costs far more than writing small ones.
 */
export async function deflatePieces(pieces: Iterable<string>): Promise<DeflatedPart> {
  const deflate = createDeflateRaw({ level: LEVEL, memLevel: 9 });
  const out: Buffer[] = [];
  deflate.on("data", (b: Buffer) => out.push(b));
  const ended = new Promise<void>((resolve, reject) => {
    deflate.on("end", resolve);
    deflate.on("error", reject);
  });
  let crc = 0;
  let size = 0;
  const send = async (bytes: Buffer) => {
    crc = crc32(bytes, crc);
    size += bytes.length;
    // zlib deflates on a worker thread: let a few buffers queue so the next one is made meanwhile.
    if (!deflate.write(bytes) && deflate.writableLength > IN_FLIGHT) {
      await new Promise((r) => deflate.once("drain", r));
    }
  };
  let buffer = Buffer.allocUnsafe(CHUNK);
  let used = 0;
  for (const piece of pieces) {
    // A UTF-16 unit takes at most 3 bytes in UTF-8.
    if (piece.length * 3 > CHUNK - used) {
      if (used > 0) await send(buffer.subarray(0, used));
      buffer = Buffer.allocUnsafe(CHUNK);
      used = 0;
      if (piece.length * 3 > CHUNK) {
        await send(Buffer.from(piece, "utf8"));
        continue;
      }
    }
    used += buffer.write(piece, used, "utf8");
  }
  if (used > 0) await send(buffer.subarray(0, used));
  deflate.end();
  await ended;
  return { crc, size, compressed: Buffer.concat(out) };
}

function tooLarge(): Error {
  return new Error("Книга слишком велика для записи (больше 4 ГБ)");
}

/**
 * The fields local and central headers share, in the same order: version
 * needed 2.0, flag 0x0800 (names are UTF-8), method 8 (deflate), time, date,
 * CRC-32, sizes, name length, no extra field.
 */
function commonFields(h: Buffer, at: number, e: Entry): void {
  h.writeUInt16LE(20, at);
  h.writeUInt16LE(0x0800, at + 2);
  h.writeUInt16LE(8, at + 4);
  h.writeUInt16LE(0, at + 6);
  h.writeUInt16LE(DOS_DATE, at + 8);
  h.writeUInt32LE(e.crc >>> 0, at + 10);
  h.writeUInt32LE(e.compressedSize, at + 14);
  h.writeUInt32LE(e.size, at + 18);
  h.writeUInt16LE(e.name.length, at + 22);
  h.writeUInt16LE(0, at + 24);
}

function localHeader(e: Entry): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  commonFields(h, 4, e);
  return Buffer.concat([h, e.name]);
}

function centralHeader(e: Entry): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(20, 4); // made by: 2.0
  commonFields(h, 6, e);
  h.writeUInt32LE(e.offset, 42);
  return Buffer.concat([h, e.name]);
}
