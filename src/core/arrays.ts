/**
 * Array helpers that are safe at any size. Spreading an array into `push`
 * or `Math.max` puts every item on the call stack and throws
 * `RangeError: Maximum call stack size exceeded` at roughly 100,000 items;
 * these loop instead. A test (test/unit/lint/stack-safety.test.ts) keeps spreads
 * into calls out of src/.
 */

/** Appends every item to `target` (in place) and returns it. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `start` and `values` (`Math.max(start, ...values)` without the spread). */
export function maxOf(values: Iterable<number>, start = -Infinity): number {
  let max = start;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** The smallest of `start` and `values` (`Math.min(start, ...values)` without the spread). */
export function minOf(values: Iterable<number>, start = Infinity): number {
  let min = start;
  for (const v of values) if (v < min) min = v;
  return min;
}
