/**
 * A sheet described as data: what to write, with its formats, validation,
 * tables and charts. Application steps build these (pure, testable); each
 * workbook adapter renders them. All coordinates are 0-based.
 */
import type { Day } from "../core/time/day";

export interface CellRef {
  row: number;
  col: number;
}

export interface RangeRef {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** A formula with the value to show where it cannot be computed (the command line). */
export interface FormulaCell {
  formula: string;
  result: string | number | boolean | null;
  /** Uses the add-in's custom functions: outside Excel only `result` is written. */
  custom?: boolean;
}

/** Text is always written as text, even when it starts with =, +, - or @. */
export type OutCell = string | number | boolean | Date | null | FormulaCell;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string; // "#RRGGBB"
  fill?: string; // "#RRGGBB"
  wrap?: boolean;
  numberFormat?: string;
  hAlign?: "left" | "center" | "right";
  vAlign?: "top" | "center" | "bottom";
  border?: boolean;
}

export interface ColumnModel {
  width?: number; // characters
  /** Number format of the column's data cells (below `headerRow`). */
  numberFormat?: string;
}

export type ValidationRule =
  | { kind: "list"; values: readonly string[] }
  | { kind: "date"; min?: Day; max?: Day }
  | { kind: "decimal" | "whole"; min?: number; max?: number }
  | { kind: "textLength"; max: number };

export interface ValidationModel {
  range: RangeRef;
  rule: ValidationRule;
  allowBlank?: boolean;
  prompt?: { title: string; message: string };
  error?: { title: string; message: string };
}

export interface TableModel {
  name: string;
  /** Header row included. */
  range: RangeRef;
  style?: string;
}

export interface ConditionalTextRule {
  range: RangeRef;
  /** Cells whose text equals this get the style. */
  equals: string;
  fill: string;
  fontColor?: string;
}

export interface HyperlinkModel {
  cell: CellRef;
  sheet: string;
  /** A1 address inside `sheet`. */
  address: string;
}

export interface ChartModel {
  /** "line": a line with markers per series (`Динамика`: values per period). */
  kind: "bar" | "column" | "line";
  title: string;
  /** Category labels (one column, or one row for a series laid out along a row). */
  categories: RangeRef;
  series: { name: string; values: RangeRef }[];
  /** Where the chart is drawn. */
  anchor: RangeRef;
}

/** A band of rows or columns (0-based, inclusive). */
export interface Band {
  first: number;
  last: number;
}

/** Page margins in inches, as Excel keeps them. */
export interface MarginsModel {
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

/**
 * A header or footer line in Excel's codes: &P the page, &N the pages, &A the
 * sheet's name; "&&" is a literal ampersand.
 */
export interface HeaderFooterModel {
  left?: string;
  center?: string;
  right?: string;
}

export interface PageSetupModel {
  orientation: "portrait" | "landscape";
  paper: "A4";
  /** One page wide, as many pages down as needed. */
  fitToWidth?: boolean;
  /** Print scale in per cent (10–400) when not fitted to the width. */
  scale?: number;
  printArea?: RangeRef;
  /** Header rows repeated on every page. */
  repeatRows?: Band;
  /** Key columns repeated on every page across (a sheet printed over several pages wide). */
  repeatCols?: Band;
  margins?: MarginsModel;
  footer?: HeaderFooterModel;
  centerHorizontally?: boolean;
  /** Manual page breaks: a new page starts at each of these 0-based rows. */
  rowBreaks?: number[];
}

/**
 * What a sheet's builder tells the print-layout pass (src/core/report/print-layout.ts)
 * when the widths alone do not say it.
 */
export interface PrintHint {
  /** Columns repeated on each page when the sheet goes across pages (default: frozen columns, else 1). */
  keyColumns?: number;
  /**
   * A document to read on paper (the справка): portrait, pages numbered in the footer's centre.
   * Default: true when the builder's own page setup is portrait.
   */
  document?: boolean;
  /** Leave the sheet's page setup as its builder made it. */
  skip?: boolean;
}

export interface SheetModel {
  name: string;
  cells: OutCell[][];
  /** 0-based index of the header row (for column number formats and freezing). */
  headerRow?: number;
  columns?: ColumnModel[];
  /** Row heights in points by 0-based row (wrapped paragraphs that Excel does not grow itself). */
  rowHeights?: Record<number, number>;
  freeze?: { rows: number; cols?: number };
  styles?: { range: RangeRef; style: CellStyle }[];
  merges?: RangeRef[];
  tables?: TableModel[];
  validations?: ValidationModel[];
  conditionalFormats?: ConditionalTextRule[];
  hyperlinks?: HyperlinkModel[];
  charts?: ChartModel[];
  pageSetup?: PageSetupModel;
  /** Hints for the print-layout pass; not written anywhere. */
  print?: PrintHint;
  tabColor?: string;
  visibility?: "visible" | "hidden" | "veryHidden";
}
