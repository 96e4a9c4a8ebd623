/**
 * The first row of each value of a unique column (`Табельный номер`): an
 * open-addressing hash table in one Int32Array. A Map of 100,000 fresh strings cost
 * about as much as reading the whole sheet. Equality is a Map's (5 and "5" differ).
 *
 * Tab numbers are mostly numbered: "1234", "Т-1234", "ТН-000123". Such a text is
 * kept as (prefix, digit count, number) inside the table, so the table holds no
 * string (the text of a number cell is a fresh string: 100,000 of them kept alive
 * made the garbage collector copy and promote each one), and consecutive numbers sit
 * in neighbouring slots: the table is megabytes, and a scattering hash made every
 * probe a cache miss, which cost more than all the rest. Only blocks of 32 numbers are
 * kept together (a few cache lines, read in order); blocks are scattered, so no long run
 * of full slots builds up, which would make linear probing slow for any other value
 * landing in it.
 */
const FIRST_CAPACITY = 1024;
/** Int32 per slot: the hash (a numbered key: its number), what the key is, its first row. */
const HASH = 0;
const REF = 1;
const ROW = 2;
const SLOT = 3;
/** REF of a free slot; of a whole number given as a number; a text is 1 + its index in `texts`. */
const FREE = 0;
const WHOLE = -1;
/** Longest digit run read as a number (below 10^9 fits an Int32). */
const MAX_DIGITS = 9;

/**
 * The largest table given back, kept for the next FirstRows of its size. A fresh
 * multi-megabyte typed array comes from the OS page by page, a page fault at each
 * first touch: on the build machine filling a fresh table for 100,000 values took
 * 25–40 ms, the same in a table already touched 2–3 ms. Only memory is kept, cleared
 * before reuse: nothing of the sheet it held. (Repeated «Проверить» in the add-in.)
 */
let spare: Int32Array | null = null;

function takeTable(length: number): Int32Array {
  const kept = spare;
  if (kept === null || kept.length !== length) return new Int32Array(length);
  spare = null;
  kept.fill(0);
  return kept;
}

/** FNV-1a over the characters, then a final mix: texts that differ in one character spread apart. */
function hashOf(text: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  return h ^ (h >>> 13);
}

/** Numbers of one kind (`ref`) in blocks of 32 consecutive slots; the blocks scattered. */
function numberHashOf(value: number, ref: number): number {
  let block = Math.imul((value >>> 5) ^ Math.imul(ref, 0x27d4eb2d), 0x9e3779b1);
  block ^= block >>> 15;
  return (block << 5) | (value & 31);
}

/** REF of a numbered text: its prefix's id and digit count, below WHOLE. */
function numberedRef(prefix: number, width: number): number {
  return -2 - prefix * (MAX_DIGITS + 1) - width;
}

export class FirstRows {
  private table: Int32Array;
  /** Texts that are not numbered, in the order met (pushed: a packed array). */
  private readonly texts: string[] = [];
  /** Prefixes of numbered texts ("" and "Т-"), by id. */
  private readonly prefixes = new Map<string, number>([["", 0]]);
  private lastPrefix = "";
  private lastPrefixId = 0;
  /** set by numbered(): the text's number and REF */
  private number = 0;
  private ref = 0;
  private used = 0;
  private others: Map<unknown, number> | null = null;

  /** `expected`: how many values may come, when known; sized for them, the table never grows. */
  constructor(expected = 0) {
    let capacity = FIRST_CAPACITY;
    while (capacity < expected * 2 + 1) capacity *= 2;
    this.table = takeTable(capacity * SLOT);
  }

  /** Gives the table back for the next sheet; this index is not used again. */
  release(): void {
    if (spare === null || spare.length < this.table.length) spare = this.table;
    this.table = new Int32Array(0);
  }

  /** The first row that held `value`; records `row` and returns 0 when it is new. */
  firstRow(value: unknown, row: number): number {
    if (this.table.length === 0) throw new Error("FirstRows used after release()");
    if (typeof value === "string") {
      if (this.numbered(value)) return this.firstRowOfNumber(this.number, this.ref, row);
      return this.firstRowOfText(value, row);
    }
    // `| 0` also reads -0 as 0, as a Map does.
    if (typeof value === "number" && (value | 0) === value && value >= 0) {
      return this.firstRowOfNumber(value | 0, WHOLE, row);
    }
    const others = (this.others ??= new Map<unknown, number>());
    const first = others.get(value);
    if (first !== undefined) return first;
    others.set(value, row);
    return 0;
  }

  /**
   * firstRow(String(n)) for a whole number 0 ≤ n < 10^9, without making the text (a
   * number cell of a text column): the same (prefix "", digit count, number) key.
   */
  firstRowOfNumeral(n: number, row: number): number {
    if (this.table.length === 0) throw new Error("FirstRows used after release()");
    const value = n | 0;
    let width = 1;
    for (let m = value; m >= 10; m = (m / 10) | 0) width++;
    return this.firstRowOfNumber(value, numberedRef(0, width), row);
  }

  /**
   * True when the text ends in 1–9 digits after a prefix without a final digit; sets
   * `number` and `ref`. (prefix, digit count, number) gives the text back: one-to-one.
   */
  private numbered(text: string): boolean {
    let start = text.length;
    while (start > 0) {
      const c = text.charCodeAt(start - 1);
      if (c < 48 || c > 57) break;
      start--;
    }
    const width = text.length - start;
    if (width === 0 || width > MAX_DIGITS) return false;
    let n = 0;
    for (let i = start; i < text.length; i++) n = n * 10 + (text.charCodeAt(i) - 48);
    let prefix = 0;
    if (start > 0) {
      const last = this.lastPrefix;
      if (last.length === start && text.startsWith(last)) prefix = this.lastPrefixId;
      else {
        const name = text.slice(0, start);
        prefix = this.prefixes.get(name) ?? this.prefixes.size;
        if (prefix === this.prefixes.size) this.prefixes.set(name, prefix);
        this.lastPrefix = name;
        this.lastPrefixId = prefix;
      }
    }
    this.number = n;
    this.ref = numberedRef(prefix, width);
    return true;
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

  private firstRowOfNumber(value: number, ref: number, row: number): number {
    const table = this.table;
    const mask = table.length / SLOT - 1;
    let at = (numberHashOf(value, ref) & mask) * SLOT;
    for (;;) {
      const r = table[at + REF];
      if (r === FREE) break;
      if (r === ref && table[at + HASH] === value) return table[at + ROW];
      at = at + SLOT === table.length ? 0 : at + SLOT;
    }
    return this.record(at, value, ref, row);
  }

  private record(at: number, hash: number, ref: number, row: number): number {
    const table = this.table;
    table[at + HASH] = hash;
    table[at + REF] = ref;
    table[at + ROW] = row;
    if (++this.used * 2 > table.length / SLOT) this.grow();
    return 0;
  }

  /** Twice the slots; a number's slot is found again from the number kept in HASH. */
  private grow(): void {
    const old = this.table;
    const table = new Int32Array(old.length * 2);
    const mask = table.length / SLOT - 1;
    for (let i = 0; i < old.length; i += SLOT) {
      const ref = old[i + REF];
      if (ref === FREE) continue;
      const hash = ref < 0 ? numberHashOf(old[i + HASH], ref) : old[i + HASH];
      let at = (hash & mask) * SLOT;
      while (table[at + REF] !== FREE) at = at + SLOT === table.length ? 0 : at + SLOT;
      table[at + HASH] = old[i + HASH];
      table[at + REF] = ref;
      table[at + ROW] = old[i + ROW];
    }
    this.table = table;
  }
}
