/**
 * Opening and saving workbooks for the command line, with a clear Russian
 * message for each way a file can be unusable (missing, a folder, not a
 * workbook, an old .xls, a broken zip). Files that are only read go through
 * the fast read-only reader; a workbook that will be written is patched
 * (src/adapters/xlsx-patch).
 */
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import { XlsxPatchWorkbook } from "../adapters/xlsx-patch/patch-workbook";
import { saveWorkbookFile, type SavableWorkbook } from "../adapters/exceljs/files";
import { XlsxReadOnlyWorkbook } from "../adapters/xlsx-reader/workbook";
import type { WorkbookPort } from "../port/workbook-port";
import { CliError } from "./io";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/** A workbook to change and save (the report's own output): patched, people's parts kept as they are. */
export async function openWorkbook(path: string): Promise<XlsxPatchWorkbook> {
  return openChecked(path, (bytes) => XlsxPatchWorkbook.open(bytes));
}

/** A workbook that is only read (sources, --previous, --settings, validate). */
export async function openReadOnlyWorkbook(path: string): Promise<WorkbookPort> {
  return openChecked(path, openReadOnlyBytes);
}

/** The opener of read-only sources: the report's inputs and the issue-5 benchmark. */
export const openReadOnlyBytes = async (bytes: Uint8Array): Promise<WorkbookPort> =>
  XlsxReadOnlyWorkbook.open(bytes);

async function openChecked<T>(path: string, open: (bytes: Uint8Array) => Promise<T>): Promise<T> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new CliError(`Файл не найден: ${path}`);
  if (info.isDirectory()) throw new CliError(`${path} — это папка, а нужен файл .xlsx.`);
  const bytes = await readFile(path).catch((e: Error) => {
    throw new CliError(`Не удалось прочитать файл ${path}: ${e.message}`);
  });
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new CliError(
      `Файл ${path} в старом формате Excel 97–2003 (.xls): откройте его в Excel и сохраните как «Книга Excel (.xlsx)».`
    );
  }
  if (!startsWith(bytes, ZIP_MAGIC))
    throw new CliError(`Файл ${path} не является книгой Excel (.xlsx).`);
  try {
    return await open(bytes);
  } catch (e) {
    throw new CliError(
      `Файл ${path} повреждён или не является книгой Excel (.xlsx): ${(e as Error).message}`
    );
  }
}

export function checkXlsxPath(path: string, option: string): void {
  if (extname(path).toLowerCase() !== ".xlsx")
    throw new CliError(`${option}: имя файла должно оканчиваться на .xlsx, а указано «${path}».`);
}

export async function saveWorkbook(workbook: SavableWorkbook, path: string): Promise<void> {
  try {
    await saveWorkbookFile(workbook, path);
  } catch (e) {
    throw new CliError(`Не удалось сохранить ${path}: ${(e as Error).message}`);
  }
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}
