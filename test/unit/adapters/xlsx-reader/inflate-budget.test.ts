/**
 * Issue 11: a fixed 256 MB inflate cap per archive refused the project's own
 * municipality workbook from about 4,000 schools on. The cap now grows with
 * the archive (MAX_INFLATE_RATIO), from the same 256 MB floor, to 2 GB at most.
 */
import { randomBytes } from "node:crypto";
import { crc32, createDeflateRaw } from "node:zlib";
import {
  DEFAULT_MAX_INFLATED,
  inflateBudget,
  MAX_INFLATED_CAP,
  ZipArchive,
} from "../../../../src/adapters/xlsx-reader/zip";

const MB = 2 ** 20;

/** Raw deflate of `random` random bytes then `zeros` MB of zeros (never held whole), with the CRC-32 of what it inflates to. */
async function deflated(random: number, zeros: number): Promise<{ data: Buffer; crc: number }> {
  const chunks: Buffer[] = [];
  const z = createDeflateRaw();
  z.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => z.on("end", resolve));
  const head = randomBytes(random);
  let crc = crc32(head);
  z.write(head);
  const zero = Buffer.alloc(MB);
  for (let i = 0; i < zeros; i++) {
    z.write(zero);
    crc = crc32(zero, crc);
  }
  z.end();
  await done;
  return { data: Buffer.concat(chunks), crc };
}

/** A zip of one deflated entry (the central directory as the reader needs it). */
function oneEntryZip(
  name: string,
  { data, crc }: { data: Buffer; crc: number },
  size: number
): Uint8Array {
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(local.length + nameBytes.length + data.length, 16);
  return new Uint8Array(Buffer.concat([local, nameBytes, data, central, nameBytes, end]));
}

describe("how much one archive may inflate to", () => {
  it("is 256 MB for a school's file, 32× the archive above that, 2 GB at most", () => {
    expect(inflateBudget(40_000)).toBe(DEFAULT_MAX_INFLATED);
    expect(inflateBudget(20 * MB)).toBe(640 * MB);
    // The 10,000-school report: 118 MB holding 982 MB of parts.
    expect(inflateBudget(118 * MB)).toBe(MAX_INFLATED_CAP);
    expect(inflateBudget(118 * MB)).toBeGreaterThan(982 * MB);
  });

  it("lets a 9 MB archive inflate to 265 MB, which the old fixed 256 MB refused", async () => {
    const data = await deflated(9 * MB, 256);
    const zip = oneEntryZip("xl/worksheets/sheet2.xml", data, 265 * MB);
    expect(zip.length).toBeGreaterThan(9 * MB);
    expect(() =>
      new ZipArchive(zip, DEFAULT_MAX_INFLATED).read("xl/worksheets/sheet2.xml")
    ).toThrow(/слишком велики/);
    expect(new ZipArchive(zip).read("xl/worksheets/sheet2.xml")).toHaveLength(265 * MB);
  });

  it("still refuses a small archive that inflates past 256 MB (a zip bomb)", async () => {
    const data = await deflated(0, 300);
    const zip = oneEntryZip("bomb.xml", data, 300 * MB);
    expect(zip.length).toBeLessThan(MB);
    expect(() => new ZipArchive(zip).read("bomb.xml")).toThrow(/слишком велики/);
  });
});
