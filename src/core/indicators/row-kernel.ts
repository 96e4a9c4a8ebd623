/**
 * The row program (program.ts) flattened into tables of one kind of test each,
 * which the engine runs for every row. A switch over every atom per row was a
 * third of the pass (a dispatch and often a Set lookup per atom); a table of
 * equality tests is one tight loop of monomorphic loads and pointer compares,
 * and most of the catalog's atoms are equalities (Да, Нет, a list value):
 * `in` over a one-value field becomes one equality per listed value, all
 * setting the atom's bit. Only the rare or row-shaped atoms (multilist
 * membership, folded text, sex-dependent pension age, two-date order) still
 * go through the interpreter, and `not` / `all` / `any` read their parts'
 * bits last. The result is bit for bit the interpreter's mask.
 */
import type { Worker } from "../model";
import { TEACHERS } from "../schema/school";
import { FIELD_IDS, FLAG_FIELDS } from "./field-access";
import {
  ALL,
  ANY,
  BELOW,
  EQ,
  evaluateAtom,
  FALSE,
  IN,
  NOT,
  NOTIN,
  RANGE,
  TRUE,
  type RowProgram,
} from "./program";

/**
 * Tests of one kind: entry i reads field[i] and sets (or clears) bit[i]; the entries of mask
 * word j are from[j] .. from[j + 1], so a word is built in a local, not through memory.
 */
interface Table {
  field: Int32Array;
  from: Int32Array;
  bit: Int32Array;
  /** EQ tables: the value compared with `===`; RANGE / BELOW tables: the atom (its bounds). */
  value: unknown[];
  atom: Int32Array;
}

export interface RowKernel {
  words: number;
  /** Some atom reads a yes/no flag's value from `vals` (Нет, or not as `true`): loadFlagValues. */
  flagValues: boolean;
  /** Да other than `true` on a flag (EQ with true): a compare with a constant. */
  yes: Table;
  /** Нет (FALSE, EQ with false): a compare with a constant. */
  no: Table;
  /** A string equal to the value sets the bit (EQ, IN over one-value fields). */
  equal: Table;
  /** NOTIN of strings over a one-value field: a present value sets the bit, a listed one clears it. */
  present: Table;
  clear: Table;
  /** A number within the school's [lo, hi] for the atom (inPeriod, withinYears, young, le, ge). */
  range: Table;
  /** A number below the atom's hi (beginner, lt). */
  below: Table;
  /** Atoms left to the interpreter, in atom order. */
  other: Int32Array;
  /**
   * `all` / `any` / `not` in atom order (parts come first), as masks of their parts:
   * all: every part bit set; not: its part's bit clear; any: some part bit set.
   */
  composite: Int32Array;
  /**
   * One branch-free form for the three: composite c holds when, for every part i in
   * partFrom[c] .. partFrom[c + 1], (mask[partWord[i]] & partNeed[i]) === partTarget[i],
   * flipped when flip[c] is 1. all: target = need; not: target 0; any: target 0, flipped.
   */
  flip: Int32Array;
  partFrom: Int32Array;
  partWord: Int32Array;
  partNeed: Int32Array;
  partTarget: Int32Array;
}

const MULTI = new Set(TEACHERS.fields.filter((f) => f.type === "multilist").map((f) => f.key));

interface Entry {
  field: number;
  atom: number;
  value: unknown;
}

function table(unsorted: readonly Entry[], words: number): Table {
  const entries = [...unsorted].sort((x, y) => x.atom - y.atom);
  const from = new Int32Array(words + 1);
  for (const e of entries) from[(e.atom >> 5) + 1]++;
  for (let j = 0; j < words; j++) from[j + 1] += from[j];
  return {
    field: Int32Array.from(entries, (e) => e.field),
    from,
    bit: Int32Array.from(entries, (e) => 1 << (e.atom & 31)),
    value: entries.map((e) => e.value),
    atom: Int32Array.from(entries, (e) => e.atom),
  };
}

export function kernelOf(program: RowProgram): RowKernel {
  const yes: Entry[] = [];
  const no: Entry[] = [];
  const equal: Entry[] = [];
  const present: Entry[] = [];
  const clear: Entry[] = [];
  const range: Entry[] = [];
  const below: Entry[] = [];
  const other: number[] = [];
  const composite: number[] = [];
  let flagValues = false;
  program.atoms.forEach((a, i) => {
    if (i < FLAG_FIELDS.length) return; // `true` on flag i: bit i of the yesFlags word
    const at = { field: a.field, atom: i };
    if (a.field >= 0 && FLAG_FIELDS.includes(FIELD_IDS[a.field])) flagValues = true; // tested otherwise than `true`: needs the value
    // Strings only: a string compare site stays fast; numbers or booleans in a list go to the interpreter.
    const strings =
      a.field >= 0 && !MULTI.has(FIELD_IDS[a.field]) && [...(a.set ?? [])].every(isString);
    if (a.op === TRUE || (a.op === EQ && a.value === true)) yes.push({ ...at, value: true });
    else if (a.op === FALSE || (a.op === EQ && a.value === false)) no.push({ ...at, value: false });
    else if ((a.op === EQ || a.op === IN) && strings)
      for (const v of a.set ?? []) equal.push({ ...at, value: v });
    else if (a.op === NOTIN && strings) {
      present.push({ ...at, value: null });
      for (const v of a.set ?? []) clear.push({ ...at, value: v });
    } else if (a.op === RANGE) range.push({ ...at, value: null });
    else if (a.op === BELOW) below.push({ ...at, value: null });
    else if (a.op === NOT || a.op === ALL || a.op === ANY) composite.push(i);
    else other.push(i);
  });
  const words = program.words;
  // Each composite's part masks, only the words that hold a part (usually one).
  const parts = composite.map((a) => {
    const need = new Map<number, number>();
    for (const sub of program.atoms[a].subs)
      need.set(sub >> 5, (need.get(sub >> 5) ?? 0) | (1 << (sub & 31)));
    return [...need];
  });
  const partFrom = Int32Array.from({ length: composite.length + 1 }, (_, c) =>
    parts.slice(0, c).reduce((n, p) => n + p.length, 0)
  );
  const targets = composite.flatMap((a, c) =>
    parts[c].map(([, need]) => (program.atoms[a].op === ALL ? need : 0))
  );
  return {
    words,
    flagValues,
    yes: table(yes, words),
    no: table(no, words),
    equal: table(equal, words),
    present: table(present, words),
    clear: table(clear, words),
    range: table(range, words),
    below: table(below, words),
    other: Int32Array.from(other),
    composite: Int32Array.from(composite),
    flip: Int32Array.from(composite, (a) => (program.atoms[a].op === ANY ? 1 : 0)),
    partFrom,
    partWord: Int32Array.from(parts.flat(), ([word]) => word),
    partNeed: Int32Array.from(parts.flat(), ([, need]) => need),
    partTarget: Int32Array.from(targets),
  };
}

const isString = (v: unknown): v is string => typeof v === "string";

/**
 * One row's atom mask: its fields already in `vals` (loadRow, and loadFlagValues when
 * the kernel says so), its Да flags as the yesFlags word; `bounds` are the school's.
 */
export function evaluateRow(
  k: RowKernel,
  program: RowProgram,
  w: Worker,
  vals: unknown[],
  yesWord: number,
  bounds: Float64Array,
  mask: Int32Array
): void {
  const { words, yes, no, equal: eq, present: pr, clear: cl, range: rg, below: lo } = k;
  // Branch-free: `-+(test)` is 0 or all ones; random flags would mispredict every other branch.
  for (let j = 0; j < words; j++) {
    let m = j === 0 ? yesWord : 0; // `true` on flag i is atom i
    for (let i = yes.from[j]; i < yes.from[j + 1]; i++)
      m |= yes.bit[i] & -+(vals[yes.field[i]] === true);
    for (let i = no.from[j]; i < no.from[j + 1]; i++)
      m |= no.bit[i] & -+(vals[no.field[i]] === false);
    for (let i = eq.from[j]; i < eq.from[j + 1]; i++) {
      const v = vals[eq.field[i]];
      m |= eq.bit[i] & -+(typeof v === "string" && v === eq.value[i]);
    }
    for (let i = pr.from[j]; i < pr.from[j + 1]; i++) {
      const v = vals[pr.field[i]];
      m |= pr.bit[i] & -+(v !== null && v !== undefined);
    }
    for (let i = cl.from[j]; i < cl.from[j + 1]; i++) {
      const v = vals[cl.field[i]];
      m &= ~(cl.bit[i] & -+(typeof v === "string" && v === cl.value[i]));
    }
    for (let i = rg.from[j]; i < rg.from[j + 1]; i++) {
      const v = vals[rg.field[i]];
      const a = rg.atom[i];
      const x = typeof v === "number" ? v : NaN;
      m |= rg.bit[i] & -(+(x >= bounds[2 * a]) & +(x <= bounds[2 * a + 1]));
    }
    for (let i = lo.from[j]; i < lo.from[j + 1]; i++) {
      const v = vals[lo.field[i]];
      const x = typeof v === "number" ? v : NaN;
      m |= lo.bit[i] & -+(x < bounds[2 * lo.atom[i] + 1]);
    }
    mask[j] = m;
  }
  const { fields, values, sets } = program;
  for (let i = 0; i < k.other.length; i++) {
    const a = k.other[i];
    const f = fields[a];
    if (evaluateAtom(program.ops[a], a, f >= 0 ? vals[f] : null, w, values, sets, bounds))
      mask[a >> 5] |= 1 << (a & 31);
  }
  const { flip, partFrom, partWord, partNeed, partTarget } = k;
  for (let c = 0; c < k.composite.length; c++) {
    let holds = 1;
    for (let i = partFrom[c]; i < partFrom[c + 1]; i++)
      holds &= +((mask[partWord[i]] & partNeed[i]) === partTarget[i]);
    const hit = holds ^ flip[c];
    const a = k.composite[c];
    mask[a >> 5] |= hit << (a & 31);
  }
}
