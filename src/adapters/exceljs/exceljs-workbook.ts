/**
 * The workbook port over ExcelJS, for Node: the command line and end-to-end
 * tests. Charts and a few corrections to ExcelJS's output are applied to the
 * saved package in toBuffer().
 */
import ExcelJS from "exceljs";
import type { Grid } from "../../core/model";
import type { ChartModel, SheetModel } from "../../port/sheet-model";
import type { CellMark, MarkRecord, WorkbookPort } from "../../port/workbook-port";
import { appendRows } from "./append-rows";
import { orderOf, setOrder } from "./internals";
import { clearMarks, markCells, type MarkMemo } from "./marks";
import { savePackage } from "./save";
import { readGrid } from "./read-grid";
import { writeSheetModel } from "./write-sheet";

/** Worksheet parts a read-only load skips (merges and values are kept). */
const READ_ONLY_SKIPPED = [
  "dataValidations",
  "conditionalFormatting",
  "hyperlinks",
  "tableParts",
  "drawing",
  "picture",
  "legacyDrawing",
  "sheetViews",
  "pageSetup",
  "pageMargins",
  "printOptions",
  "headerFooter",
  "rowBreaks",
  "autoFilter",
  "sheetProtection",
  "extLst",
] as const;

export class ExcelJsWorkbook implements WorkbookPort {
  private readonly charts = new Map<string, ChartModel[]>();
  private readonly memos = new Map<string, MarkMemo>();

  private constructor(
    readonly workbook: ExcelJS.Workbook,
    private readonly readOnly = false
  ) {}

  static create(): ExcelJsWorkbook {
    return new ExcelJsWorkbook(new ExcelJS.Workbook());
  }

  /**
   * Opens a workbook. `readOnly` skips what reading values does not need
   * (validation, conditional formats, links, tables…): several times faster
   * on school files, but such a workbook cannot be saved.
   */
  static async load(
    data: Uint8Array | ArrayBuffer,
    options: { readOnly?: boolean } = {}
  ): Promise<ExcelJsWorkbook> {
    const workbook = new ExcelJS.Workbook();
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const ignoreNodes = options.readOnly ? [...READ_ONLY_SKIPPED] : [];
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer, { ignoreNodes } as never);
    return new ExcelJsWorkbook(workbook, options.readOnly ?? false);
  }

  async toBuffer(): Promise<Uint8Array> {
    if (this.readOnly) throw new Error("Книга открыта только для чтения и не может быть сохранена");
    return savePackage(this.workbook, this.charts);
  }

  async sheetNames(): Promise<string[]> {
    return this.workbook.worksheets.map((sheet) => sheet.name);
  }

  async readSheet(name: string): Promise<Grid> {
    return readGrid(this.sheet(name));
  }

  async writeSheet(model: SheetModel): Promise<void> {
    const old = this.find(model.name);
    const orderNo = old ? orderOf(old) : undefined;
    if (old) this.workbook.removeWorksheet(old.id);
    const sheet = this.workbook.addWorksheet(model.name);
    // Replacing keeps the tab where it was.
    if (orderNo !== undefined) setOrder(sheet, orderNo);
    this.charts.set(model.name, [...(model.charts ?? [])]);
    this.forgetMarks(model.name);
    writeSheetModel(this.workbook, sheet, model);
  }

  async appendRows(sheet: string, rows: SheetModel["cells"]): Promise<void> {
    appendRows(this.sheet(sheet), rows);
  }

  async deleteSheet(name: string): Promise<void> {
    const sheet = this.find(name);
    if (sheet) this.workbook.removeWorksheet(sheet.id);
    this.charts.delete(name);
    this.forgetMarks(name);
  }

  async markCells(sheet: string, marks: CellMark[]): Promise<MarkRecord[]> {
    return markCells(this.sheet(sheet), marks, this.memos);
  }

  async clearMarks(sheet: string, records: MarkRecord[]): Promise<void> {
    clearMarks(this.sheet(sheet), records, this.memos);
  }

  /** Excel's sheet names are unique ignoring case: an exact match first, then any case. */
  private find(name: string): ExcelJS.Worksheet | undefined {
    const sheets = this.workbook.worksheets;
    const lower = name.toLowerCase();
    return (
      sheets.find((s) => s.name === name) ?? sheets.find((s) => s.name.toLowerCase() === lower)
    );
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const sheet = this.find(name);
    if (!sheet) throw new Error(`В книге нет листа «${name}»`);
    return sheet;
  }

  private forgetMarks(sheet: string): void {
    for (const key of this.memos.keys()) if (key.startsWith(`${sheet}!`)) this.memos.delete(key);
  }
}
