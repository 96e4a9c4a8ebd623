/**
 * A sheet made of titled tables one under another (`Эффективность`, feedback
 * workbooks): each section is a title row, a header row and data rows, kept as
 * one Excel table; the builder tracks rows so charts and colours can point at them.
 */
import type {
  CellStyle,
  ColumnModel,
  ConditionalTextRule,
  OutCell,
  RangeRef,
  SheetModel,
} from "../../port/sheet-model";
import { HEADER_STYLE, TABLE_STYLE, TITLE_STYLE } from "../report/kit";
import { appendAll } from "../arrays";

export interface Section {
  title: string;
  tableName: string;
  headers: readonly string[];
  rows: OutCell[][];
  /** Number formats of columns, by 0-based column in the section. */
  formats?: Record<number, string>;
  /** Note printed under the title (why the table is empty, how it is read). */
  note?: string;
}

export class SectionSheet {
  readonly cells: OutCell[][] = [];
  readonly styles: { range: RangeRef; style: CellStyle }[] = [];
  readonly tables: NonNullable<SheetModel["tables"]> = [];
  readonly conditionalFormats: ConditionalTextRule[] = [];

  constructor(title: string, subtitle?: string) {
    this.cells.push([title]);
    this.styles.push({ range: { row: 0, col: 0, rows: 1, cols: 1 }, style: TITLE_STYLE });
    if (subtitle) this.cells.push([subtitle]);
  }

  /** Adds a section after one blank row; returns where its data rows are. */
  add(section: Section): { headerRow: number; firstRow: number; rows: number } {
    this.cells.push([]);
    const titleRow = this.cells.length;
    this.cells.push([section.title]);
    this.styles.push({
      range: { row: titleRow, col: 0, rows: 1, cols: 1 },
      style: { bold: true, fontSize: 12 },
    });
    if (section.note) {
      this.cells.push([section.note]);
      this.styles.push({
        range: { row: this.cells.length - 1, col: 0, rows: 1, cols: 1 },
        style: { italic: true },
      });
    }
    const headerRow = this.cells.length;
    const cols = section.headers.length;
    this.cells.push([...section.headers]);
    this.styles.push({ range: { row: headerRow, col: 0, rows: 1, cols }, style: HEADER_STYLE });
    const rows = section.rows.length ? section.rows : [section.headers.map(() => null)];
    for (const row of rows) this.cells.push(row);
    const firstRow = headerRow + 1;
    this.tables.push({
      name: section.tableName,
      range: { row: headerRow, col: 0, rows: rows.length + 1, cols },
      style: TABLE_STYLE,
    });
    for (const [col, numberFormat] of Object.entries(section.formats ?? {})) {
      this.styles.push({
        range: { row: firstRow, col: Number(col), rows: rows.length, cols: 1 },
        style: { numberFormat },
      });
    }
    return { headerRow, firstRow, rows: section.rows.length };
  }

  colour(rules: ConditionalTextRule[]): void {
    appendAll(this.conditionalFormats, rules);
  }

  model(name: string, columns: ColumnModel[], extra: Partial<SheetModel> = {}): SheetModel {
    return {
      name,
      cells: this.cells,
      columns,
      styles: this.styles,
      tables: this.tables,
      conditionalFormats: this.conditionalFormats,
      ...extra,
    };
  }
}
