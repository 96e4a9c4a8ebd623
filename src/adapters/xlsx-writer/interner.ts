/**
 * Numbers distinct things in first-use order: equal keys get the same index.
 * Formats, layers, fonts, fills and conditional looks are all numbered so.
 */
export class Interner<T> {
  readonly items: T[] = [];
  private readonly ids = new Map<string, number>();

  constructor(private readonly keyOf: (item: T) => string) {}

  id(item: T): number {
    const key = this.keyOf(item);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.items.length;
      this.items.push(item);
      this.ids.set(key, id);
    }
    return id;
  }
}
