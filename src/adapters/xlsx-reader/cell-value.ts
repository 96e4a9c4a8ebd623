/**
 * One `<c>` element's value as the grid holds it, following ExcelJS's
 * cell-xform (which type attribute means what) and then read-grid's
 * plainValue (formulas by cached result, errors as their text, empty → null).
 */
import type { CellValue } from "../../core/model";
import { dateFromSerial } from "../../core/time/day";

export interface RawCell {
  /** The `t` attribute ("" when absent). */
  type: string;
  /** Concatenated `<v>` text; null when the cell has no `<v>` text. */
  v: string | null;
  /** Text of an inline string `<is>`; null when there is none. */
  inline: string | null;
  /** True when the cell has a formula (`<f>` with text, or a shared/array `<f t=...>`). */
  formula: boolean;
  /** True when its style formats numbers as dates. */
  date: boolean;
}

export function cellValue(cell: RawCell, strings: readonly string[], date1904: boolean): CellValue {
  if (cell.formula) return formulaResult(cell, date1904);
  switch (cell.type) {
    case "s": {
      if (cell.v === null) return null;
      const text = strings[parseInt(cell.v, 10)];
      if (text === undefined) throw new Error(`нет общей строки №${cell.v.trim()}`);
      return text === "" ? null : text;
    }
    case "inlineStr":
      return cell.inline || null;
    case "str":
      return cell.v || null;
    case "b":
      return cell.v === null ? null : parseInt(cell.v, 10) !== 0;
    case "e":
      return cell.v || null;
    case "d":
      // ISO 8601 date cells (ExcelJS would take parseFloat of the text: the year as a number).
      return cell.v === null ? null : validDate(new Date(cell.v));
    default:
      return cell.v === null ? null : number(cell.v, cell.date, date1904);
  }
}

/** The cached result; none (an empty `<v>`) is null. */
function formulaResult(cell: RawCell, date1904: boolean): CellValue {
  if (!cell.v) return null;
  switch (cell.type) {
    case "str":
      return cell.v;
    case "b":
      return parseInt(cell.v, 10) !== 0;
    case "e":
      return cell.v;
    default:
      return number(cell.v, cell.date, date1904);
  }
}

function number(text: string, date: boolean, date1904: boolean): CellValue {
  const n = parseFloat(text);
  if (!Number.isFinite(n)) return null;
  return date ? validDate(dateFromSerial(n, date1904)) : n;
}

function validDate(d: Date): Date | null {
  return Number.isNaN(d.getTime()) ? null : d;
}
