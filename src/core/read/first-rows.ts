/**
 * The first row of each value of a unique column (`Табельный номер`): an
 * open-addressing hash table over typed arrays. A Map of 100,000 fresh strings
 * cost about as much as reading the whole sheet (its table grows by rehashing
 * objects); here a value costs a short character hash and one or two probes.
 * Values that are not strings (no column today) go to a plain Map.
 */
const EMPTY = 0;
const FIRST_CAPACITY = 1024;

function hashOf(text: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  // 0 marks an empty slot.
  return h === EMPTY ? 1 : h;
}

export class FirstRows {
  private hashes = new Int32Array(FIRST_CAPACITY);
  private rows = new Int32Array(FIRST_CAPACITY);
  private keys: (string | undefined)[] = new Array<string | undefined>(FIRST_CAPACITY);
  private size = 0;
  private others: Map<unknown, number> | null = null;

  /** The first row that held `value`; records `row` and returns 0 when it is new. */
  firstRow(value: unknown, row: number): number {
    if (typeof value !== "string") {
      const others = (this.others ??= new Map<unknown, number>());
      const first = others.get(value);
      if (first !== undefined) return first;
      others.set(value, row);
      return 0;
    }
    const hash = hashOf(value);
    const mask = this.hashes.length - 1;
    let at = hash & mask;
    for (;;) {
      const h = this.hashes[at];
      if (h === EMPTY) break;
      if (h === hash && this.keys[at] === value) return this.rows[at];
      at = (at + 1) & mask;
    }
    this.hashes[at] = hash;
    this.rows[at] = row;
    this.keys[at] = value;
    if (++this.size * 2 > this.hashes.length) this.grow();
    return 0;
  }

  private grow(): void {
    const { hashes, rows, keys } = this;
    const capacity = hashes.length * 2;
    const mask = capacity - 1;
    this.hashes = new Int32Array(capacity);
    this.rows = new Int32Array(capacity);
    this.keys = new Array<string | undefined>(capacity);
    for (let i = 0; i < hashes.length; i++) {
      if (hashes[i] === EMPTY) continue;
      let at = hashes[i] & mask;
      while (this.hashes[at] !== EMPTY) at = (at + 1) & mask;
      this.hashes[at] = hashes[i];
      this.rows[at] = rows[i];
      this.keys[at] = keys[i];
    }
  }
}
