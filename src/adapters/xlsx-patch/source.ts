/**
 * The existing package, read with yauzl (a maintained zip reader): its
 * entries in archive order with their compressed bytes, which are copied to
 * the new package as they are, and the few XML parts the patch must read,
 * inflated on demand within a size budget (zip bombs) and checked against
 * their CRC-32.
 */
import { fromBufferPromise } from "yauzl";
import { crc32, inflateRawSync } from "node:zlib";
import { PatchError } from "./patch-error";

/** The XML parts the patch reads are small; 256 MB total is far above any real workbook's. */
const MAX_INFLATED = 256 * 2 ** 20;
const STORED = 0;
const DEFLATED = 8;

export interface SourceEntry {
  name: string;
  method: number;
  crc: number;
  size: number;
  /** The entry's bytes as stored in the archive (compressed). */
  data: Buffer;
}

export class SourcePackage {
  private inflated = 0;

  private constructor(private readonly entries: Map<string, SourceEntry>) {}

  static async open(bytes: Uint8Array): Promise<SourcePackage> {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const entries = new Map<string, SourceEntry>();
    try {
      const zip = await fromBufferPromise(buffer, { lazyEntries: true, strictFileNames: false });
      for await (const entry of zip.eachEntry()) {
        if (entry.fileName.endsWith("/")) continue;
        if (entry.isEncrypted()) throw new PatchError(`часть ${entry.fileName} зашифрована`);
        const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
        const end = fileDataStart + entry.compressedSize;
        if (end > buffer.length) throw new PatchError(`часть ${entry.fileName} обрезана`);
        const name = entry.fileName.replace(/\\/g, "/").replace(/^\//, "");
        entries.set(name, {
          name,
          method: entry.compressionMethod,
          crc: entry.crc32,
          size: entry.uncompressedSize,
          data: buffer.subarray(fileDataStart, end),
        });
      }
    } catch (e) {
      if (e instanceof PatchError) throw e;
      throw new PatchError("архив книги повреждён (каталог zip не читается)");
    }
    return new SourcePackage(entries);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  entry(name: string): SourceEntry | undefined {
    return this.entries.get(name);
  }

  /** The part's text (UTF-8, BOM dropped), or null when the package has no such part. */
  text(name: string): string | null {
    const entry = this.entries.get(name);
    if (!entry) return null;
    const budget = MAX_INFLATED - this.inflated;
    if (entry.size > budget) throw new PatchError(`часть ${name} слишком велика`);
    let bytes: Buffer;
    if (entry.method === STORED) bytes = entry.data;
    else if (entry.method === DEFLATED) {
      try {
        bytes = inflateRawSync(entry.data, { maxOutputLength: Math.max(1, entry.size) });
      } catch {
        throw new PatchError(`часть ${name} не распаковывается`);
      }
    } else throw new PatchError(`часть ${name} сжата неизвестным методом ${entry.method}`);
    if (bytes.length !== entry.size || crc32(bytes) >>> 0 !== entry.crc >>> 0)
      throw new PatchError(`часть ${name} повреждена (не сходится контрольная сумма)`);
    this.inflated += bytes.length;
    const text = bytes.toString("utf8");
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
}
