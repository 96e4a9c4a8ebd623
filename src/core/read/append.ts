/** Appends without spreading: a sheet can hold more issues than a call has arguments. */
export function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
