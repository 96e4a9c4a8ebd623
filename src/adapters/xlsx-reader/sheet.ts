/**
 * A worksheet part → Grid, the same grid read-grid.ts gives for an ExcelJS
 * book: values from A1 to the last non-empty cell, merge slave cells skipped
 * (even when the file gives them a value of their own, as ExcelJS drops it).
 * Only the rows and cells present in the XML are visited, so a dimension of
 * 1,048,576 rows with 30 filled costs 30 rows. A grid is dense, so values far
 * outside the table (after more than FAR_ROWS empty rows or FAR_COLUMNS empty
 * columns) are left out and noted, as are formulas saved without a value.
 */
import type { CellNote } from "../../core/read/cell-notes";
import type { CellValue, Grid } from "../../core/model";
import { parseRangeA1 } from "../../core/text/a1";
import type { ByteText } from "../bytes/contract";
import { platform } from "../bytes/platform";
import {
  scanSheetData,
  type Placed,
  type ScanState,
  type SheetContext,
  type UncachedFormula,
} from "./sheet-data";

/** A grid is dense: a lone value in XFD1048576 would need 17 billion slots. */
const MAX_GRID_CELLS = 50_000_000;
/**
 * A gap of more empty rows than this ends the sheet: no school or municipality sheet
 * has one inside its data, and the rows before it cost at most FAR_ROWS × width cells.
 */
export const FAR_ROWS = 10_000;
/** A gap of more empty columns than this ends the sheet's width (the widest table has ~50). */
export const FAR_COLUMNS = 64;
/** Far values named one by one per sheet; the rest are counted. */
const MAX_FAR_LISTED = 20;
/** Merge checks per sheet (about a second): far above any real sheet, below a hang. */
const MAX_MERGE_WORK = 200_000_000;
/**
 * A sheet part larger than this is scanned in parts of about this size, each
 * ending on a row's close tag: V8 strings stop at ~536 million characters, and
 * `Сводные данные` of a 10,000-school report is 545 MB of XML (issue 11).
 */
export const SHEET_PART_BYTES = 128 * 2 ** 20;

interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Only `<sheetData>` and `<mergeCells>` are scanned: what lies around them
 * (columns, views, validation lists, conditional formats…) is not read at all.
 */
export function readSheetXml(
  bytes: Uint8Array,
  context: SheetContext,
  sheet = "",
  notes: CellNote[] = [],
  partBytes = SHEET_PART_BYTES
): Grid {
  const text = platform.text(bytes);
  if (bytes.length > partBytes)
    return readLargeSheet(bytes, text, context, partBytes, sheet, notes);
  const xml = text.latin1(0, bytes.length);
  const open = findTag(xml, "sheetData", 0);
  if (open === -1) return [];
  const openEnd = xml.indexOf(">", open);
  if (openEnd === -1) throw new Error("xml: незакрытый тег");
  let rows = new Map<number, Placed[]>();
  let after = openEnd + 1;
  const uncached: UncachedFormula[] = [];
  const counts = { uncachedMore: 0 };
  if (xml.charCodeAt(openEnd - 1) !== 47 /* not <sheetData/> */) {
    const close = findTag(xml, "/sheetData", openEnd);
    if (close === -1) throw new Error("xml: не закрыт <sheetData>");
    rows = scanSheetData(text, xml, openEnd + 1, close, context, uncached, counts);
    after = close;
  }
  noteUncached(uncached, counts, sheet, notes);
  return toGrid(rows, readMerges(xml, after), sheet, notes);
}

function noteUncached(
  uncached: UncachedFormula[],
  counts: { uncachedMore: number },
  sheet: string,
  notes: CellNote[]
): void {
  for (const f of uncached)
    notes.push({ kind: "formula-without-value", sheet, row: f.row, col: f.col - 1 });
  if (counts.uncachedMore > 0 && notes.length > 0)
    notes[notes.length - 1].more = counts.uncachedMore;
}

/** readSheetXml for a part too large for one string: the same scan over whole rows at a time. */
function readLargeSheet(
  bytes: Uint8Array,
  buf: ByteText,
  context: SheetContext,
  partBytes: number,
  sheet: string,
  notes: CellNote[]
): Grid {
  const open = findTagIn(buf, "sheetData", 0);
  if (open === -1) return [];
  const openEnd = buf.indexOf(">", open);
  if (openEnd === -1) throw new Error("xml: незакрытый тег");
  const state: ScanState = { rows: new Map(), rowNumber: 0 };
  const uncached: UncachedFormula[] = [];
  const counts = { uncachedMore: 0 };
  let after = openEnd + 1;
  if (bytes[openEnd - 1] !== 47 /* not <sheetData/> */) {
    const close = findTagIn(buf, "/sheetData", openEnd);
    if (close === -1) throw new Error("xml: не закрыт <sheetData>");
    for (let at = openEnd + 1; at < close;) {
      const rowClose = at + partBytes < close ? findTagIn(buf, "/row", at + partBytes) : -1;
      const end = rowClose === -1 || rowClose >= close ? close : buf.indexOf(">", rowClose) + 1;
      if (end <= at) throw new Error("xml: незакрытый тег");
      const part = bytes.subarray(at, end);
      const partText = platform.text(part);
      scanSheetData(
        partText,
        partText.latin1(0, part.length),
        0,
        part.length,
        context,
        uncached,
        counts,
        state
      );
      at = end;
    }
    after = close;
  }
  noteUncached(uncached, counts, sheet, notes);
  return toGrid(state.rows, readMerges(buf.latin1(after, bytes.length), 0), sheet, notes);
}

/** findTag over bytes: each candidate checked on a short latin1 view around it. */
function findTagIn(buf: ByteText, name: string, from: number): number {
  const local = name.startsWith("/") ? name.slice(1) : name;
  for (let at = buf.indexOf(local, from); at !== -1; at = buf.indexOf(local, at + 1)) {
    const lo = Math.max(0, at - 256);
    const found = findTag(buf.latin1(lo, at + local.length + 1), name, at - lo);
    if (found !== -1) return lo + found;
  }
  return -1;
}

/** Ranges of `<mergeCell ref="A1:C1"/>` inside `<mergeCells>`. */
function readMerges(xml: string, from: number): Range[] {
  const open = findTag(xml, "mergeCells", from);
  if (open === -1) return [];
  const close = findTag(xml, "/mergeCells", open);
  const body = xml.slice(open, close === -1 ? xml.length : close);
  const merges: Range[] = [];
  for (const m of body.matchAll(/<(?:[\w.-]+:)?mergeCell\s[^>]*?\bref\s*=\s*["']([^"']+)["']/g))
    merges.push(rangeOf(m[1]));
  return merges;
}

/** Index of the `<` of the first tag with this local name (`/name` for a close tag), or -1. */
function findTag(xml: string, name: string, from: number): number {
  const closing = name.startsWith("/");
  const local = closing ? name.slice(1) : name;
  for (let at = xml.indexOf(local, from); at !== -1; at = xml.indexOf(local, at + 1)) {
    const next = xml.charCodeAt(at + local.length);
    if (!(next === 62 || next === 47 || next <= 32)) continue;
    let p = at - 1;
    if (xml.charCodeAt(p) === 58 /* : after a prefix */) {
      p -= 1;
      while (p >= 0 && /[\w.-]/.test(xml[p])) p -= 1;
    }
    if (closing) {
      if (xml.charCodeAt(p) === 47 && xml.charCodeAt(p - 1) === 60) return p - 1;
    } else if (xml.charCodeAt(p) === 60) return p;
  }
  return -1;
}

function toGrid(
  rows: Map<number, Placed[]>,
  merges: Range[],
  sheet: string,
  notes: CellNote[]
): Grid {
  const slave = mergeSlaves(merges);
  const kept: { row: number; cells: Placed[] }[] = [];
  for (const r of Array.from(rows.keys()).sort((a, b) => a - b)) {
    const cells = rows.get(r)!;
    const own = merges.length === 0 ? cells : cells.filter((p) => !slave(r, p.col));
    if (own.length > 0) kept.push({ row: r, cells: own });
  }
  const { rowLimit, colLimit } = tableLimits(kept);
  let lastRow = 0;
  let lastCol = 0;
  let far = 0;
  for (const { row, cells } of kept)
    for (const p of cells) {
      if (row <= rowLimit && p.col <= colLimit) {
        lastRow = row;
        if (p.col > lastCol) lastCol = p.col;
      } else if ((far += 1) <= MAX_FAR_LISTED) {
        notes.push({ kind: "outside-table", sheet, row, col: p.col - 1, value: shown(p.value) });
      }
    }
  if (far > MAX_FAR_LISTED) notes[notes.length - 1].more = far - MAX_FAR_LISTED;
  if (lastRow * lastCol > MAX_GRID_CELLS)
    throw new Error(`лист слишком велик: ${lastRow} × ${lastCol}`);
  const grid: Grid = [];
  for (let r = 0; r < lastRow; r += 1) grid.push(new Array<CellValue>(lastCol).fill(null));
  // A repeated cell reference: the later one wins, as in ExcelJS.
  for (const { row, cells } of kept)
    if (row <= lastRow)
      for (const p of cells) if (p.col <= lastCol) grid[row - 1][p.col - 1] = p.value;
  return grid;
}

/** The last row and column before the first gap wider than FAR_ROWS / FAR_COLUMNS. */
function tableLimits(kept: readonly { row: number; cells: Placed[] }[]): {
  rowLimit: number;
  colLimit: number;
} {
  let rowLimit = 0;
  for (const { row } of kept) {
    if (row - rowLimit > FAR_ROWS) break;
    rowLimit = row;
  }
  const used = new Set<number>();
  for (const { row, cells } of kept) if (row <= rowLimit) for (const p of cells) used.add(p.col);
  let colLimit = 0;
  for (const col of Array.from(used).sort((a, b) => a - b)) {
    if (col - colLimit > FAR_COLUMNS) break;
    colLimit = col;
  }
  return { rowLimit, colLimit };
}

function shown(value: CellValue): string {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
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
  // Valid merges never overlap, so few span one row; a crafted file with
  // thousands of tall merges beside the data would make this quadratic.
  let work = 0;
  return (row, col) => {
    if (row !== at) {
      at = row;
      work += active.length;
      active = active.filter((m) => m.bottom >= row);
      while (next < byTop.length && byTop[next].top <= row) {
        if (byTop[next].bottom >= row) active.push(byTop[next]);
        next += 1;
      }
    }
    work += active.length;
    if (work > MAX_MERGE_WORK) throw new Error("слишком много объединённых ячеек");
    return active.some((m) => col >= m.left && col <= m.right && (row > m.top || col > m.left));
  };
}

/** A merge's ref ("A1:C1", "A1") as 1-based bounds, whichever corner comes first. */
function rangeOf(ref: string): Range {
  const { row, col, rows, cols } = parseRangeA1(ref);
  const rowEnd = row + rows - 1;
  const colEnd = col + cols - 1;
  return {
    top: Math.min(row, rowEnd) + 1,
    bottom: Math.max(row, rowEnd) + 1,
    left: Math.min(col, colEnd) + 1,
    right: Math.max(col, colEnd) + 1,
  };
}
