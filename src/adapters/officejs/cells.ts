/**
 * Cells on their way to and from Office.js: text that Excel would reinterpret is kept as
 * text, dates become serial numbers, and payload sizes are measured in UTF-8 JSON bytes.
 */
import type { CellValue } from "../../core/model";
import { dayFromDate, serialFromDay } from "../../core/time/day";
import type { OutCell } from "../../port/sheet-model";
import { isReinterpreted } from "./typed-text";

export type ExcelValue = string | number | boolean;

/**
 * A string Excel would turn into something else when written to `values` (a number, date,
 * percentage, currency, boolean, error, formula; see typed-text.ts) gets an apostrophe prefix,
 * which Excel stores as "text, as typed" and never returns as part of the value.
 */
export function textAsText(text: string): string {
  return isReinterpreted(text) ? `'${text}` : text;
}

/** `dateShift`: days to subtract from a 1900 serial in this workbook (1462 in a 1904 one). */
export function toExcelValue(cell: OutCell, dateShift = 0): ExcelValue {
  if (cell === null) return ""; // null would mean "leave the cell as it is" to Office.js
  if (typeof cell === "string") return textAsText(cell);
  if (cell instanceof Date) return serialFromDay(dayFromDate(cell)) - dateShift;
  if (typeof cell === "object")
    return cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`;
  return cell;
}

export function fromExcelValue(value: unknown): CellValue {
  if (value === "" || value === undefined || value === null) return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") {
    return value;
  }
  return String(value);
}

/** UTF-8 byte length of a string, without allocating an encoded copy. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Exact size of `JSON.stringify(value)` in UTF-8. */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value));
}
