/**
 * The existing `--out` workbook is read too (its `Настройки`, `Меры`, and its
 * consolidated data for «Изменения свода»), and a part of it can turn out damaged
 * only when read: a CRC error, a zip bomb, a 100,000-deep nesting. Its reads are
 * guarded like a read-only workbook's (read-guard.ts): such an error becomes
 * «Файл … повреждён …: часть …. Файл не изменён.» (exit 2), never an internal
 * error. And the consolidated data the report compares with is read here, right
 * after opening and before any school file: a damaged part fails at once, not
 * after 1,500 school files. Its grids are handed to the first read of each sheet
 * (then dropped), so nothing is parsed twice.
 */
import type { Grid } from "../core/model";
import { isMunicipalityWorkbook, sheetsToRead } from "../core/read/sheets";
import type { WorkbookPort } from "../port/workbook-port";
import { CliError } from "./io";
import { unreadableFileMessage } from "./read-guard";

type Mutable = Pick<
  WorkbookPort,
  "sheetNames" | "readSheet" | "writeSheet" | "appendRows" | "deleteSheet"
>;

export async function guardOutputReads(workbook: Mutable, path: string): Promise<void> {
  const guarded = async <T>(read: () => Promise<T>, sheet?: string): Promise<T> => {
    try {
      return await read();
    } catch (e) {
      if (e instanceof CliError) throw e;
      const where = sheet === undefined ? "" : ` (лист «${sheet}»)`;
      throw new CliError(`--out: ${unreadableFileMessage(path, e)}${where}. Файл не изменён.`);
    }
  };
  const sheetNames = workbook.sheetNames.bind(workbook);
  const readSheet = workbook.readSheet.bind(workbook);
  const writeSheet = workbook.writeSheet.bind(workbook);
  const appendRows = workbook.appendRows.bind(workbook);
  const deleteSheet = workbook.deleteSheet.bind(workbook);
  const early = new Map<string, Grid>();
  workbook.sheetNames = () => guarded(sheetNames);
  workbook.readSheet = (name) => {
    const grid = early.get(name);
    if (grid === undefined) return guarded(() => readSheet(name), name);
    early.delete(name);
    return Promise.resolve(grid);
  };
  workbook.writeSheet = (sheet) => {
    early.delete(sheet.name);
    return writeSheet(sheet);
  };
  workbook.appendRows = (sheet, rows) => {
    early.delete(sheet);
    return appendRows(sheet, rows);
  };
  workbook.deleteSheet = (name) => {
    early.delete(name);
    return deleteSheet(name);
  };
  const names = await workbook.sheetNames();
  if (!isMunicipalityWorkbook(names)) return;
  for (const name of sheetsToRead(names))
    early.set(name, await guarded(() => readSheet(name), name));
}
