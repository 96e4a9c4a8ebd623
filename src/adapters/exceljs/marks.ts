/**
 * Validation marks: a light red fill and a note on each marked cell, undone
 * exactly by clearMarks. Values are never touched.
 */
import type ExcelJS from "exceljs";
import type { CellMark, MarkRecord } from "../../port/workbook-port";
import { hexOfArgb } from "../ooxml/colour";
import { cellA1 } from "../../core/text/a1";
import { removeNote, setCellStyle } from "./internals";
import { solidFill } from "./styles";

export const MARK_FILL = "#FFC7CE";

/** What a cell looked like before marking, kept for an exact undo in the same session. */
export interface MarkMemo {
  fill: ExcelJS.Fill | undefined;
  note: ExcelJS.Cell["note"] | undefined;
}

type Memos = Map<string, MarkMemo>;

export function markCells(sheet: ExcelJS.Worksheet, marks: CellMark[], memos: Memos): MarkRecord[] {
  const messages = new Map<string, { mark: CellMark; lines: string[] }>();
  for (const mark of marks) {
    const key = cellA1(mark.row, mark.col);
    const entry = messages.get(key) ?? { mark, lines: [] };
    if (!entry.lines.includes(mark.message)) entry.lines.push(mark.message);
    messages.set(key, entry);
  }
  const records: MarkRecord[] = [];
  for (const [key, { mark, lines }] of messages) {
    const cell = sheet.getCell(mark.row + 1, mark.col + 1);
    const memoKey = `${sheet.name}!${key}`;
    if (!memos.has(memoKey)) memos.set(memoKey, { fill: cell.style.fill, note: cell.note });
    records.push({
      row: mark.row,
      col: mark.col,
      previousFill: solidColor(memos.get(memoKey)?.fill),
    });
    cell.style = { ...cell.style, fill: solidFill(MARK_FILL) };
    cell.note = lines.join("\n");
  }
  return records;
}

export function clearMarks(sheet: ExcelJS.Worksheet, records: MarkRecord[], memos: Memos): void {
  for (const record of records) {
    const cell = sheet.getCell(record.row + 1, record.col + 1);
    const memoKey = `${sheet.name}!${cellA1(record.row, record.col)}`;
    const memo = memos.get(memoKey);
    memos.delete(memoKey);
    const fill = memo
      ? memo.fill
      : record.previousFill
        ? solidFill(record.previousFill)
        : undefined;
    const { fill: _marked, ...rest } = cell.style;
    setCellStyle(cell, fill ? { ...rest, fill } : rest);
    setNote(cell, memo?.note);
  }
}

function solidColor(fill: ExcelJS.Fill | undefined): string | null {
  if (!fill || fill.type !== "pattern" || fill.pattern !== "solid") return null;
  return hexOfArgb(fill.fgColor?.argb);
}

function setNote(cell: ExcelJS.Cell, note: ExcelJS.Cell["note"] | undefined): void {
  if (note !== undefined) {
    cell.note = note;
    return;
  }
  removeNote(cell);
}
