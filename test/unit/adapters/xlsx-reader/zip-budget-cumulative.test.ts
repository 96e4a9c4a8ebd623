/**
 * The inflate budget is per archive, not per entry: many parts that are each
 * under the budget, together over it, are refused (a bomb spread over entries).
 */
import { zipSync } from "fflate";
import { ZipArchive } from "../../../../src/adapters/xlsx-reader/zip";

const KB = 1024;

function archive(entries: Record<string, number>, level: 0 | 6): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, size] of Object.entries(entries)) files[name] = new Uint8Array(size).fill(65);
  return zipSync(files, { level });
}

describe("zip inflate budget", () => {
  it.each([
    ["deflated", 6],
    ["stored", 0],
  ] as const)("counts every %s entry read against one budget for the archive", (_, level) => {
    const zip = new ZipArchive(archive({ "a.xml": 60 * KB, "b.xml": 60 * KB }, level), 100 * KB);
    expect(zip.read("a.xml")).toHaveLength(60 * KB);
    expect(() => zip.read("b.xml")).toThrow(/слишком велики/);
  });

  it("counts a part read twice twice", () => {
    const zip = new ZipArchive(archive({ "a.xml": 60 * KB }, 6), 100 * KB);
    expect(zip.read("a.xml")).toHaveLength(60 * KB);
    expect(() => zip.read("a.xml")).toThrow(/слишком велики/);
  });

  it("lets parts through while their sum stays within the budget", () => {
    const zip = new ZipArchive(archive({ "a.xml": 40 * KB, "b.xml": 40 * KB }, 6), 100 * KB);
    expect(zip.read("a.xml")).toHaveLength(40 * KB);
    expect(zip.read("b.xml")).toHaveLength(40 * KB);
  });
});
