/**
 * The workbook port over an EXISTING workbook for the command line (a report
 * written into an --out that exists): sheets are read with the fast reader,
 * the sheets the project writes are kept as models, and toBuffer() patches
 * the package — the project's sheets and the parts that list sheets are
 * rewritten, every other part (people's sheets, drawings, charts, notes,
 * pictures, pivot tables, names, custom XML, theme, macros) is copied as the
 * compressed bytes it was. See docs/decisions/patch-writer.md.
 */
import type { Grid } from "../../core/model";
import type { SheetModel } from "../../port/sheet-model";
import type { CellMark, MarkRecord, WorkbookPort } from "../../port/workbook-port";
import { LIST_SHEET, inlineListFormula } from "../ooxml/formats";
import { XlsxReadOnlyWorkbook } from "../xlsx-reader/workbook";
import { ListSheet } from "../xlsx-writer/list-sheet";
import { appendToModel, gridOf } from "../xlsx-writer/model-grid";
import type { BookSheet } from "../xlsx-writer/write-package";
import { patchPackage, type Slot } from "./patch-package";
import { PatchError } from "./patch-error";
import { SourcePackage } from "./source";
import { readSheetList, type WorkbookPart } from "./workbook-part";

export class XlsxPatchWorkbook implements WorkbookPort {
  private readonly lists: ListSheet;
  private readonly seededLists: number;

  private constructor(
    private readonly source: SourcePackage,
    private readonly reader: XlsxReadOnlyWorkbook,
    private readonly workbook: WorkbookPart,
    private readonly slots: Slot[],
    lists: string[][]
  ) {
    this.lists = new ListSheet(lists);
    this.seededLists = lists.length;
  }

  /** Opens the package; what cannot be patched throws a PatchError naming the part. */
  static async open(bytes: Uint8Array): Promise<XlsxPatchWorkbook> {
    const source = await SourcePackage.open(bytes);
    const workbook = readSheetList(source);
    let reader: XlsxReadOnlyWorkbook;
    try {
      reader = XlsxReadOnlyWorkbook.open(bytes);
    } catch (e) {
      throw new PatchError(`книга не читается: ${(e as Error).message}`);
    }
    const slots: Slot[] = workbook.sheets.map((s) => ({ name: s.name, original: s }));
    const listSlot = slots.find((s) => s.name === LIST_SHEET && s.original?.worksheet);
    const lists = listSlot ? listColumns(await reader.readSheet(LIST_SHEET)) : [];
    return new XlsxPatchWorkbook(source, reader, workbook, slots, lists);
  }

  async sheetNames(): Promise<string[]> {
    return this.live().map((s) => s.name);
  }

  async readSheet(name: string): Promise<Grid> {
    const slot = this.slot(name);
    if (slot.sheet) return gridOf(this.current(slot).model);
    if (!slot.original?.worksheet) throw new PatchError(`лист «${slot.name}» — не лист с ячейками`);
    return this.reader.readSheet(slot.name);
  }

  async writeSheet(model: SheetModel): Promise<void> {
    const sheet: BookSheet = { model: { ...model }, listFormulas: [] };
    const slot = this.find(model.name);
    if (slot) {
      slot.sheet = sheet;
      slot.name = model.name;
    } else this.slots.push({ name: model.name, sheet });
    sheet.listFormulas = (model.validations ?? []).map((v) =>
      v.rule.kind === "list"
        ? (inlineListFormula(v.rule.values) ?? this.listSource(v.rule.values))
        : null
    );
  }

  /**
   * The project's own sheet: rows added to its model. A person's sheet kept as it
   * is (`Настройки` made before a block existed): the rows are appended to its XML
   * when the package is written (append-xml.ts), below the last row with a value.
   */
  async appendRows(name: string, rows: SheetModel["cells"]): Promise<void> {
    const slot = this.slot(name);
    if (slot.sheet) {
      slot.sheet.model = appendToModel(slot.sheet.model, rows);
      return;
    }
    if (!slot.original?.worksheet || !slot.original.path)
      throw new PatchError(`лист «${slot.name}»: дописывать строки можно только в лист с ячейками`);
    if (slot.appended) {
      slot.appended.rows = [...slot.appended.rows, ...rows.map((r) => [...r])];
      return;
    }
    const grid = await this.reader.readSheet(slot.name);
    let after = grid.length;
    while (after > 0 && !(grid[after - 1] ?? []).some((v) => v !== null && v !== "")) after -= 1;
    slot.appended = { after, rows: rows.map((r) => [...r]) };
  }

  async deleteSheet(name: string): Promise<void> {
    const slot = this.find(name);
    if (!slot) return;
    if (slot.original) slot.deleted = true;
    else this.slots.splice(this.slots.indexOf(slot), 1);
  }

  async markCells(_sheet: string, _marks: CellMark[]): Promise<MarkRecord[]> {
    throw new PatchError("отметки проверки в эту книгу ставит только надстройка Excel");
  }

  async clearMarks(_sheet: string, _records: MarkRecord[]): Promise<void> {
    throw new PatchError("отметки проверки в этой книге снимает только надстройка Excel");
  }

  /** The patched package. */
  async toBuffer(): Promise<Uint8Array> {
    const slots = this.slots.map((s) => (s.sheet ? { ...s, sheet: this.current(s) } : s));
    try {
      return await patchPackage(this.source, this.workbook, slots);
    } catch (e) {
      if (e instanceof PatchError) throw e;
      // A fault of ours, not of the workbook: no JavaScript message reaches the person.
      throw new PatchError("внутренняя ошибка при сборке книги; прежний файл не изменён");
    }
  }

  /** Slots not deleted, in tab order. */
  private live(): Slot[] {
    return this.slots.filter((s) => !s.deleted);
  }

  private listSource(values: readonly string[]): string {
    const formula = this.lists.sourceOf(values);
    if (this.lists.count > this.seededLists) {
      const slot = this.find(LIST_SHEET);
      const sheet: BookSheet = { model: this.lists.model(), listFormulas: [] };
      if (slot) slot.sheet ??= sheet;
      else this.slots.push({ name: LIST_SHEET, sheet });
    }
    return formula;
  }

  /** The sheet as it is now: `_Списки` includes the lists added after its slot was taken. */
  private current(slot: Slot): BookSheet {
    const sheet = slot.sheet!;
    return slot.name === LIST_SHEET ? { ...sheet, model: this.lists.model() } : sheet;
  }

  /** Excel's sheet names are unique ignoring case: an exact match first, then any case. */
  private find(name: string): Slot | undefined {
    const live = this.live();
    const lower = name.toLowerCase();
    return live.find((s) => s.name === name) ?? live.find((s) => s.name.toLowerCase() === lower);
  }

  private slot(name: string): Slot {
    const slot = this.find(name);
    if (!slot) throw new PatchError(`в книге нет листа «${name}»`);
    return slot;
  }
}

/** The lists of `_Списки`: each column from the top to its first empty cell. */
function listColumns(grid: Grid): string[][] {
  const width = grid.reduce((w, row) => Math.max(w, row.length), 0);
  const out: string[][] = [];
  for (let c = 0; c < width; c += 1) {
    const column: string[] = [];
    for (const row of grid) {
      const v = row[c];
      if (v === null || v === undefined) break;
      column.push(v instanceof Date ? v.toISOString() : String(v));
    }
    out.push(column);
  }
  return out;
}
