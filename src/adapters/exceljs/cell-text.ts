import type ExcelJS from "exceljs";
import { plainText } from "../ooxml/plain-text";
import { plainValue } from "./read-grid";

/** A cell's value as the text a person sees (dates as ДД.ММ.ГГГГ). */
export function readCellText(value: ExcelJS.CellValue): string {
  return plainText(plainValue(value));
}
