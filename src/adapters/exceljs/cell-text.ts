import type ExcelJS from "exceljs";
import { plainValue } from "./read-grid";

/** A cell's value as the text a person sees (dates as ДД.ММ.ГГГГ). */
export function readCellText(value: ExcelJS.CellValue): string {
  const plain = plainValue(value);
  if (plain === null) return "";
  if (plain instanceof Date) {
    const d = plain;
    const two = (n: number) => String(n).padStart(2, "0");
    return `${two(d.getUTCDate())}.${two(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
  }
  return String(plain);
}
