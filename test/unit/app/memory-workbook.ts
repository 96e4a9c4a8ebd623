/**
 * An in-memory WorkbookPort for unit tests of application steps: each sheet is
 * the SheetModel last written (plus appended rows), read back the way the
 * adapters read it — formulas by their result, dates stay Date, trailing
 * empty rows and columns trimmed. Marks are kept per cell so tests can see them.
 */
import type { CellValue, Grid } from "../../../src/core/model";
import type { CellMark, MarkRecord, WorkbookPort } from "../../../src/port/workbook-port";
import type { OutCell, SheetModel } from "../../../src/port/sheet-model";

export const MARK_FILL = "#FFC7CE";

export class MemoryWorkbook implements WorkbookPort {
  readonly sheets = new Map<string, SheetModel>();
  /** Fills of cells as set by a test or by markCells ("sheet!row,col"). */
  readonly fills = new Map<string, string>();
  readonly notes = new Map<string, string>();
  /** Every call, for tests that check what a step touched. */
  readonly log: string[] = [];

  constructor(sheets: SheetModel[] = []) {
    for (const sheet of sheets) this.sheets.set(sheet.name, cloneModel(sheet));
  }

  /** A workbook whose sheets hold just these grids (as a person would type them). */
  static fromGrids(grids: Record<string, CellValue[][]>): MemoryWorkbook {
    return new MemoryWorkbook(Object.entries(grids).map(([name, cells]) => ({ name, cells })));
  }

  async sheetNames(): Promise<string[]> {
    return [...this.sheets.keys()];
  }

  async readSheet(name: string): Promise<Grid> {
    this.log.push(`read ${name}`);
    const sheet = this.find(name);
    return trim(sheet.cells.map((row) => row.map(valueOf)));
  }

  async writeSheet(sheet: SheetModel): Promise<void> {
    this.log.push(`write ${sheet.name}`);
    const existing = this.findName(sheet.name);
    if (existing !== undefined && existing !== sheet.name) this.sheets.delete(existing);
    this.sheets.set(existing ?? sheet.name, cloneModel(sheet));
  }

  async appendRows(name: string, rows: OutCell[][]): Promise<void> {
    this.log.push(`append ${name}`);
    const sheet = this.find(name);
    const used = trim(sheet.cells.map((row) => row.map(valueOf))).length;
    sheet.cells = [...sheet.cells.slice(0, used), ...rows.map((r) => [...r])];
  }

  async deleteSheet(name: string): Promise<void> {
    this.log.push(`delete ${name}`);
    const found = this.findName(name);
    if (found !== undefined) this.sheets.delete(found);
  }

  async markCells(sheet: string, marks: CellMark[]): Promise<MarkRecord[]> {
    this.log.push(`mark ${sheet} ${marks.length}`);
    this.find(sheet);
    return marks.map((mark) => {
      const key = cellKey(sheet, mark.row, mark.col);
      const previousFill = this.fills.get(key) ?? null;
      this.fills.set(key, MARK_FILL);
      this.notes.set(key, mark.message);
      return { row: mark.row, col: mark.col, previousFill };
    });
  }

  async clearMarks(sheet: string, records: MarkRecord[]): Promise<void> {
    this.log.push(`clear ${sheet} ${records.length}`);
    for (const record of records) {
      const key = cellKey(sheet, record.row, record.col);
      if (record.previousFill === null) this.fills.delete(key);
      else this.fills.set(key, record.previousFill);
      this.notes.delete(key);
    }
  }

  /** The value a person typed into a cell (0-based), for tests. */
  setCell(name: string, row: number, col: number, value: OutCell): void {
    const sheet = this.find(name);
    while (sheet.cells.length <= row) sheet.cells.push([]);
    const cells = sheet.cells[row];
    while (cells.length <= col) cells.push(null);
    cells[col] = value;
  }

  model(name: string): SheetModel {
    return this.find(name);
  }

  private findName(name: string): string | undefined {
    const wanted = name.toLocaleLowerCase("ru");
    return [...this.sheets.keys()].find((n) => n.toLocaleLowerCase("ru") === wanted);
  }

  private find(name: string): SheetModel {
    const found = this.findName(name);
    if (found === undefined) throw new Error(`Нет листа «${name}»`);
    return this.sheets.get(found) as SheetModel;
  }
}

export function cellKey(sheet: string, row: number, col: number): string {
  return `${sheet}!${row},${col}`;
}

function valueOf(cell: OutCell): CellValue {
  if (cell !== null && typeof cell === "object" && !(cell instanceof Date)) return cell.result;
  if (cell === "") return null;
  return cell ?? null;
}

function trim(grid: Grid): Grid {
  const rows = grid.map((row) => {
    let end = row.length;
    while (end > 0 && row[end - 1] === null) end -= 1;
    return row.slice(0, end);
  });
  let last = rows.length;
  while (last > 0 && rows[last - 1].length === 0) last -= 1;
  return rows.slice(0, last);
}

function cloneModel(sheet: SheetModel): SheetModel {
  return { ...sheet, cells: sheet.cells.map((row) => [...row]) };
}
