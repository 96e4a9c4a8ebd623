/**
 * What a port contract case may look at, in one vocabulary for every adapter: each runner
 * builds it from what its adapter really produced (the Office.js fake's state, or the saved
 * package read by the independent inspector and by XlsxReadOnlyWorkbook), never from the
 * adapter's own idea of what it wrote.
 */
import type { Grid } from "../../src/core/model";
import type { WorkbookPort } from "../../src/port/workbook-port";

export type Visibility = "visible" | "hidden" | "veryHidden";

export interface ObservedValidation {
  ref: string;
  kind: string;
  /** The allowed values of a list, resolved through `_Списки` where the list lives there. */
  list: string[] | null;
  /** The rule's bounds as typed in Excel ("43831" for 01.01.2020), without «=». */
  bounds: [string | null, string | null];
  /** Whether Excel refuses a value outside the rule (a stop alert). */
  refuses: boolean;
}

export interface ObservedPage {
  orientation: "landscape" | "portrait" | null;
  paper: string | null;
  fitToWidth: boolean;
  printArea: string | null;
  repeatRows: string | null;
  repeatCols: string | null;
  /** Excel's footer string (&L…&C…&R…). */
  footer: string | null;
  centered: boolean;
  /** The first cell of each row starting a new page by a manual break. */
  rowBreaks: string[];
  leftMarginInches: number | null;
}

export interface ObservedSheet {
  /** Values read back; dates as serial numbers (the Office.js adapter reads them so). */
  values: Grid;
  /** Formula text without the leading «=», for cells that hold one. */
  formula(a1: string): string | null;
  /** True when the cell holds text (not a number, a boolean or a formula). */
  isText(a1: string): boolean;
  visibility: Visibility;
  freeze: { rows: number; cols: number };
  /** Width in characters of a column (0-based), null when not set. */
  columnWidth(col: number): number | null;
  merges: string[];
  tables: string[];
  validations: ObservedValidation[];
  /** The texts conditional formats compare the cell with, in order. */
  conditionalEquals: string[];
  /** "E3 → 'Сводка'!A1": the link's cell and the first cell it leads to. */
  hyperlinks: string[];
  charts: { kind: "bar" | "column"; title: string }[];
  page: ObservedPage;
  tabColor: string | null;
  /** The number format of a cell ("dd.mm.yyyy"), "General" when none. */
  numberFormat(a1: string): string;
  /** The note on a cell and its fill (styles and validation marks). */
  note(a1: string): string | null;
  fill(a1: string): string | null;
}

export interface Observed {
  sheetNames: string[];
  sheet(name: string): ObservedSheet;
}

export interface ContractAdapter {
  /** A new empty workbook to write into. */
  create(): Promise<WorkbookPort>;
  /** What the workbook holds now, seen from outside the adapter. */
  observe(port: WorkbookPort): Promise<Observed>;
  /** Whether the adapter marks cells (only opened workbooks are marked). */
  marks: boolean;
  /**
   * Whether the adapter writes a file: then it stores formula results with the formulas and
   * grows a table over appended rows itself. In Excel, Excel does both.
   */
  writesFile: boolean;
}

/** A bound as text without «=», null when absent. */
export function bound(value: unknown): string | null {
  return value === undefined || value === null ? null : String(value).replace(/^=/, "");
}

/** Days since 30.12.1899 for a Date; other values as they are. */
export function serialValues(grid: Grid): Grid {
  return grid.map((row) =>
    row.map((v) => (v instanceof Date ? (v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000 : v))
  );
}

/** "'Лист'!$B$2:$C$3" → "'Лист'!B2". */
export function firstCell(target: string): string {
  return target.replace(/\$/g, "").replace(/:.*$/, "");
}
