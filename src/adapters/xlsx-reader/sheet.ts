/**
 * A worksheet part → Grid, the same grid read-grid.ts gives for an ExcelJS
 * book: values from A1 to the last non-empty cell, merge slave cells skipped
 * (even when the file gives them a value of their own, as ExcelJS drops it).
 * Only the rows and cells present in the XML are visited, so a dimension of
 * 1,048,576 rows with 30 filled costs 30 rows.
 */
import type { CellValue, Grid } from "../../core/model";
import { cellValue, type RawCell } from "./cell-value";
import { StringItem } from "./text-runs";
import { scanXml, type XmlAttrs } from "./xml";

export interface SheetContext {
  strings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
/** A grid is dense: a lone value in XFD1048576 would need 17 billion slots. */
const MAX_GRID_CELLS = 50_000_000;

interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

type Placed = { col: number; value: CellValue };

export function readSheetXml(xml: string, context: SheetContext): Grid {
  const rows = new Map<number, Placed[]>();
  const merges: Range[] = [];
  const item = new StringItem();
  let rowNumber = 0;
  let row: Placed[] = [];
  let col = 0;
  let cell: RawCell | null = null;
  let inV = false;
  let inF = false;
  let inIs = false;
  let runDepth = 0;
  let v: string[] = [];
  let f = "";

  scanXml(xml, {
    open(name: string, attrs: XmlAttrs) {
      if (cell !== null) {
        if (name === "v") inV = true;
        else if (name === "f") {
          inF = true;
          if (attrs.t === "shared" || attrs.t === "array" || attrs.t === "dataTable")
            cell.formula = true;
        } else if (name === "is") {
          inIs = true;
          item.reset();
        } else if (inIs) {
          if (name === "r") runDepth += 1;
          item.open(name);
        }
      } else if (name === "c") {
        col = attrs.r ? columnOf(attrs.r) : col + 1;
        if (col > MAX_COL) throw new Error(`столбец за пределами листа: ${attrs.r ?? col}`);
        const style = attrs.s ? parseInt(attrs.s, 10) : 0;
        cell = {
          type: attrs.t ?? "",
          v: null,
          inline: null,
          formula: false,
          date: context.dateStyles[style] === true,
        };
        v = [];
        f = "";
      } else if (name === "row") {
        rowNumber = attrs.r ? parseInt(attrs.r, 10) : rowNumber + 1;
        if (!(rowNumber >= 1 && rowNumber <= MAX_ROW))
          throw new Error(`неверный номер строки: ${attrs.r}`);
        // A repeated row number replaces the earlier row, as in ExcelJS.
        row = [];
        rows.set(rowNumber, row);
        col = 0;
      } else if (name === "mergeCell" && attrs.ref) merges.push(rangeOf(attrs.ref));
    },
    close(name: string) {
      if (cell === null) return;
      if (name === "c") {
        if (v.length > 0) cell.v = v.join("");
        if (f !== "") cell.formula = true;
        const value = cellValue(cell, context.strings, context.date1904);
        if (value !== null) row.push({ col, value });
        cell = null;
      } else if (name === "v") inV = false;
      else if (name === "f") inF = false;
      else if (name === "is") {
        inIs = false;
        cell.inline = item.value();
      } else if (inIs) {
        if (name === "r") runDepth -= 1;
        else item.close(name, runDepth > 0);
      }
    },
    text(text: string) {
      if (cell === null) return;
      if (inV) v.push(text);
      else if (inF) f += text;
      else if (inIs) item.text(text);
    },
  });
  return toGrid(rows, merges);
}

function toGrid(rows: Map<number, Placed[]>, merges: Range[]): Grid {
  const slave = mergeSlaves(merges);
  let lastRow = 0;
  let lastCol = 0;
  const kept: { row: number; cells: Placed[] }[] = [];
  for (const r of [...rows.keys()].sort((a, b) => a - b)) {
    const cells = rows.get(r)!;
    const own = merges.length === 0 ? cells : cells.filter((p) => !slave(r, p.col));
    if (own.length === 0) continue;
    kept.push({ row: r, cells: own });
    lastRow = r;
    for (const p of own) if (p.col > lastCol) lastCol = p.col;
  }
  if (lastRow * lastCol > MAX_GRID_CELLS)
    throw new Error(`лист слишком велик: ${lastRow} × ${lastCol}`);
  const grid: Grid = [];
  for (let r = 0; r < lastRow; r += 1) grid.push(new Array<CellValue>(lastCol).fill(null));
  // A repeated cell reference: the later one wins, as in ExcelJS.
  for (const { row, cells } of kept) for (const p of cells) grid[row - 1][p.col - 1] = p.value;
  return grid;
}

/**
 * "Is (row, col) a merge slave?" for rows asked in increasing order: a sweep
 * keeps only the merges spanning the current row, so neither a huge merge
 * nor many merges cost more than the cells actually present.
 */
function mergeSlaves(merges: Range[]): (row: number, col: number) => boolean {
  const byTop = [...merges].sort((a, b) => a.top - b.top);
  let next = 0;
  let active: Range[] = [];
  let at = 0;
  return (row, col) => {
    if (row !== at) {
      at = row;
      active = active.filter((m) => m.bottom >= row);
      while (next < byTop.length && byTop[next].top <= row) {
        if (byTop[next].bottom >= row) active.push(byTop[next]);
        next += 1;
      }
    }
    return active.some((m) => col >= m.left && col <= m.right && (row > m.top || col > m.left));
  };
}

/** Column number of a reference like "AB12" (letters first; `$` allowed). */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i += 1) {
    const c = ref.charCodeAt(i) & ~32; // upper case
    if (c >= 65 && c <= 90) col = col * 26 + c - 64;
    else if (ref.charCodeAt(i) !== 36) break;
  }
  if (col === 0) throw new Error(`неверная ссылка на ячейку: ${ref}`);
  return col;
}

function rowOf(ref: string): number {
  const digits = /(\d+)\s*$/.exec(ref);
  if (!digits) throw new Error(`неверная ссылка на ячейку: ${ref}`);
  return parseInt(digits[1], 10);
}

function rangeOf(ref: string): Range {
  const [a, b = a] = ref.split(":");
  const r1 = rowOf(a);
  const r2 = rowOf(b);
  const c1 = columnOf(a);
  const c2 = columnOf(b);
  return {
    top: Math.min(r1, r2),
    bottom: Math.max(r1, r2),
    left: Math.min(c1, c2),
    right: Math.max(c1, c2),
  };
}
