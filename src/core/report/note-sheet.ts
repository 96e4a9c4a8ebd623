/**
 * The справка's document model rendered into the `Аналитическая справка`
 * sheet: paragraphs merged across the page width, headings bold, each table as
 * bordered columns with a bold header row, wrapped text with row heights
 * that fit it (Excel does not grow a row for text a program wrote).
 */
import { appendAll } from "../arrays";
import { OUTPUT_SHEETS } from "../schema";
import type { CellStyle, OutCell, RangeRef, SheetModel } from "../../port/sheet-model";
import { signatureLines, type NoteBlock, type NoteDocument } from "./note-model";

/** The grid's columns in characters: about 95 across an A4 portrait page at 11 points. */
export const NOTE_COLUMNS = [30, 11, 11, 11, 14, 9, 9] as const;
const WIDTH = NOTE_COLUMNS.reduce((a, b) => a + b, 0);
/** A row of one line, and each line of wrapped 11-point text (Calibri in Excel and LibreOffice). */
const LINE_POINTS = 15;
const WRAPPED_LINE_POINTS = 13.5;

interface Cell {
  text: string;
  col: number;
  span: number;
  style?: CellStyle;
}

/** Grid columns for a table's relative widths: boundaries at the nearest grid edge, each ≥ 1 column. */
export function spansOf(widths: readonly number[]): number[] {
  const n = NOTE_COLUMNS.length;
  const total = widths.reduce((a, b) => a + b, 0);
  const edges: number[] = [];
  let cum = 0;
  let gridCum = 0;
  let col = 0;
  for (let i = 0; i < widths.length - 1; i++) {
    cum += widths[i];
    const goal = (cum / total) * WIDTH;
    const min = col + 1;
    const max = n - (widths.length - 1 - i);
    let best = min;
    let bestDist = Infinity;
    gridCum = NOTE_COLUMNS.slice(0, min).reduce((a, b) => a + b, 0);
    for (let e = min; e <= max; e++) {
      const dist = Math.abs(gridCum - goal);
      if (dist < bestDist) [best, bestDist] = [e, dist];
      gridCum += NOTE_COLUMNS[e] ?? 0;
    }
    edges.push(best);
    col = best;
  }
  const bounds = [0, ...edges, n];
  return widths.map((_, i) => bounds[i + 1] - bounds[i]);
}

function chars(col: number, span: number): number {
  return NOTE_COLUMNS.slice(col, col + span).reduce((a, b) => a + b, 0);
}

/** Lines of a paragraph wrapped at word boundaries (a narrow header breaks word by word). */
export function wrappedLines(text: string, perLine: number): number {
  let lines = 0;
  for (const part of text.split("\n")) {
    let used = 0;
    lines += 1;
    for (const word of part.split(" ")) {
      const len = word.length;
      if (used > 0 && used + 1 + len <= perLine) used += 1 + len;
      else if (used === 0 && len <= perLine) used = len;
      else {
        const extra = Math.max(1, Math.ceil(len / perLine));
        lines += used === 0 ? extra - 1 : extra;
        used = len % perLine || perLine;
      }
    }
  }
  return lines;
}

function linesOf(c: Cell): number {
  const scale = ((c.style?.fontSize ?? 11) / 11) * (c.style?.bold ? 1.1 : 1);
  const perLine = Math.max(4, Math.floor(chars(c.col, c.span) / scale));
  return wrappedLines(c.text, perLine);
}

function heightOf(row: readonly Cell[]): number {
  let points = LINE_POINTS;
  for (const c of row) {
    const scale = (c.style?.fontSize ?? 11) / 11;
    points = Math.max(points, Math.ceil(linesOf(c) * WRAPPED_LINE_POINTS * scale + 2));
  }
  return points;
}

const whole = (text: string, style?: CellStyle): Cell[] => [
  { text, col: 0, span: NOTE_COLUMNS.length, style },
];

function blockRows(block: NoteBlock): Cell[][] {
  if (block.kind === "paragraph")
    return [whole(block.text, block.bold ? { bold: true } : undefined)];
  if (block.kind === "list") return block.items.map((item) => whole(`— ${item}`));
  const spans = spansOf(block.widths);
  const row = (texts: readonly string[], style: CellStyle): Cell[] => {
    let col = 0;
    return texts.map((text, i) => {
      const cell = { text, col, span: spans[i], style };
      col += spans[i];
      return cell;
    });
  };
  return [
    row(block.headers, { bold: true, border: true, fill: "#D9E2F3", hAlign: "center" }),
    ...block.rows.map((r) => row(r, { border: true })),
  ];
}

export function noteRows(doc: NoteDocument): Cell[][] {
  const rows: Cell[][] = [whole(doc.title, { bold: true, fontSize: 14, hAlign: "center" })];
  for (const line of doc.lead) rows.push(whole(line, { hAlign: "center" }));
  for (const section of doc.sections) {
    rows.push(whole(""));
    rows.push(whole(section.heading, { bold: true, fontSize: 12 }));
    for (const block of section.blocks) appendAll(rows, blockRows(block));
  }
  rows.push(whole(""));
  for (const line of signatureLines(doc.signature)) rows.push(whole(line));
  return rows;
}

export function noteSheetOf(doc: NoteDocument): SheetModel {
  const rows = noteRows(doc);
  const cols = NOTE_COLUMNS.length;
  const cells: OutCell[][] = rows.map((row) => {
    const out: OutCell[] = new Array<OutCell>(cols).fill(null);
    for (const c of row) out[c.col] = c.text;
    return out;
  });
  const merges: RangeRef[] = [];
  const styles: { range: RangeRef; style: CellStyle }[] = [
    { range: { row: 0, col: 0, rows: rows.length, cols }, style: { wrap: true, vAlign: "top" } },
  ];
  rows.forEach((row, r) => {
    for (const c of row) {
      const range = { row: r, col: c.col, rows: 1, cols: c.span };
      if (c.span > 1) merges.push(range);
      if (c.style) styles.push({ range, style: { wrap: true, vAlign: "top", ...c.style } });
    }
  });
  return {
    name: OUTPUT_SHEETS.note,
    cells,
    columns: NOTE_COLUMNS.map((width) => ({ width })),
    rowHeights: Object.fromEntries(rows.map((row, r) => [r, heightOf(row)])),
    merges,
    styles,
    pageSetup: {
      orientation: "portrait",
      paper: "A4",
      fitToWidth: true,
      printArea: { row: 0, col: 0, rows: rows.length, cols },
    },
  };
}
