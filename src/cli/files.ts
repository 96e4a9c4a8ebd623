/**
 * Opening and saving workbooks for the command line, with a clear Russian
 * message for each way a file can be unusable (missing, a folder, not a
 * workbook, an old .xls, a broken zip). Files that are only read go through
 * the fast read-only reader; a workbook that will be written is patched
 * (src/adapters/xlsx-patch).
 */
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import { XlsxPatchWorkbook } from "../adapters/xlsx-patch/patch-workbook";
import type { SavableWorkbook } from "../adapters/exceljs/files";
import { XlsxReadOnlyWorkbook } from "../adapters/xlsx-reader/workbook";
import { encryptedAdvice } from "../app/report/sources";
import { fileKind, type FileKind } from "../app/report/file-kind";
import type { WorkbookPort } from "../port/workbook-port";
import { writeFileAtomic } from "./atomic-write";
import { CliError } from "./io";
import { guardOutputReads } from "./output-guard";
import { guardReads } from "./read-guard";

/** A workbook to change and save (the report's own output): patched, people's parts kept as they are. */
export async function openWorkbook(path: string): Promise<XlsxPatchWorkbook> {
  const workbook = await openChecked(path, (bytes) => XlsxPatchWorkbook.open(bytes));
  // Its damaged parts named, not an internal error; its consolidated data read now (output-guard.ts).
  await guardOutputReads(workbook, path);
  return workbook;
}

/** A workbook that is only read (sources, --previous, --settings, validate). */
export async function openReadOnlyWorkbook(path: string): Promise<WorkbookPort> {
  return guardReads(await openChecked(path, openReadOnlyBytes), path);
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
  const kind = fileKind(path, bytes);
  if (kind !== "zip") throw new CliError(formatAdvice(path, kind));
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

/** Made in memory first, then written atomically: a failure at any point leaves the previous file. */
export async function saveWorkbook(workbook: SavableWorkbook, path: string): Promise<void> {
  let bytes: Uint8Array;
  try {
    bytes = await workbook.toBuffer();
  } catch (e) {
    const what = existsSync(path) ? "не изменён" : "не создан";
    throw new CliError(`Файл ${path} ${what}: книгу не удалось собрать: ${(e as Error).message}`);
  }
  await writeFileAtomic(path, bytes);
}

/** What to do with a file that is not an .xlsx package (the first bytes tell). */
export function formatAdvice(path: string, kind: FileKind): string {
  switch (kind) {
    case "encrypted":
      return encryptedAdvice(path);
    case "xls":
      return `Файл ${path} в старом формате Excel 97–2003 (.xls): откройте его в Excel и сохраните как «Книга Excel (.xlsx)».`;
    case "ods":
      return `Файл ${path} в формате LibreOffice Calc (.ods): откройте его в Calc и сохраните как «Книга Excel 2007-365 (.xlsx)».`;
    case "xlsb":
      return `Файл ${path} — двоичная книга Excel (.xlsb): откройте его в Excel и сохраните как «Книга Excel (.xlsx)».`;
    default:
      return `Файл ${path} не является книгой Excel (.xlsx).`;
  }
}
