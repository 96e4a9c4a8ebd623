/**
 * A workbook the command line only reads (validate, --settings) can still turn
 * out broken or hostile when a sheet is read, long after it opened: a zip bomb,
 * an entity declaration, a 100,000-deep nesting. The reader throws a short
 * Error for each; here such an error becomes the same Russian message, naming
 * the file, that an unopenable file gets (exit 2), as `report` names and skips
 * such sources (src/app/report/sources.ts). Errors of the program itself, which
 * happen outside reading, are left to the entry point's guard.
 */
import type { Grid } from "../core/model";
import type { WorkbookPort } from "../port/workbook-port";
import { CliError } from "./io";

export function unreadableFileMessage(path: string, e: unknown): string {
  const detail = e instanceof Error && e.message ? `: ${e.message}` : "";
  return `Файл ${path} повреждён или не является книгой Excel (.xlsx)${detail}`;
}

async function reading<T>(path: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(unreadableFileMessage(path, e));
  }
}

/** The same workbook, whose reads fail with a CliError naming `path` (its cell notes pass through). */
export function guardReads(port: WorkbookPort, path: string): WorkbookPort {
  const notes = port.cellNotes?.bind(port);
  return {
    ...(notes ? { cellNotes: notes } : {}),
    sheetNames: () => reading(path, () => port.sheetNames()),
    readSheet: (name): Promise<Grid> => reading(path, () => port.readSheet(name)),
    writeSheet: (sheet) => port.writeSheet(sheet),
    appendRows: (sheet, rows) => port.appendRows(sheet, rows),
    deleteSheet: (name) => port.deleteSheet(name),
    markCells: (sheet, marks) => port.markCells(sheet, marks),
    clearMarks: (sheet, records) => port.clearMarks(sheet, records),
  };
}
