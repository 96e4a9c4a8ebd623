/**
 * What Excel writes for a workbook with a password to open: not a zip but an
 * OLE compound file (MS-CFB, version 3, 512-byte sectors) holding the streams
 * `EncryptionInfo` and `EncryptedPackage` (MS-OFFCRYPTO). The streams' bytes
 * here are random (no real key), the container is laid out as the spec says:
 * header, one FAT sector, one directory sector, then each stream's sectors.
 */
import { randomBytes } from "node:crypto";

const SECTOR = 512;
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
/** Streams of at least 4,096 bytes live in ordinary sectors (no mini stream needed). */
const STREAM_SIZE = 4096;

function dirEntry(
  name: string,
  type: number,
  start: number,
  size: number,
  child = FREE,
  right = FREE
): Buffer {
  const e = Buffer.alloc(128);
  e.write(name, 0, "utf16le");
  e.writeUInt16LE((name.length + 1) * 2, 0x40);
  e.writeUInt8(type, 0x42);
  e.writeUInt8(1, 0x43); // black
  e.writeUInt32LE(FREE, 0x44); // left sibling
  e.writeUInt32LE(right, 0x48);
  e.writeUInt32LE(child, 0x4c);
  e.writeUInt32LE(start, 0x74);
  e.writeUInt32LE(size, 0x78);
  return e;
}

export function encryptedWorkbookBytes(): Buffer {
  const perStream = STREAM_SIZE / SECTOR;
  const infoStart = 2;
  const packageStart = infoStart + perStream;
  const sectors = packageStart + perStream;

  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 0x18); // minor version
  header.writeUInt16LE(0x0003, 0x1a); // major version 3
  header.writeUInt16LE(0xfffe, 0x1c); // little endian
  header.writeUInt16LE(9, 0x1e); // sector shift: 512
  header.writeUInt16LE(6, 0x20); // mini sector shift: 64
  header.writeUInt32LE(1, 0x2c); // FAT sectors
  header.writeUInt32LE(1, 0x30); // first directory sector
  header.writeUInt32LE(STREAM_SIZE, 0x38); // mini stream cutoff
  header.writeUInt32LE(END_OF_CHAIN, 0x3c); // no mini FAT
  header.writeUInt32LE(END_OF_CHAIN, 0x44); // no DIFAT sectors
  header.writeUInt32LE(0, 0x4c); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i += 1) header.writeUInt32LE(FREE, 0x4c + i * 4);

  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FAT_SECTOR, 0);
  fat.writeUInt32LE(END_OF_CHAIN, 4);
  for (const start of [infoStart, packageStart])
    for (let s = start; s < start + perStream; s += 1)
      fat.writeUInt32LE(s === start + perStream - 1 ? END_OF_CHAIN : s + 1, s * 4);

  const directory = Buffer.concat([
    dirEntry("Root Entry", 5, END_OF_CHAIN, 0, 1),
    dirEntry("EncryptionInfo", 2, infoStart, STREAM_SIZE, FREE, 2),
    dirEntry("EncryptedPackage", 2, packageStart, STREAM_SIZE),
    Buffer.alloc(128),
  ]);
  const data = randomBytes((sectors - 2) * SECTOR);
  return Buffer.concat([header, fat, directory, data]);
}
