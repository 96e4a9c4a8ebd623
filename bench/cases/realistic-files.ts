/**
 * School files for the bench in the generator's realistic mode (every
 * validation code and recommendation rule fires at real-world rates), written
 * into a folder, made in parts of 500 schools so that a 10,000-school
 * municipality never sits in memory whole. Files already there are kept.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { demoSchoolSheets } from "../../src/app/demo/school-sheets";
import { generateMunicipality } from "../../src/core/demo";
import type { WorkbookPort } from "../../src/port/workbook-port";

export type FileBook = WorkbookPort & { toBuffer(): Promise<Uint8Array> };

const PART = 500;

export async function writeRealisticFiles(
  dir: string,
  count: number,
  create: () => FileBook,
  seed = 7
): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const have = new Set(readdirSync(dir).filter((f) => f.endsWith(".xlsx")));
  for (let first = 0; first < count && have.size < count; first += PART) {
    const part = generateMunicipality({
      schools: Math.min(PART, count - first),
      seed: seed + first / PART,
      realistic: true,
      first,
    });
    for (const school of part) {
      const path = join(dir, school.fileName);
      if (have.has(school.fileName) || existsSync(path)) continue;
      const book = create();
      for (const sheet of demoSchoolSheets(school)) await book.writeSheet(sheet);
      writeFileSync(path, await book.toBuffer());
      have.add(school.fileName);
    }
  }
  return readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .slice(0, count)
    .map((f) => join(dir, f));
}
