/**
 * The first row of each value of a unique column (`Табельный номер`): a Map from
 * the value to the first row that held it. Equality is a Map's (5 and "5" differ);
 * a whole-number cell of a text column is keyed as its text (firstRowOfNumeral).
 */
export class FirstRows {
  private seen: Map<unknown, number> | null = new Map<unknown, number>();

  /** Drops the index once its sheet is checked; it is not used again. */
  release(): void {
    this.seen = null;
  }

  /** The first row that held `value`; records `row` and returns 0 when it is new. */
  firstRow(value: unknown, row: number): number {
    const seen = this.seen;
    if (seen === null) throw new Error("FirstRows used after release()");
    const first = seen.get(value);
    if (first !== undefined) return first;
    seen.set(value, row);
    return 0;
  }

  /** firstRow(String(n)) for a whole number (a number cell of a text column). */
  firstRowOfNumeral(n: number, row: number): number {
    return this.firstRow(String(n), row);
  }
}
