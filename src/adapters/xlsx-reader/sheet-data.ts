/**
 * The hand-written scanner over a worksheet's `<sheetData>`: the one part
 * whose size grows with the data, so it gets no generic XML events and no
 * attribute objects. The XML is scanned as a latin1 string (one char per
 * byte, so string offsets are byte offsets); only the text of values is
 * decoded from UTF-8. Element nesting is still checked: a mismatched or
 * unclosed tag throws, as does an unknown entity.
 */
import type { CellValue } from "../../core/model";
import type { ByteText } from "../bytes/contract";
import { cellValue, type RawCell } from "./cell-value";
import { StringItem } from "./text-runs";
import { declaration, decodeText, skipPast, tagEnd } from "./xml";

export interface SheetContext {
  strings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

export type Placed = { col: number; value: CellValue };

/** A formula cell saved without a value: row 1-based, col 1-based. */
export interface UncachedFormula {
  row: number;
  col: number;
}

/** Formulas without a value listed one by one per sheet; beyond this they are only counted. */
export const MAX_UNCACHED_LISTED = 10_000;

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
const MAX_DEPTH = 256;

/** Element kinds the scanner acts on; everything else is only nesting-checked. */
const enum Kind {
  Other,
  Row,
  C,
  V,
  F,
  Is,
  T,
  R,
  RPh,
}

/** Where a scan in parts goes on from: the rows so far and the last row number (rows without `r` count on). */
export interface ScanState {
  rows: Map<number, Placed[]>;
  rowNumber: number;
}

/**
 * Rows by number, each with its non-empty cells in file order. `xml` is the
 * latin1 view of `buf`; [from, to) is the content between the sheetData tags,
 * or whole rows of it when `state` carries the scan on from an earlier part.
 */
export function scanSheetData(
  buf: ByteText,
  xml: string,
  from: number,
  to: number,
  context: SheetContext,
  uncached: UncachedFormula[] = [],
  counts = { uncachedMore: 0 },
  state?: ScanState
): Map<number, Placed[]> {
  const rows = state?.rows ?? new Map<number, Placed[]>();
  const stackStart = new Int32Array(MAX_DEPTH);
  const stackLength = new Int32Array(MAX_DEPTH);
  let depth = 0;
  const item = new StringItem();
  const cell: RawCell = { type: "", v: null, inline: null, formula: false, date: false };
  let inCell = false;
  let inV = false;
  let inF = false;
  let inIs = false;
  let runDepth = 0;
  let rowNumber = state?.rowNumber ?? 0;
  let row: Placed[] = [];
  let col = 0;
  let v = "";
  let hasV = false;
  /** A <v> element was present, even an empty one (an empty text result). */
  let vTag = false;
  const attrs = { r: "", s: "", t: "" };

  let at = from;
  while (at < to) {
    const lt = xml.indexOf("<", at);
    const textEnd = lt === -1 || lt > to ? to : lt;
    if (textEnd > at && inCell && (inV || inF || inIs)) {
      const text = decodeText(textOf(buf, xml, at, textEnd));
      if (inV) {
        v += text;
        hasV = true;
      } else if (inF) cell.formula = true;
      else item.text(text);
    }
    if (textEnd === to) break;
    const c1 = xml.charCodeAt(lt + 1);
    if (c1 === 33 /* ! */) {
      const { next, cdata } = declaration(xml, lt);
      if (cdata && inCell) {
        const text = textOf(buf, xml, cdata[0], cdata[1]);
        if (inV) {
          v += text;
          hasV = true;
        } else if (inF) cell.formula = true;
        else if (inIs) item.text(text);
      }
      at = next;
      continue;
    }
    if (c1 === 63 /* ? */) {
      at = skipPast(xml, lt, "?>");
      continue;
    }
    const gt = tagEnd(xml, lt, to);
    if (c1 === 47 /* / */) {
      const [start, length] = nameAt(xml, lt + 2, gt);
      if (
        depth === 0 ||
        !sameName(xml, stackStart[depth - 1], stackLength[depth - 1], start, length)
      ) {
        throw new Error(`xml: лишний </${xml.slice(start, start + length)}>`);
      }
      depth -= 1;
      const kind = kindOf(xml, start, length);
      if (kind === Kind.C && inCell) {
        finishCell();
      } else if (kind === Kind.V) inV = false;
      else if (kind === Kind.F) inF = false;
      else if (kind === Kind.Is && inCell) {
        inIs = false;
        cell.inline = item.value();
      } else if (inIs) {
        if (kind === Kind.R) runDepth -= 1;
        else item.close(xml.slice(start, start + length), runDepth > 0);
      }
      at = gt + 1;
      continue;
    }
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    const end = selfClosing ? gt - 1 : gt;
    const [start, length] = nameAt(xml, lt + 1, end);
    if (length === 0) throw new Error("xml: пустое имя тега");
    const kind = kindOf(xml, start, length);
    if (kind === Kind.Row && !inCell) {
      readAttrs(xml, start + length, end, attrs);
      rowNumber = attrs.r ? parseInt(attrs.r, 10) : rowNumber + 1;
      if (!(rowNumber >= 1 && rowNumber <= MAX_ROW))
        throw new Error(`неверный номер строки: ${attrs.r}`);
      // A repeated row number replaces the earlier row, as in ExcelJS.
      row = [];
      rows.set(rowNumber, row);
      col = 0;
    } else if (kind === Kind.C && !inCell) {
      readAttrs(xml, start + length, end, attrs);
      col = attrs.r ? columnOf(attrs.r) : col + 1;
      if (col > MAX_COL) throw new Error(`столбец за пределами листа: ${attrs.r || col}`);
      if (!selfClosing) {
        inCell = true;
        cell.type = attrs.t;
        cell.v = null;
        cell.inline = null;
        cell.formula = false;
        cell.date = context.dateStyles[attrs.s ? parseInt(attrs.s, 10) : 0] === true;
        v = "";
        hasV = false;
        vTag = false;
      }
    } else if (inCell) {
      if (kind === Kind.V) {
        inV = !selfClosing;
        vTag = true;
      } else if (kind === Kind.F) {
        readAttrs(xml, start + length, end, attrs);
        // A shared or array formula's other cells carry only <f t="shared" si=".."/>.
        if (attrs.t === "shared" || attrs.t === "array" || attrs.t === "dataTable")
          cell.formula = true;
        inF = !selfClosing;
      } else if (kind === Kind.Is) {
        item.reset();
        runDepth = 0;
        inIs = !selfClosing;
        if (selfClosing) cell.inline = "";
      } else if (inIs && !selfClosing) {
        if (kind === Kind.R) runDepth += 1;
        item.open(xml.slice(start, start + length));
      }
    }
    if (!selfClosing) {
      if (depth === MAX_DEPTH) throw new Error("xml: слишком глубокая вложенность");
      stackStart[depth] = start;
      stackLength[depth] = length;
      depth += 1;
    }
    at = gt + 1;
  }
  if (depth !== 0)
    throw new Error(
      `xml: не закрыт <${xml.slice(stackStart[depth - 1], stackStart[depth - 1] + stackLength[depth - 1])}>`
    );
  if (state) state.rowNumber = rowNumber;
  return rows;

  function finishCell(): void {
    inCell = false;
    inV = false;
    inF = false;
    inIs = false;
    cell.v = hasV ? v : null;
    // A formula with no <v>, or an empty <v></v> (openpyxl writes that) that is not a text
    // result (t="str"): nothing was calculated. Only t="str" with <v></v> is an empty text.
    if (cell.formula && (!vTag || (!hasV && cell.type !== "str"))) {
      if (uncached.length < MAX_UNCACHED_LISTED) uncached.push({ row: rowNumber, col });
      else counts.uncachedMore += 1;
    }
    const value = cellValue(cell, context.strings, context.date1904);
    if (value !== null) row.push({ col, value });
  }
}

/** Text of a byte range: latin1 is already right for ASCII, else decode UTF-8. */
export function textOf(buf: ByteText, xml: string, start: number, end: number): string {
  for (let i = start; i < end; i += 1) if (xml.charCodeAt(i) > 127) return buf.utf8(start, end);
  return xml.slice(start, end);
}

function kindOf(xml: string, start: number, length: number): Kind {
  const c = xml.charCodeAt(start);
  if (length === 1) {
    if (c === 99) return Kind.C;
    if (c === 118) return Kind.V;
    if (c === 102) return Kind.F;
    if (c === 116) return Kind.T;
    if (c === 114) return Kind.R;
  } else if (length === 2) {
    if (c === 105 && xml.charCodeAt(start + 1) === 115) return Kind.Is;
  } else if (length === 3) {
    if (xml.startsWith("row", start)) return Kind.Row;
    if (xml.startsWith("rPh", start)) return Kind.RPh;
  }
  return Kind.Other;
}

/** [start, length] of the local name (prefix dropped) of the tag name beginning at `from`. */
function nameAt(xml: string, from: number, end: number): [number, number] {
  let start = from;
  let i = from;
  for (; i < end; i += 1) {
    const c = xml.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62) break;
    if (c === 58 /* : */) start = i + 1;
  }
  return [start, i - start];
}

function sameName(xml: string, a: number, aLength: number, b: number, bLength: number): boolean {
  if (aLength !== bLength) return false;
  for (let i = 0; i < aLength; i += 1)
    if (xml.charCodeAt(a + i) !== xml.charCodeAt(b + i)) return false;
  return true;
}

/** The r, s and t attributes of a row or cell tag ("" when absent); others are skipped. */
function readAttrs(
  xml: string,
  from: number,
  end: number,
  out: { r: string; s: string; t: string }
): void {
  out.r = "";
  out.s = "";
  out.t = "";
  let at = from;
  while (at < end) {
    const c = xml.charCodeAt(at);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      at += 1;
      continue;
    }
    const eq = xml.indexOf("=", at);
    if (eq === -1 || eq >= end) throw new Error("xml: атрибут без значения");
    let q = eq + 1;
    while (q < end && xml.charCodeAt(q) <= 32) q += 1;
    const quote = xml.charCodeAt(q);
    if (quote !== 34 && quote !== 39) throw new Error("xml: значение атрибута без кавычек");
    const close = xml.indexOf(quote === 34 ? '"' : "'", q + 1);
    if (close === -1 || close >= end) throw new Error("xml: незакрытое значение атрибута");
    let nameEnd = eq;
    while (xml.charCodeAt(nameEnd - 1) <= 32) nameEnd -= 1;
    if (nameEnd - at === 1) {
      const name = xml.charCodeAt(at);
      const value = () => decodeText(xml.slice(q + 1, close));
      if (name === 114) out.r = value();
      else if (name === 115) out.s = value();
      else if (name === 116) out.t = value();
    }
    at = close + 1;
  }
}

/** Column number of a reference like "AB12" (letters first; `$` allowed). */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i += 1) {
    const c = ref.charCodeAt(i) & ~32; // upper case
    if (c >= 65 && c <= 90) col = col * 26 + c - 64;
    else if (ref.charCodeAt(i) !== 36) break;
    if (col > MAX_COL) break;
  }
  if (col === 0) throw new Error(`неверная ссылка на ячейку: ${ref}`);
  return col;
}
