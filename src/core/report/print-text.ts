/**
 * Text measured for print (recommendations.md «Printing»): how wide a column must be to show
 * a text on one line, how many lines a word wrap makes, and the row heights that follow. The
 * factors were measured in LibreOffice (DejaVu Sans; the machine has no Calibri): the estimate
 * errs towards tall rows.
 */
import type { CellStyle, OutCell, SheetModel } from "../../port/sheet-model";

export const DEFAULT_COLUMN_WIDTH = 8.43;

export const LINE_POINTS = 15; // one line of 11-pt text
/**
 * Width units a character takes on one line (the unit is Calibri's digit): lower-case text
 * about one (LibreOffice in DejaVu Sans: 92 Cyrillic characters on width 90), capitals and
 * «_» of codes more; bold a tenth more.
 */
const TEXT_WIDTH_FACTOR = 1.1;
const CAPITAL_WIDTH_FACTOR = 1.35;
export const BOLD_FACTOR = 1.1;
/**
 * The same for wrapped text, measured: LibreOffice (DejaVu Sans, no Calibri) fits 92 Cyrillic
 * characters on a line of width 90 and 35 digits and commas on width 30; Excel in Calibri at
 * least as many. A line of width w takes w - 1 characters: the row errs towards tall.
 */
const WRAP_WIDTH_FACTOR = 1;
const MAX_ROW_POINTS = 409; // Excel's limit

/** Column width (Excel's units) that shows `text` on one line. */
export function widthFor(text: string, factor = 1): number {
  let units = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    const capital = (ch >= 65 && ch <= 90) || ch === 95 || (ch >= 0x410 && ch <= 0x42f);
    units += capital ? CAPITAL_WIDTH_FACTOR : TEXT_WIDTH_FACTOR;
  }
  return Math.ceil(units * factor + 1);
}

/**
 * Row heights (points) for rows with wrapped text, never lower than the builder's:
 * lines by a word wrap at the column's width (merged cells: the merged width).
 */
export function wrappedRowHeights(
  model: SheetModel,
  widths: readonly number[]
): Record<number, number> {
  const heights: Record<number, number> = { ...(model.rowHeights ?? {}) };
  const spans = mergedWidths(model, widths);
  const rows = model.cells.length;
  for (const { range, style } of model.styles ?? []) {
    if (!style.wrap) continue;
    const end = Math.min(rows, range.row + range.rows);
    for (let r = range.row; r < end; r += 1) {
      const row = model.cells[r] ?? [];
      for (let c = range.col; c < Math.min(widths.length, range.col + range.cols); c += 1) {
        const text = textOf(row[c]);
        if (text === "") continue;
        const span = spans.get(`${r}:${c}`);
        if (span === null) continue; // inside a merge: the top-left cell carries the text
        const points = linesOf(text, fontWidth(span ?? widths[c], style)) * lineHeight(style);
        const height = Math.min(MAX_ROW_POINTS, Math.ceil(points));
        if (height > LINE_POINTS && height > (heights[r] ?? 0)) heights[r] = height;
      }
    }
  }
  return heights;
}

/** Width of each merge's top-left cell (the merged columns together); null for its other cells. */
function mergedWidths(model: SheetModel, widths: readonly number[]): Map<string, number | null> {
  const spans = new Map<string, number | null>();
  for (const m of model.merges ?? []) {
    if (m.rows !== 1 || m.cols < 2) continue;
    let width = 0;
    for (let c = m.col; c < m.col + m.cols; c += 1) width += widths[c] ?? DEFAULT_COLUMN_WIDTH;
    spans.set(`${m.row}:${m.col}`, width);
    for (let c = m.col + 1; c < m.col + m.cols; c += 1) spans.set(`${m.row}:${c}`, null);
  }
  return spans;
}

/** Characters of this style's text that fit the width on one line. */
function fontWidth(width: number, style: CellStyle): number {
  const size = style.fontSize ?? 11;
  const bold = style.bold ? 0.9 : 1;
  return Math.max(1, Math.floor(((width - 1) / WRAP_WIDTH_FACTOR) * bold * (11 / size)));
}

function lineHeight(style: CellStyle): number {
  return Math.max(LINE_POINTS, (style.fontSize ?? 11) * 1.36);
}

/** Lines a greedy word wrap makes of `text` at `perLine` characters. */
export function linesOf(text: string, perLine: number): number {
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(" ")) {
      const length = word.length;
      if (used === 0) used = length;
      else if (used + 1 + length <= perLine) used += 1 + length;
      else {
        lines += 1;
        used = length;
      }
      while (used > perLine) {
        lines += 1;
        used -= perLine;
      }
    }
  }
  return lines;
}

export function textOf(cell: OutCell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell;
  if (typeof cell === "number" || typeof cell === "boolean") return String(cell);
  if (cell instanceof Date) return "00.00.0000";
  // bounded: one level deep, a formula's result is a plain value by its type
  return textOf(cell.result);
}
