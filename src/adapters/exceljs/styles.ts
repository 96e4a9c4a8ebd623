/** CellStyle (port) → ExcelJS style, applied without sharing style objects between cells. */
import type ExcelJS from "exceljs";
import type { CellStyle, RangeRef } from "../../port/sheet-model";
import { argbOf } from "../ooxml/colour";
import { excelNumberFormat } from "../ooxml/formats";

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FFBFBFBF" } };

export function solidFill(color: string): ExcelJS.FillPattern {
  const argb = argbOf(color);
  return { type: "pattern", pattern: "solid", fgColor: { argb }, bgColor: { argb } };
}

/** The style of `current` with `style` laid over it, as a fresh object. */
export function mergedStyle(
  current: Partial<ExcelJS.Style>,
  style: CellStyle
): Partial<ExcelJS.Style> {
  const next: Partial<ExcelJS.Style> = { ...current };
  const font: Partial<ExcelJS.Font> = { ...(current.font ?? {}) };
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontColor !== undefined) font.color = { argb: argbOf(style.fontColor) };
  if (Object.keys(font).length > 0) next.font = font;
  if (style.fill !== undefined) next.fill = solidFill(style.fill);
  if (style.numberFormat !== undefined) next.numFmt = excelNumberFormat(style.numberFormat);
  const alignment: Partial<ExcelJS.Alignment> = { ...(current.alignment ?? {}) };
  if (style.wrap !== undefined) alignment.wrapText = style.wrap;
  if (style.hAlign !== undefined) alignment.horizontal = style.hAlign;
  if (style.vAlign !== undefined)
    alignment.vertical = style.vAlign === "center" ? "middle" : style.vAlign;
  if (Object.keys(alignment).length > 0) next.alignment = alignment;
  if (style.border) next.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  return next;
}

export function styleRange(sheet: ExcelJS.Worksheet, range: RangeRef, style: CellStyle): void {
  for (let r = range.row; r < range.row + range.rows; r += 1) {
    const row = sheet.getRow(r + 1);
    for (let c = range.col; c < range.col + range.cols; c += 1) {
      const cell = row.getCell(c + 1);
      cell.style = mergedStyle(cell.style, style);
    }
  }
}
