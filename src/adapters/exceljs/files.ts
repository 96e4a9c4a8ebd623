/** Node file helpers for the command line: open and save .xlsx files. */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { ExcelJsWorkbook } from "./exceljs-workbook";

/** Anything that can give its .xlsx bytes: an ExcelJS workbook or a new-workbook writer. */
export interface SavableWorkbook {
  toBuffer(): Promise<Uint8Array>;
}

export async function openWorkbookFile(path: string): Promise<ExcelJsWorkbook> {
  return ExcelJsWorkbook.load(await readFile(path));
}

/** Saves the workbook, creating its folder when needed. */
export async function saveWorkbookFile(workbook: SavableWorkbook, path: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, await workbook.toBuffer());
}
