/**
 * Small builders shared by every output sheet: A1 addresses, the header style,
 * a sheet that is one Excel table, and cells made from schema fields.
 */
import type { FieldSpec } from "../schema";
import { validationRule } from "./validation-rule";
import { NO, YES } from "../schema/values";
import { dateFromDay } from "../time/day";
import type {
  CellStyle,
  ColumnModel,
  OutCell,
  RangeRef,
  SheetModel,
  ValidationModel,
} from "../../port/sheet-model";

export const DATE_FORMAT = "dd.mm.yyyy";
export const ONE_DECIMAL = "0.0";
export const HEADER_STYLE: CellStyle = {
  bold: true,
  fill: "#DDEBF7",
  wrap: true,
  vAlign: "center",
  border: true,
};
export const TITLE_STYLE: CellStyle = { bold: true, fontSize: 14 };
export const TABLE_STYLE = "TableStyleMedium2";

export function yesNoCell(value: boolean | null | undefined): OutCell {
  return value === null || value === undefined ? null : value ? YES : NO;
}

export function dayCell(day: number | null | undefined): OutCell {
  return day === null || day === undefined ? null : dateFromDay(day);
}

/** A schema field's value as a cell: dates as Date, yes/no as Да/Нет, lists joined "; ". */
export function fieldCell(field: FieldSpec, value: unknown): OutCell {
  if (value === null || value === undefined) return null;
  switch (field.type) {
    case "date":
      return typeof value === "number" ? dayCell(value) : null;
    case "yesno":
      return typeof value === "boolean" ? yesNoCell(value) : String(value);
    case "multilist":
      return Array.isArray(value) ? (value.length ? value.join("; ") : null) : String(value);
    case "number":
    case "integer":
      return typeof value === "number" ? value : String(value);
    default:
      return String(value);
  }
}

export function columnOf(field: FieldSpec): ColumnModel {
  const width = field.width ?? (field.type === "date" ? 12 : field.type === "yesno" ? 10 : 14);
  return field.type === "date" ? { width, numberFormat: DATE_FORMAT } : { width };
}

/** Dropdown validation for list and yes/no columns, as the school template has. */
export function listValidations(
  fields: readonly FieldSpec[],
  firstRow: number,
  rows: number
): ValidationModel[] {
  const out: ValidationModel[] = [];
  fields.forEach((field, col) => {
    // Several deficits are typed into one cell: no dropdown that would refuse "A; B".
    if (field.type === "multilist" || !field.values) return;
    const rule = validationRule(field);
    if (rule?.kind === "list")
      out.push({ range: { row: firstRow, col, rows, cols: 1 }, rule, allowBlank: true });
  });
  return out;
}

export interface TableSheetInput {
  name: string;
  tableName: string;
  headers: readonly string[];
  columns: ColumnModel[];
  rows: OutCell[][];
  /** Validations with rows counted as if the table started at A1 (shifted under a preamble). */
  validations?: ValidationModel[];
  /** Rows above the table (e.g. the calculation block of `Сводные данные`), with their styles. */
  preamble?: { cells: OutCell[][]; styles: { range: RangeRef; style: CellStyle }[] };
}

/**
 * One Excel table from A1 (or under the preamble), headers frozen; an empty table keeps
 * one blank row (Excel needs it).
 */
export function tableSheet(input: TableSheetInput): SheetModel {
  const cols = input.headers.length;
  const dataRows = Math.max(1, input.rows.length);
  const top = input.preamble?.cells.length ?? 0;
  const shift = (r: RangeRef): RangeRef => ({ ...r, row: r.row + top });
  return {
    name: input.name,
    cells: [...(input.preamble?.cells ?? []), [...input.headers], ...input.rows],
    headerRow: top,
    columns: input.columns,
    freeze: { rows: top + 1 },
    styles: [
      ...(input.preamble?.styles ?? []),
      { range: { row: top, col: 0, rows: 1, cols }, style: HEADER_STYLE },
    ],
    tables: [
      {
        name: input.tableName,
        range: { row: top, col: 0, rows: dataRows + 1, cols },
        style: TABLE_STYLE,
      },
    ],
    ...(input.validations?.length
      ? { validations: input.validations.map((v) => ({ ...v, range: shift(v.range) })) }
      : {}),
  };
}
