/** Node file helpers for the command line: open and save .xlsx files. */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { ExcelJsWorkbook } from "./exceljs-workbook";

export async function openWorkbookFile(path: string): Promise<ExcelJsWorkbook> {
  return ExcelJsWorkbook.load(await readFile(path));
}

/** Saves the workbook, creating its folder when needed. */
export async function saveWorkbookFile(workbook: ExcelJsWorkbook, path: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, await workbook.toBuffer());
}
