/**
 * A sheet of rows under one header row, built from a schema table spec: the
 * header exactly as the schema spells it, an Excel table over header + data
 * rows, frozen header, widths, number formats and validation per column.
 * The templates use it empty (blank rows to fill); the demo and consolidation
 * put their rows in.
 */
import type { FieldSpec, TableSheetSpec } from "../../core/schema";
import type { ColumnModel, OutCell, SheetModel, ValidationModel } from "../../port/sheet-model";
import { DATE_FORMAT, HEADER, INTEGER_FORMAT, TABLE_STYLE } from "./styles";
import { fieldValidation } from "./validation";
import { maxOf } from "../../core/arrays";

export interface TableSheetOptions {
  /** Data rows, each in the spec's field order. */
  rows?: readonly OutCell[][];
  /** Empty rows added inside the table, ready to fill. */
  blankRows?: number;
  /** Dropdowns and checks on the data cells (templates: yes; outputs: no). */
  validations?: boolean;
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
    styles: [{ range: { row: 0, col: 0, rows: 1, cols: width }, style: HEADER }],
    tables: spec.tableName ? [{ name: spec.tableName, range: all, style: TABLE_STYLE }] : [],
    validations: options.validations ? columnValidations(fields, data.length) : [],
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

function columnValidations(fields: readonly FieldSpec[], rows: number): ValidationModel[] {
  return fields.flatMap((field, col) => {
    const validation = fieldValidation(field, { row: 1, col, rows, cols: 1 });
    return validation ? [validation] : [];
  });
}

function padRow(row: readonly OutCell[], width: number): OutCell[] {
  const padded = row.slice(0, width);
  while (padded.length < width) padded.push(null);
  return padded;
}
