/**
 * Validation marks: a fill on each cell with a problem and a note carrying the message.
 * The previous fills are read first (one sync per chunk of rows, through getCellProperties
 * on the chunk's bounding box) so that clearMarks can put back exactly what was there.
 * Notes need ExcelApi 1.18; older Excel gets comments (1.10); without either, fills only.
 * `isSetSupported` answers for the host, not for the office.js the page loaded, so each is used
 * only when the host reports its set and the worksheet object really has the collection.
 * A note or comment the user wrote is never overwritten: ours start with MARK_PREFIX.
 */
import type { CellMark, MarkRecord } from "../../port/workbook-port";
import { cellA1 } from "../../core/text/a1";
import { CHUNK_BUDGET_BYTES } from "./chunks";
import type { FeatureCheck } from "./excel-run";
import { maxOf, minOf } from "../../core/arrays";

export const MARK_FILL = "#FFC7CE";
export const MARK_PREFIX = "ПедМонитор: ";
/** JSON of one cell's fill properties in a getCellProperties response, rounded up. */
const FILL_BYTES_PER_CELL = 80;
/** Per-cell commands (fill, note) per request: keeps each request well under the limit. */
const MARKS_PER_CHUNK = 2_000;

export interface MarkOptions {
  isSetSupported: FeatureCheck;
  pause: () => Promise<void>;
}

type Annotation = "notes" | "comments" | "none";

/** A collection the loaded office.js really has: an object with these methods. */
function hasMethods(collection: unknown, methods: string[]): boolean {
  if (typeof collection !== "object" || collection === null) return false;
  const record = collection as Record<string, unknown>;
  return methods.every((method) => typeof record[method] === "function");
}

/** Notes, else comments, else nothing: detected on the host and on the loaded script. */
function annotationKind(isSetSupported: FeatureCheck, sheet: Excel.Worksheet): Annotation {
  if (isSetSupported("ExcelApi", "1.18") && hasMethods(sheet.notes, ["getItemOrNullObject", "add"]))
    return "notes";
  if (isSetSupported("ExcelApi", "1.10") && hasMethods(sheet.comments, ["load", "add"]))
    return "comments";
  return "none";
}

/** One mark per cell (messages of the same cell joined), in row order. */
function byCell(marks: CellMark[]): CellMark[] {
  const cells = new Map<string, CellMark>();
  for (const mark of marks) {
    const key = `${mark.row}:${mark.col}`;
    const seen = cells.get(key);
    cells.set(key, seen ? { ...seen, message: `${seen.message}\n${mark.message}` } : { ...mark });
  }
  return [...cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
}

/** Consecutive marks whose bounding box's fill properties fit the response budget. */
function chunksOf<T extends { row: number; col: number }>(items: T[]): T[][] {
  const chunks: T[][] = [];
  let chunk: T[] = [];
  let minCol = Infinity;
  let maxCol = -Infinity;
  for (const item of items) {
    const left = Math.min(minCol, item.col);
    const right = Math.max(maxCol, item.col);
    const rows = chunk.length ? item.row - chunk[0].row + 1 : 1;
    const cells = rows * (right - left + 1);
    if (
      chunk.length &&
      (cells * FILL_BYTES_PER_CELL > CHUNK_BUDGET_BYTES || chunk.length >= MARKS_PER_CHUNK)
    ) {
      chunks.push(chunk);
      chunk = [];
      minCol = item.col;
      maxCol = item.col;
    } else {
      minCol = left;
      maxCol = right;
    }
    chunk.push(item);
  }
  if (chunk.length) chunks.push(chunk);
  return chunks;
}

function boundingBox(items: { row: number; col: number }[]) {
  const row = items[0].row;
  const col = minOf(items.map((item) => item.col));
  const rows = items[items.length - 1].row - row + 1;
  const cols = maxOf(items.map((item) => item.col)) - col + 1;
  return { row, col, rows, cols };
}

/** Cells (A1) holding a comment, and our own comments by cell: two syncs. */
async function loadComments(context: Excel.RequestContext, sheet: Excel.Worksheet) {
  const comments = sheet.comments.load("items/content");
  await context.sync();
  const locations = comments.items.map((comment) => comment.getLocation().load("address"));
  await context.sync();
  const byAddress = new Map<string, Excel.Comment>();
  comments.items.forEach((comment, i) => {
    byAddress.set(locations[i].address.replace(/^.*!/, "").replace(/\$/g, ""), comment);
  });
  return byAddress;
}

/**
 * What a markCells run has got through to Excel: the records of chunks whose fills and notes a
 * sync has carried. A chunk read again after it was marked would record our own fill as the
 * previous one, so a retried run (cell-edit mode) skips these chunks.
 */
export interface MarkProgress {
  records: MarkRecord[];
  chunks: number;
}

export function newMarkProgress(): MarkProgress {
  return { records: [], chunks: 0 };
}

export async function markCells(
  context: Excel.RequestContext,
  sheetName: string,
  marks: CellMark[],
  options: MarkOptions,
  done: MarkProgress = newMarkProgress()
): Promise<MarkRecord[]> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const annotation = annotationKind(options.isSetSupported, sheet);
  const comments =
    annotation === "comments"
      ? await loadComments(context, sheet)
      : new Map<string, Excel.Comment>();
  const chunks = chunksOf(byCell(marks));
  let pending: MarkRecord[] = [];
  const commit = (through: number) => {
    for (const record of pending) done.records.push(record);
    pending = [];
    done.chunks = through;
  };
  for (let index = done.chunks; index < chunks.length; index++) {
    const chunk = chunks[index];
    const box = boundingBox(chunk);
    const fills = sheet
      .getRangeByIndexes(box.row, box.col, box.rows, box.cols)
      .getCellProperties({ format: { fill: { color: true, pattern: true } } });
    const notes =
      annotation === "notes"
        ? chunk.map((mark) =>
            sheet.notes.getItemOrNullObject(cellA1(mark.row, mark.col)).load("content")
          )
        : [];
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per payload-bounded chunk (docs/decisions/officejs.md «Sync budget»)
    await context.sync(); // also sends the previous chunk's fills and notes
    commit(index);
    chunk.forEach((mark, i) => {
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult of getCellProperties, read after the sync above
      const fill = fills.value[mark.row - box.row][mark.col - box.col].format?.fill;
      const previousFill = !fill || fill.pattern === "None" || !fill.color ? null : fill.color;
      pending.push({ row: mark.row, col: mark.col, previousFill });
      const cell = sheet.getRangeByIndexes(mark.row, mark.col, 1, 1);
      cell.format.fill.color = MARK_FILL;
      const text = MARK_PREFIX + mark.message;
      if (annotation === "notes") {
        const note = notes[i];
        if (note.isNullObject) sheet.notes.add(cell, text);
        else if (note.content.startsWith(MARK_PREFIX)) note.content = text;
      } else if (annotation === "comments") {
        const comment = comments.get(cellA1(mark.row, mark.col));
        if (!comment) sheet.comments.add(cell, text);
        else if (comment.content.startsWith(MARK_PREFIX)) comment.content = text;
      }
    });
    if (index < chunks.length - 1) await options.pause();
  }
  await context.sync();
  commit(chunks.length);
  return done.records;
}

export async function clearMarks(
  context: Excel.RequestContext,
  sheetName: string,
  records: MarkRecord[],
  options: MarkOptions
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const annotation = annotationKind(options.isSetSupported, sheet);
  const comments =
    annotation === "comments"
      ? await loadComments(context, sheet)
      : new Map<string, Excel.Comment>();
  const chunks = chunksOf([...records].sort((a, b) => a.row - b.row || a.col - b.col));
  for (const [index, chunk] of chunks.entries()) {
    const notes: Excel.Note[] = [];
    for (const record of chunk) {
      // eslint-disable-next-line office-addins/load-object-before-read -- navigates to a proxy to write it; nothing is read
      const fill = sheet.getRangeByIndexes(record.row, record.col, 1, 1).format.fill;
      if (record.previousFill === null) fill.clear();
      else fill.color = record.previousFill;
      const address = cellA1(record.row, record.col);
      if (annotation === "notes")
        notes.push(sheet.notes.getItemOrNullObject(address).load("content"));
      const comment = comments.get(address);
      if (comment?.content.startsWith(MARK_PREFIX)) comment.delete();
    }
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per payload-bounded chunk (docs/decisions/officejs.md «Sync budget»)
    await context.sync();
    for (const note of notes)
      if (!note.isNullObject && note.content.startsWith(MARK_PREFIX)) note.delete();
    if (index < chunks.length - 1) await options.pause();
  }
  await context.sync();
}
