/**
 * Payload budgets. Excel refuses a request or a response larger than 5 MB (Excel on the web)
 * and a range operation over 5 million cells; the adapter keeps every chunk of values and
 * number formats under 4 MB and leaves the rest for the batch's other commands.
 */
import { jsonBytes } from "./cells";

/** The most any one request or response may carry in values and number formats. */
export const MAX_PAYLOAD_BYTES = 4_000_000;
/** What a chunk of cells may use: the other commands of the same batch fit in the rest. */
export const CHUNK_BUDGET_BYTES = 3_500_000;
export const MAX_CELLS_PER_CHUNK = 5_000_000 - 1;
/** A first guess at a read cell's JSON size, deliberately high: short texts and numbers. */
export const FIRST_READ_BYTES_PER_CELL = 120;
/** Once measured, rows are assumed this much heavier than the heaviest row seen so far. */
export const READ_SAFETY_FACTOR = 1.5;

export interface RowSpan {
  start: number;
  count: number;
}

/**
 * Splits rows into consecutive spans, each of whose JSON (values plus number formats, as
 * `rowBytes` gives them) stays within the budget. A single row over budget is a span of its own.
 */
export function planWriteChunks(
  rowCount: number,
  colCount: number,
  rowBytes: (row: number) => number,
  budget = CHUNK_BUDGET_BYTES
): RowSpan[] {
  const spans: RowSpan[] = [];
  const maxRows = Math.max(1, Math.floor(MAX_CELLS_PER_CHUNK / Math.max(1, colCount)));
  let start = 0;
  let bytes = 2; // the outer brackets of the 2-D array
  for (let row = 0; row < rowCount; row++) {
    const size = rowBytes(row) + 1; // and the comma between rows
    const count = row - start;
    if (count > 0 && (bytes + size > budget || count >= maxRows)) {
      spans.push({ start, count });
      start = row;
      bytes = 2;
    }
    bytes += size;
  }
  if (rowCount > start) spans.push({ start, count: rowCount - start });
  return spans;
}

/** Rows per read chunk for a given estimate of bytes per row. */
export function readChunkRows(
  bytesPerRow: number,
  colCount: number,
  budget = CHUNK_BUDGET_BYTES
): number {
  const byBytes = Math.floor(budget / Math.max(1, bytesPerRow));
  const byCells = Math.floor(MAX_CELLS_PER_CHUNK / Math.max(1, colCount));
  return Math.max(1, Math.min(byBytes, byCells));
}

/** The heaviest row of a chunk read back, in JSON bytes. */
export function heaviestRowBytes(values: unknown[][]): number {
  let max = 0;
  for (const row of values) max = Math.max(max, jsonBytes(row) + 1);
  return max;
}
