/**
 * The few parts of a zip file an xlsx reader needs: the central directory
 * (names, methods, sizes, offsets) read once, and an entry inflated only when
 * asked for. Every offset and size is checked against the buffer, so a broken
 * or hostile file ends in a thrown Error, never a hang or a read past the end.
 * All entries of one archive together may inflate to at most `maxTotal` bytes
 * (zip bombs): inflateBudget of the archive's size unless told otherwise. Each entry's
 * CRC-32 is checked against the central directory: a part damaged in transfer is named
 * instead of being read as other data. Inflating, CRC-32 and names' UTF-8 come from the byte
 * platform: Node's zlib for the command line, fflate in the add-in (../bytes).
 */
import { platform } from "../bytes/platform";
import { InflateLimitError } from "../bytes/contract";
import { tableCrc32 } from "../bytes/crc32-table";

/** Any archive may inflate to 256 MB: a school's workbook needs a few hundred KB. */
export const DEFAULT_MAX_INFLATED = 256 * 2 ** 20;
/**
 * A larger archive may inflate to this many times its size: real xlsx packages
 * inflate 5–20× (the 10,000-school report: 118 MB → 982 MB, 8.3×), zip bombs by
 * hundreds to millions.
 */
export const MAX_INFLATE_RATIO = 32;
/** Never more than 2 GB of parts from one archive, whatever its size. */
export const MAX_INFLATED_CAP = 2 * 2 ** 30;

/**
 * How much one archive may inflate to. A fixed 256 MB refused the project's own
 * municipality workbook from ~4,000 schools on (issue 11: at 1,500 schools the
 * parts the report reads are ~92 MB).
 */
export function inflateBudget(archiveBytes: number): number {
  return Math.max(
    DEFAULT_MAX_INFLATED,
    Math.min(MAX_INFLATED_CAP, archiveBytes * MAX_INFLATE_RATIO)
  );
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

interface Entry {
  crc: number;
  method: number;
  flags: number;
  compressed: number;
  size: number;
  localOffset: number;
}

export class ZipArchive {
  private readonly entries = new Map<string, Entry>();
  private inflated = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly maxTotal = inflateBudget(bytes.byteLength)
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.readDirectory();
  }

  private readonly view: DataView;

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** Name, CRC-32 and size of every entry, from the central directory (nothing inflated). */
  stamps(): { name: string; crc: number; size: number }[] {
    return [...this.entries].map(([name, e]) => ({ name, crc: e.crc, size: e.size }));
  }

  /** The entry's bytes, inflated; null when there is no such entry. */
  read(name: string): Uint8Array | null {
    const entry = this.entries.get(name);
    if (!entry) return null;
    if (entry.flags & 1) throw new Error(`zip: зашифрованная часть ${name}`);
    const at = entry.localOffset;
    this.need(at, 30);
    if (this.view.getUint32(at, true) !== LOCAL)
      throw new Error(`zip: нет заголовка части ${name}`);
    const start = at + 30 + this.view.getUint16(at + 26, true) + this.view.getUint16(at + 28, true);
    this.need(start, entry.compressed);
    const data = this.bytes.subarray(start, start + entry.compressed);
    const budget = this.maxTotal - this.inflated;
    let out: Uint8Array;
    if (entry.method === STORED) out = data;
    else if (entry.method === DEFLATED) out = inflate(data, entry.size, budget, name);
    else throw new Error(`zip: неизвестный метод сжатия ${entry.method} (${name})`);
    if (out.length > budget) throw new Error("zip: распакованные данные слишком велики");
    if (crc32(out) !== entry.crc)
      throw new Error(`zip: часть ${name} повреждена (не совпадает контрольная сумма CRC-32)`);
    this.inflated += out.length;
    return out;
  }

  private readDirectory(): void {
    const eocd = this.findEndRecord();
    let count = this.view.getUint16(eocd + 10, true);
    let size = this.view.getUint32(eocd + 12, true);
    let offset = this.view.getUint32(eocd + 16, true);
    if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
      ({ count, size, offset } = this.zip64End(eocd));
    }
    this.need(offset, size);
    const text = platform.text(this.bytes);
    let at = offset;
    for (let i = 0; i < count; i += 1) {
      this.need(at, 46);
      if (this.view.getUint32(at, true) !== CENTRAL) throw new Error("zip: повреждён каталог");
      const nameLength = this.view.getUint16(at + 28, true);
      const extraLength = this.view.getUint16(at + 30, true);
      const commentLength = this.view.getUint16(at + 32, true);
      this.need(at + 46, nameLength + extraLength + commentLength);
      const name = text.utf8(at + 46, at + 46 + nameLength);
      const entry: Entry = {
        crc: this.view.getUint32(at + 16, true),
        flags: this.view.getUint16(at + 8, true),
        method: this.view.getUint16(at + 10, true),
        compressed: this.view.getUint32(at + 20, true),
        size: this.view.getUint32(at + 24, true),
        localOffset: this.view.getUint32(at + 42, true),
      };
      this.applyZip64Extra(entry, at + 46 + nameLength, extraLength);
      // Some writers store names with a leading slash or backslashes.
      this.entries.set(name.replace(/\\/g, "/").replace(/^\//, ""), entry);
      at += 46 + nameLength + extraLength + commentLength;
    }
  }

  /** The end-of-central-directory record: the last 22 bytes, or earlier when a comment follows. */
  private findEndRecord(): number {
    const last = this.bytes.length - 22;
    const first = Math.max(0, last - 0xffff);
    for (let at = last; at >= first; at -= 1) {
      if (this.bytes[at] === 0x50 && this.view.getUint32(at, true) === EOCD) return at;
    }
    throw new Error("zip: не найден каталог архива");
  }

  private zip64End(eocd: number): { count: number; size: number; offset: number } {
    const locator = eocd - 20;
    this.need(locator, 20);
    if (this.view.getUint32(locator, true) !== EOCD64_LOCATOR)
      throw new Error("zip: повреждён каталог");
    const at = this.safeNumber(this.view.getBigUint64(locator + 8, true));
    this.need(at, 56);
    if (this.view.getUint32(at, true) !== EOCD64) throw new Error("zip: повреждён каталог");
    return {
      count: this.safeNumber(this.view.getBigUint64(at + 32, true)),
      size: this.safeNumber(this.view.getBigUint64(at + 40, true)),
      offset: this.safeNumber(this.view.getBigUint64(at + 48, true)),
    };
  }

  /** Zip64 keeps the real sizes and offset in extra field 0x0001 when the 32-bit ones are full. */
  private applyZip64Extra(entry: Entry, start: number, length: number): void {
    const end = start + length;
    for (let at = start; at + 4 <= end;) {
      const id = this.view.getUint16(at, true);
      const size = this.view.getUint16(at + 2, true);
      if (id === 1) {
        let p = at + 4;
        const next = (): bigint => {
          if (p + 8 > at + 4 + size) throw new Error("zip: повреждён каталог");
          p += 8;
          return this.view.getBigUint64(p - 8, true);
        };
        // The uncompressed size comes first when present: a hint to the inflater (the budget caps output).
        if (entry.size === 0xffffffff) entry.size = Number(next());
        if (entry.compressed === 0xffffffff) entry.compressed = this.safeNumber(next());
        if (entry.localOffset === 0xffffffff) entry.localOffset = this.safeNumber(next());
        return;
      }
      at += 4 + size;
    }
  }

  private safeNumber(value: bigint): number {
    if (value > BigInt(this.bytes.length)) throw new Error("zip: повреждён каталог");
    return Number(value);
  }

  private need(at: number, length: number): void {
    if (at < 0 || length < 0 || at + length > this.bytes.length)
      throw new Error("zip: архив обрезан или повреждён");
  }
}

function inflate(data: Uint8Array, size: number, budget: number, name: string): Uint8Array {
  try {
    return platform.inflateRaw(data, size, Math.max(1, budget));
  } catch (e) {
    if (e instanceof InflateLimitError) throw e;
    throw new Error(`zip: не удалось распаковать ${name}`);
  }
}

export function crc32(data: Uint8Array): number {
  return platform.crc32(data);
}

/** The plain-JavaScript CRC-32 the add-in uses (kept here for the tests that compare it). */
export { tableCrc32 };
