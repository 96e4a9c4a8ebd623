/**
 * The patched package's container, written by fflate's streaming Zip: every
 * entry is handed over already compressed — a copied part as the bytes the
 * workbook stored, a rewritten part as deflated by Node's zlib — so fflate
 * only frames them (local headers, data descriptors, central directory).
 */
import { Zip, type ZipInputFile } from "fflate";
import type { DeflatedPart } from "../xlsx-writer/zip-writer";
import { PatchError } from "./patch-error";
import type { SourceEntry } from "./source";

const DEFLATED = 8;
/** The parts carry no meaningful time (as the new-workbook writer). */
const MTIME = new Date(1980, 0, 1, 0, 0, 0);

export class PackageZip {
  private readonly chunks: Uint8Array[] = [];
  private failure: Error | null = null;
  private readonly zip = new Zip((error, data) => {
    if (error) this.failure = error;
    else this.chunks.push(data);
  });

  addRaw(entry: SourceEntry): void {
    this.add(entry.name, entry.method, entry.crc, entry.size, entry.data);
  }

  addDeflated(name: string, part: DeflatedPart): void {
    this.add(name, DEFLATED, part.crc, part.size, part.compressed);
  }

  finish(): Uint8Array {
    this.zip.end();
    if (this.failure) throw new PatchError("не удалось собрать архив книги");
    return Buffer.concat(this.chunks);
  }

  private add(name: string, method: number, crc: number, size: number, data: Uint8Array): void {
    if (size > 0xffffffff || data.length > 0xffffffff)
      throw new PatchError(`часть ${name} больше 4 ГБ`);
    const file: ZipInputFile = {
      filename: name,
      compression: method,
      crc: crc >>> 0,
      size,
      mtime: MTIME,
    };
    this.zip.add(file);
    file.ondata!(null, data as Uint8Array<ArrayBuffer>, true);
    if (this.failure) throw new PatchError(`часть ${name}: не удалось записать в архив`);
  }
}
