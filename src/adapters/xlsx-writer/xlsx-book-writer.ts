/**
 * The workbook port for NEW workbooks of the command line: keeps the sheet
 * models it is given and, in toBuffer(), writes the .xlsx package straight
 * from them — each sheet's XML made in pieces and compressed with Node's zlib
 * as it is made — instead of building ExcelJS's model of every cell. A report
 * of 1,500 schools (4 million cells) is written in seconds and in bounded
 * memory. Workbooks that are opened from a file (people's sheets must be kept)
 * and the add-in go on through ExcelJS and Office.js.
 */
import type { Grid } from "../../core/model";
import type { SheetModel } from "../../port/sheet-model";
import type { CellMark, MarkRecord, WorkbookPort } from "../../port/workbook-port";
import { LIST_SHEET, inlineListFormula } from "../ooxml/formats";
import { ListSheet } from "./list-sheet";
import { appendToModel, gridOf } from "./model-grid";
import { writePackage, type BookSheet } from "./write-package";

export class XlsxBookWriter implements WorkbookPort {
  private readonly sheets: BookSheet[] = [];
  private readonly lists = new ListSheet();

  static create(): XlsxBookWriter {
    return new XlsxBookWriter();
  }

  async sheetNames(): Promise<string[]> {
    return this.sheets.map((s) => s.model.name);
  }

  async readSheet(name: string): Promise<Grid> {
    return gridOf(this.current(this.sheet(name)).model);
  }

  async writeSheet(model: SheetModel): Promise<void> {
    const sheet: BookSheet = { model: { ...model }, listFormulas: [] };
    const at = this.index(model.name);
    if (at >= 0) this.sheets[at] = sheet;
    else this.sheets.push(sheet);
    // Long lists go to `_Списки` now, after the sheet: the tab position the ExcelJS adapter gives it.
    sheet.listFormulas = (model.validations ?? []).map((v) =>
      v.rule.kind === "list"
        ? (inlineListFormula(v.rule.values) ?? this.listSource(v.rule.values))
        : null
    );
  }

  async appendRows(name: string, rows: SheetModel["cells"]): Promise<void> {
    const sheet = this.sheet(name);
    sheet.model = appendToModel(sheet.model, rows);
  }

  async deleteSheet(name: string): Promise<void> {
    const at = this.index(name);
    if (at >= 0) this.sheets.splice(at, 1);
  }

  async markCells(_sheet: string, _marks: CellMark[]): Promise<MarkRecord[]> {
    throw new Error("Отметки проверки ставятся только в открытой книге, а не в новой");
  }

  async clearMarks(_sheet: string, _records: MarkRecord[]): Promise<void> {
    throw new Error("Отметки проверки снимаются только в открытой книге, а не в новой");
  }

  async toBuffer(): Promise<Uint8Array> {
    return writePackage(this.sheets.map((s) => this.current(s)));
  }

  private listSource(values: readonly string[]): string {
    const formula = this.lists.sourceOf(values);
    if (this.index(LIST_SHEET) < 0)
      this.sheets.push({ model: this.lists.model(), listFormulas: [] });
    return formula;
  }

  /** The sheet as it is now: `_Списки` includes the lists added after its slot was taken. */
  private current(sheet: BookSheet): BookSheet {
    return sheet.model.name === LIST_SHEET ? { ...sheet, model: this.lists.model() } : sheet;
  }

  /** Excel's sheet names are unique ignoring case: an exact match first, then any case. */
  private index(name: string): number {
    const exact = this.sheets.findIndex((s) => s.model.name === name);
    if (exact >= 0) return exact;
    const lower = name.toLowerCase();
    return this.sheets.findIndex((s) => s.model.name.toLowerCase() === lower);
  }

  private sheet(name: string): BookSheet {
    const at = this.index(name);
    if (at < 0) throw new Error(`В книге нет листа «${name}»`);
    return this.sheets[at];
  }
}
