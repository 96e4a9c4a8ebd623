/** Shared helpers of the ExcelJS adapter tests. */
import { ExcelJsWorkbook } from "../../../../src/adapters/exceljs/exceljs-workbook";
import type { SheetModel } from "../../../../src/port/sheet-model";
import { inspectXlsx, type InspectedWorkbook } from "../../../support/xlsx-inspect";

export async function saved(workbook: ExcelJsWorkbook): Promise<InspectedWorkbook> {
  return inspectXlsx(await workbook.toBuffer());
}

/** Writes the sheets into a new workbook, saves, and inspects the package. */
export async function written(...sheets: SheetModel[]): Promise<InspectedWorkbook> {
  const workbook = ExcelJsWorkbook.create();
  for (const sheet of sheets) await workbook.writeSheet(sheet);
  return saved(workbook);
}

/** Saves and loads again: what a later run of the command line sees. */
export async function reopened(workbook: ExcelJsWorkbook): Promise<ExcelJsWorkbook> {
  return ExcelJsWorkbook.load(await workbook.toBuffer());
}

export const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
