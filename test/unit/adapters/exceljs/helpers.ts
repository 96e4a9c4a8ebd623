/** Shared helpers of the workbook writer tests (ExcelJS adapter and the new-workbook writer). */
import { ExcelJsWorkbook } from "../../../../src/adapters/exceljs/exceljs-workbook";
import { XlsxBookWriter } from "../../../../src/adapters/xlsx-writer/xlsx-book-writer";
import type { SheetModel } from "../../../../src/port/sheet-model";
import type { WorkbookPort } from "../../../../src/port/workbook-port";
import { inspectXlsx, type InspectedWorkbook } from "../../../support/xlsx-inspect";

/** A workbook that can be written to and saved. */
export type NewBook = WorkbookPort & { toBuffer(): Promise<Uint8Array> };

/** Both writers of new workbooks: the feature tests run against each. */
export const WRITERS: [string, () => NewBook][] = [
  ["ExcelJS", () => ExcelJsWorkbook.create()],
  ["XlsxBookWriter", () => XlsxBookWriter.create()],
];

export async function saved(workbook: {
  toBuffer(): Promise<Uint8Array>;
}): Promise<InspectedWorkbook> {
  return inspectXlsx(await workbook.toBuffer());
}

/** Writes the sheets into a new workbook, saves, and inspects the package. */
export async function written(...sheets: SheetModel[]): Promise<InspectedWorkbook> {
  return writtenBy(() => ExcelJsWorkbook.create(), ...sheets);
}

export async function writtenBy(
  create: () => NewBook,
  ...sheets: SheetModel[]
): Promise<InspectedWorkbook> {
  const workbook = create();
  for (const sheet of sheets) await workbook.writeSheet(sheet);
  return saved(workbook);
}

/** Saves and loads again: what a later run of the command line sees. */
export async function reopened(workbook: {
  toBuffer(): Promise<Uint8Array>;
}): Promise<ExcelJsWorkbook> {
  return ExcelJsWorkbook.load(await workbook.toBuffer());
}

export const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
