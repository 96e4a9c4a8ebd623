/**
 * The first row of each value of a unique column (`Табельный номер`): an
 * open-addressing hash table over typed arrays. A Map of 100,000 fresh strings
 * cost about as much as reading the whole sheet (its table grows by rehashing
 * objects); here a value costs a short character hash and one or two probes.
 * Small whole numbers share the table (see textKey); other values go to a Map.
 * Equality is a Map's: 5 and "5" are different values.
 */
const FIRST_CAPACITY = 1024;

/** FNV-1a over the characters, then a final mix: texts that differ in one character spread apart. */
function hashOf(text: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  return h ^ (h >>> 13);
}

/**
 * A whole number hashes to itself (high half folded in): consecutive tab numbers fill
 * neighbouring slots, so a probe mostly hits a cache line already read.
 */
function intHashOf(value: number): number {
  return value ^ (value >>> 16);
}

/**
 * The key of a text value: the number itself when the text is the canonical decimal of
 * a whole number below 10^9 ("1234", not "01234"), else the text. One-to-one on texts.
 * A tab number typed as a number reads as a fresh string; keyed by the number, that
 * string is not kept by the table and dies young (100,000 of them kept alive made the
 * garbage collector copy and promote each one).
 */
export function textKey(text: string): string | number {
  const length = text.length;
  if (length === 0 || length > 9) return text;
  let n = 0;
  for (let i = 0; i < length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9 || (d === 0 && i === 0 && length > 1)) return text;
    n = n * 10 + d;
  }
  return n;
}

/** Int32 per slot: the hash (a whole-number key itself), what the key is, its first row. */
const HASH = 0;
const REF = 1;
const ROW = 2;
const SLOT = 3;
/** REF of a free slot; of a whole-number key; a text key is 1 + its position in `texts`. */
const FREE = 0;
const WHOLE = -1;

export class FirstRows {
  /**
   * Slots side by side in one typed array: a probe reads one cache line, and nothing
   * in it is a JS object the garbage collector would scan or copy. Whole-number keys
   * and every first row live here; only text keys need the array below.
   */
  private table: Int32Array;
  /** Text keys in the order met (pushed: a packed array, never a holey one). */
  private readonly texts: string[] = [];
  private used = 0;
  private others: Map<unknown, number> | null = null;

  /** `expected`: how many values may come, when known; sized for them, the table never grows. */
  constructor(expected = 0) {
    let capacity = FIRST_CAPACITY;
    while (capacity < expected * 2 + 1) capacity *= 2;
    this.table = new Int32Array(capacity * SLOT);
  }

  /** The first row that held `value`; records `row` and returns 0 when it is new. */
  firstRow(value: unknown, row: number): number {
    if (typeof value === "string") return this.firstRowOfText(value, row);
    // `| 0` also reads -0 as 0, as a Map does.
    if (typeof value === "number" && (value | 0) === value)
      return this.firstRowOfWhole(value | 0, row);
    const others = (this.others ??= new Map<unknown, number>());
    const first = others.get(value);
    if (first !== undefined) return first;
    others.set(value, row);
    return 0;
  }

  private firstRowOfText(text: string, row: number): number {
    const table = this.table;
    const mask = table.length / SLOT - 1;
    const hash = hashOf(text);
    let at = (hash & mask) * SLOT;
    for (;;) {
      const ref = table[at + REF];
      if (ref === FREE) break;
      if (ref > 0 && table[at + HASH] === hash && this.texts[ref - 1] === text) {
        return table[at + ROW];
      }
      at = at + SLOT === table.length ? 0 : at + SLOT;
    }
    this.texts.push(text);
    return this.record(at, hash, this.texts.length, row);
  }

  private firstRowOfWhole(value: number, row: number): number {
    const table = this.table;
    const mask = table.length / SLOT - 1;
    let at = (intHashOf(value) & mask) * SLOT;
    for (;;) {
      const ref = table[at + REF];
      if (ref === FREE) break;
      if (ref === WHOLE && table[at + HASH] === value) return table[at + ROW];
      at = at + SLOT === table.length ? 0 : at + SLOT;
    }
    return this.record(at, value, WHOLE, row);
  }

  private record(at: number, hash: number, ref: number, row: number): number {
    const table = this.table;
    table[at + HASH] = hash;
    table[at + REF] = ref;
    table[at + ROW] = row;
    if (++this.used * 2 > table.length / SLOT) this.grow();
    return 0;
  }

  /** Twice the slots; whole-number keys are rehashed from the key kept in HASH. */
  private grow(): void {
    const old = this.table;
    const table = new Int32Array(old.length * 2);
    const mask = table.length / SLOT - 1;
    for (let i = 0; i < old.length; i += SLOT) {
      const ref = old[i + REF];
      if (ref === FREE) continue;
      const hash = ref === WHOLE ? intHashOf(old[i + HASH]) : old[i + HASH];
      let at = (hash & mask) * SLOT;
      while (table[at + REF] !== FREE) at = at + SLOT === table.length ? 0 : at + SLOT;
      table[at + HASH] = old[i + HASH];
      table[at + REF] = ref;
      table[at + ROW] = old[i + ROW];
    }
    this.table = table;
  }
}
