/**
 * The port contract for the writer of existing workbooks: every case is written into a
 * workbook Microsoft Excel saved (two sheets with notes), and the person's sheets must come
 * out as they were, beside what the case wrote.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XlsxPatchWorkbook } from "../../src/adapters/xlsx-patch/patch-workbook";
import { XlsxReadOnlyWorkbook } from "../../src/adapters/xlsx-reader/workbook";
import type { Grid } from "../../src/core/model";
import { inspectXlsx } from "../support/xlsx-inspect";
import { describeContract } from "./cases";
import { observeFile } from "./file-observed";
import type { Observed } from "./observed";

const EXISTING = readFileSync(join(__dirname, "../fixtures/patch/excel-comments.xlsx"));
const PEOPLE = ["Sheet1", "Sheet2"];

/** The person's sheets: values, and the notes Excel wrote. */
async function people(bytes: Uint8Array): Promise<[Grid, Record<string, string>][]> {
  const book = XlsxReadOnlyWorkbook.open(bytes);
  const file = await inspectXlsx(bytes);
  const out: [Grid, Record<string, string>][] = [];
  for (const name of PEOPLE) out.push([await book.readSheet(name), file.sheet(name).notes]);
  return out;
}

const before = people(EXISTING);

/** The case's view: the person's sheets checked unchanged, then left out. */
async function observe(bytes: Uint8Array): Promise<Observed> {
  const seen = await observeFile(bytes);
  expect(seen.sheetNames.slice(0, PEOPLE.length)).toEqual(PEOPLE);
  const was = await before;
  expect(was.every(([grid, notes]) => grid.length > 0 && Object.keys(notes).length > 0)).toBe(true);
  expect(await people(bytes)).toEqual(was);
  return { ...seen, sheetNames: seen.sheetNames.filter((n) => !PEOPLE.includes(n)) };
}

describeContract("XlsxPatchWorkbook", {
  create: () => XlsxPatchWorkbook.open(EXISTING),
  observe: async (port) => observe(await (port as XlsxPatchWorkbook).toBuffer()),
  marks: false,
  writesFile: true,
});
