/**
 * A sheet of rows under one header row, built from a schema table spec: the
 * header exactly as the schema spells it, an Excel table over header + data
 * rows, frozen header, widths, number formats and validation per column.
 * The templates use it empty (blank rows to fill); the demo and consolidation
 * put their rows in.
 */
import type { FieldSpec, TableSheetSpec } from "../../core/schema";
import type {
  CellStyle,
  ColumnModel,
  OutCell,
  RangeRef,
  SheetModel,
  ValidationModel,
} from "../../port/sheet-model";
import { DATE_FORMAT, HEADER, INTEGER_FORMAT, RENEW, TABLE_STYLE } from "./styles";
import { fieldValidation } from "./validation";
import { maxOf } from "../../core/arrays";

export interface TableSheetOptions {
  /** Data rows, each in the spec's field order. */
  rows?: readonly OutCell[][];
  /** Empty rows added inside the table, ready to fill. */
  blankRows?: number;
  /** Dropdowns and checks on the data cells (templates: yes; outputs: no). */
  validations?: boolean;
  /**
   * Cells the school answers anew (a pre-filled workbook): per data row, the
   * column indexes; they get the «обновите» fill and input message.
   */
  renew?: readonly ReadonlySet<number>[];
  /** Per data row, column → the first words of a marked cell's message instead of «Обновите». */
  prompts?: readonly ReadonlyMap<number, string>[];
}

export function tableSheet(spec: TableSheetSpec, options: TableSheetOptions = {}): SheetModel {
  const fields = spec.fields;
  const width = fields.length;
  const blank = Array.from({ length: options.blankRows ?? 0 }, () =>
    new Array<OutCell>(width).fill(null)
  );
  const data = [...(options.rows ?? []).map((row) => padRow(row, width)), ...blank];
  // An Excel table needs at least one row under its header.
  if (data.length === 0) data.push(new Array<OutCell>(width).fill(null));
  const all = { row: 0, col: 0, rows: data.length + 1, cols: width };
  return {
    name: spec.name,
    cells: [fields.map((f) => f.header), ...data],
    headerRow: 0,
    columns: fields.map(columnModel),
    freeze: { rows: 1 },
    styles: [
      { range: { row: 0, col: 0, rows: 1, cols: width }, style: HEADER },
      ...renewStyles(options.renew ?? [], fields),
    ],
    tables: spec.tableName ? [{ name: spec.tableName, range: all, style: TABLE_STYLE }] : [],
    validations: options.validations
      ? columnValidations(fields, data.length, options.renew ?? [], options.prompts ?? [])
      : [],
    pageSetup: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      repeatRows: { first: 0, last: 0 },
    },
  };
}

export function columnWidth(field: FieldSpec): number {
  const longestWord = maxOf(field.header.split(/\s+/).map((w) => w.length));
  return Math.max(field.width ?? defaultWidth(field), longestWord + 2);
}

function defaultWidth(field: FieldSpec): number {
  switch (field.type) {
    case "date":
      return 12;
    case "yesno":
      return 12;
    case "number":
    case "integer":
      return 10;
    default:
      return 16;
  }
}

function columnModel(field: FieldSpec): ColumnModel {
  const column: ColumnModel = { width: columnWidth(field) };
  if (field.type === "date") column.numberFormat = DATE_FORMAT;
  if (field.type === "integer") column.numberFormat = INTEGER_FORMAT;
  return column;
}

/** Each column's validation over its data rows, split into runs of marked and plain cells (ranges never overlap). */
function columnValidations(
  fields: readonly FieldSpec[],
  rows: number,
  renew: readonly ReadonlySet<number>[],
  prompts: readonly ReadonlyMap<number, string>[]
): ValidationModel[] {
  const out: ValidationModel[] = [];
  fields.forEach((field, col) => {
    for (const run of runsOf(col, rows, renew, prompts)) {
      const range = { row: 1 + run.first, col, rows: run.rows, cols: 1 };
      const validation = fieldValidation(field, range, {
        renew: run.marked,
        ...(run.prompt !== undefined ? { prompt: run.prompt } : {}),
      });
      if (validation) out.push(validation);
    }
  });
  return out;
}

interface Run {
  first: number;
  rows: number;
  marked: boolean;
  /** The marked cells' own first words (same for the whole run). */
  prompt?: string;
}

/** Runs of cells in a column with the same mark and message (ranges never overlap). */
function runsOf(
  col: number,
  rows: number,
  renew: readonly ReadonlySet<number>[],
  prompts: readonly ReadonlyMap<number, string>[] = []
): Run[] {
  const runs: Run[] = [];
  for (let r = 0; r < rows; r += 1) {
    const marked = renew[r]?.has(col) ?? false;
    const prompt = marked ? prompts[r]?.get(col) : undefined;
    const last = runs[runs.length - 1];
    if (last && last.marked === marked && last.prompt === prompt) last.rows += 1;
    else runs.push({ first: r, rows: 1, marked, ...(prompt !== undefined ? { prompt } : {}) });
  }
  return runs;
}

/** The «обновите» fill, one range per run of marked cells in a column. */
function renewStyles(
  renew: readonly ReadonlySet<number>[],
  fields: readonly FieldSpec[]
): { range: RangeRef; style: CellStyle }[] {
  const out: { range: RangeRef; style: CellStyle }[] = [];
  fields.forEach((field, col) => {
    // The column's number format stays on the filled cell (a date typed there shows as a date).
    const format = columnModel(field).numberFormat;
    const style: CellStyle = format ? { ...RENEW, numberFormat: format } : RENEW;
    for (const run of runsOf(col, renew.length, renew))
      if (run.marked)
        out.push({ range: { row: 1 + run.first, col, rows: run.rows, cols: 1 }, style });
  });
  return out;
}

function padRow(row: readonly OutCell[], width: number): OutCell[] {
  const padded = row.slice(0, width);
  while (padded.length < width) padded.push(null);
  return padded;
}
