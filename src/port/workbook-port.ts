/**
 * The workbook port: everything the application steps need from a workbook.
 * Five adapters implement it, one per way a workbook is reached:
 * - Office.js: the open workbook in Excel (the add-in, src/adapters/officejs);
 * - ExcelJS: opened and written in memory (the pane's files and the tests, src/adapters/exceljs);
 * - xlsx-writer: new workbooks the command line creates, written from the models
 *   (src/adapters/xlsx-writer);
 * - xlsx-reader: read-only, for checking and reading sources fast (src/adapters/xlsx-reader);
 * - xlsx-patch: an existing file the command line writes into: the project's sheets
 *   rewritten, every other part copied as it was (src/adapters/xlsx-patch).
 * src/adapters/ooxml holds the spreadsheet-XML helpers they share; it is not an adapter.
 */
import type { Grid } from "../core/model";
import type { CellNote } from "../core/read/cell-notes";
import type { CellRef, SheetModel } from "./sheet-model";

/** A cell marked by validation: fill colour plus a note with the message. */
export interface CellMark extends CellRef {
  message: string;
}

/** What `markCells` changed, so that `clearMarks` can undo exactly that. */
export interface MarkRecord extends CellRef {
  /** The cell's fill before marking ("#RRGGBB"), null when it had none. */
  previousFill: string | null;
}

export interface WorkbookPort {
  /** Names of all sheets, in workbook order. */
  sheetNames(): Promise<string[]>;
  /**
   * The sheet's values from A1 to the last non-empty cell; formulas by value,
   * dates as Date (ExcelJS) or serial numbers (Office.js), empty cells null.
   */
  readSheet(name: string): Promise<Grid>;
  /**
   * Optional (the Node reader): what the last `readSheet` of this sheet left out or could
   * not see — values far outside the table, formulas saved without a value.
   */
  cellNotes?(sheet: string): CellNote[];
  /** Create the sheet, or replace its content, formats, tables and validation. */
  writeSheet(sheet: SheetModel): Promise<void>;
  /** Append rows below the last used row of a sheet (people's sheets: never cleared). */
  appendRows(sheet: string, rows: SheetModel["cells"]): Promise<void>;
  deleteSheet(name: string): Promise<void>;
  /**
   * Highlight cells of an existing sheet and attach the messages as notes;
   * values never change. Returns what was there before, for `clearMarks`.
   */
  markCells(sheet: string, marks: CellMark[]): Promise<MarkRecord[]>;
  /** Undo `markCells`: restore the fills and remove the notes it added; nothing else. */
  clearMarks(sheet: string, records: MarkRecord[]): Promise<void>;
}

/** Progress and cancellation for long steps; adapters call it between chunks. */
export interface Progress {
  report(done: number, total: number, label: string): void;
  /** True once the user pressed «Отмена»: the step stops at the next chunk. */
  readonly cancelled: boolean;
}

export const NO_PROGRESS: Progress = { report: () => undefined, cancelled: false };
