/**
 * Reads one field in each cache line of a block of rows before the block is
 * evaluated. A row's evaluation is far longer than the processor's window, so
 * on its own the next row's cache misses would start only when its turn comes,
 * one row's latency after another; touched together, a block's misses are
 * served at once. It matters where rows lie apart in memory (the bench's schools
 * take every 50th row: there it was about a fifth of the pass); where a school's
 * rows were read one after the other it costs a few loads from cache.
 */
import type { Worker } from "../model";

/** Rows touched ahead: enough misses in flight, few enough to stay in the cache. */
export const TOUCH_BLOCK = 8;

let sink = 0;

/**
 * Fields about 56 bytes apart in a Worker created in the interface's order (4-byte
 * slots), so no cache line of the object is skipped. The sum is kept so that the
 * loads are not dropped as unused.
 */
export function touchRows(workers: readonly Worker[], from: number, to: number): void {
  let acc = 0;
  for (let r = from; r < to; r++) {
    const w = workers[r];
    acc +=
      (w.row | 0) +
      +(w.qualificationCategory === null) +
      +(w.contestResult === null) +
      +(w.courseInRegistry === true);
  }
  sink = (sink + acc) | 0;
}
