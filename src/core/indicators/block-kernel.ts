/**
 * The row program (program.ts) run over a block of rows at a time, the tests as
 * the outer loop. A block's fields sit in columns (field-access.ts loadColumns);
 * each atom's result is a bitset over the block's rows, `bits[atom * BLOCK_WORDS + w]`
 * holding rows 32w .. 32w + 31. Per row and atom, the old row-at-a-time kernel paid
 * for the walk over the tables (bounds, field ids, values reloaded for every row)
 * and for composites read bit by bit; here a test is one tight monomorphic loop
 * over a column with its constants in registers, and `all` / `any` / `not` are
 * word-wise AND / OR / NOT over 32 rows at once.
 *
 * This file sorts the atoms into tables of one kind of test each; block-eval.ts
 * runs them. Kinds: Да and Нет on a flag (atom i is `true` on FLAG_FIELDS[i]) from
 * the rows' yesFlags / noFlags words; Да / Нет on other fields; string equality (EQ,
 * and IN over one-value fields: one equality per listed value, all setting the
 * atom); NOTIN of strings (a present value sets the atom, a listed one clears it);
 * ranges and `below` with the school's bounds; filled / empty, the sex-dependent
 * pension age and the two-date order (the catalog's row-shaped atoms: through the
 * interpreter they cost ~6 ms of the 100,000-row bench). The rare ones (multilist
 * membership, folded text, numbers compared with `gt`) go through the interpreter,
 * row by row. The result is bit for bit the interpreter's (program.ts evaluateAtom).
 */
import { TEACHERS } from "../schema/school";
import { FIELD_IDS, FLAG_FIELDS, RARE_FIELDS } from "./field-access";
import {
  ALL,
  ANY,
  BELOW,
  DIAG_BEFORE,
  EMPTY,
  EQ,
  FALSE,
  FILLED,
  IN,
  NOT,
  NOTIN,
  PENSION,
  RANGE,
  TRUE,
  type RowProgram,
} from "./program";

/** Rows per block: 32 × BLOCK_WORDS. Columns and bitsets of a block stay in the L1 cache. */
export const BLOCK_WORDS = 4;
export const BLOCK_ROWS = 32 * BLOCK_WORDS;

/** Tests of one kind: entry i reads column field[i] and sets (or clears) atom[i]. */
interface Table {
  field: Int32Array;
  atom: Int32Array;
  /** EQ tables: the value compared with `===`. */
  value: unknown[];
}

export interface BlockKernel {
  atoms: number;
  /** Some atom reads a field of RARE_FIELDS: loadRareColumns. */
  rareColumns: boolean;
  /** Some atom reads a yes/no flag's value otherwise than as Да or Нет: loadFlagColumns. */
  flagValues: boolean;
  /** Some atom is Нет on a flag: the rows' noFlags words. */
  noWords: boolean;
  /**
   * Да / Нет on a flag that some slot or composite reads (atom i < FLAG_FIELDS.length is
   * Да on flag i): bit flagBit[i] of the rows' yesFlags words, or noFlags words if flagNo[i].
   */
  flagAtom: Int32Array;
  flagBit: Int32Array;
  flagNo: Int32Array;
  yes: Table;
  no: Table;
  equal: Table;
  present: Table;
  clear: Table;
  range: Table;
  below: Table;
  /** FILLED and EMPTY (value true for EMPTY: the test flipped). */
  filled: Table;
  /** Pension age by sex: the birth date against the school's bounds for М and Ж. */
  pension: Table;
  /** The diagnostics date before the course date. */
  diagBefore: Int32Array;
  /** Atoms left to the interpreter. */
  other: Int32Array;
  /** `all` / `any` / `not` in atom order (parts first): op, and parts subs[from[c] .. from[c + 1]]. */
  composite: Int32Array;
  compositeOp: Int32Array;
  subFrom: Int32Array;
  subs: Int32Array;
}

const MULTI = new Set(TEACHERS.fields.filter((f) => f.type === "multilist").map((f) => f.key));

interface Entry {
  field: number;
  atom: number;
  value: unknown;
}

function table(entries: readonly Entry[]): Table {
  return {
    field: Int32Array.from(entries, (e) => e.field),
    atom: Int32Array.from(entries, (e) => e.atom),
    value: entries.map((e) => e.value),
  };
}

export function kernelOf(program: RowProgram): BlockKernel {
  const yes: Entry[] = [];
  const no: Entry[] = [];
  const equal: Entry[] = [];
  const present: Entry[] = [];
  const clear: Entry[] = [];
  const range: Entry[] = [];
  const below: Entry[] = [];
  const filledOnes: Entry[] = [];
  const pension: Entry[] = [];
  const diagBefore: number[] = [];
  const other: number[] = [];
  const composite: number[] = [];
  let flagValues = false;
  let rareColumns = false;
  // Only the flag atoms something reads: unread ones are never transposed.
  const read = new Set<number>(program.slotAtom);
  for (const a of program.atoms) for (const sub of a.subs) read.add(sub);
  const flagged: { atom: number; bit: number; no: number }[] = [];
  program.atoms.forEach((a, i) => {
    const name = a.field >= 0 ? FIELD_IDS[a.field] : null;
    const flag = name === null ? -1 : FLAG_FIELDS.indexOf(name);
    if (name !== null && RARE_FIELDS.includes(name)) rareColumns = true;
    const yesOp = a.op === TRUE || (a.op === EQ && a.value === true);
    const noOp = a.op === FALSE || (a.op === EQ && a.value === false);
    if (flag >= 0 && (yesOp || noOp)) {
      if (read.has(i)) flagged.push({ atom: i, bit: flag, no: noOp ? 1 : 0 });
      return;
    }
    if (flag >= 0) flagValues = true; // tested otherwise than Да / Нет: needs the value
    const at = { field: a.field, atom: i };
    // Strings only: a string compare site stays fast; numbers or booleans in a list go to the interpreter.
    const strings =
      a.field >= 0 && !MULTI.has(FIELD_IDS[a.field]) && [...(a.set ?? [])].every(isString);
    if (yesOp) yes.push({ ...at, value: true });
    else if (noOp) no.push({ ...at, value: false });
    else if ((a.op === EQ || a.op === IN) && strings)
      for (const v of a.set ?? []) equal.push({ ...at, value: v });
    else if (a.op === NOTIN && strings) {
      present.push({ ...at, value: null });
      for (const v of a.set ?? []) clear.push({ ...at, value: v });
    } else if (a.op === RANGE) range.push({ ...at, value: null });
    else if (a.op === BELOW) below.push({ ...at, value: null });
    else if (a.op === FILLED || a.op === EMPTY) filledOnes.push({ ...at, value: a.op === EMPTY });
    else if (a.op === PENSION) pension.push({ ...at, value: null });
    else if (a.op === DIAG_BEFORE) diagBefore.push(i);
    else if (a.op === NOT || a.op === ALL || a.op === ANY) composite.push(i);
    else other.push(i);
  });
  const subFrom = Int32Array.from({ length: composite.length + 1 }, (_, c) =>
    composite.slice(0, c).reduce((n, a) => n + program.atoms[a].subs.length, 0)
  );
  return {
    atoms: program.atoms.length,
    rareColumns,
    flagValues,
    noWords: flagged.some((f) => f.no === 1),
    flagAtom: Int32Array.from(flagged, (f) => f.atom),
    flagBit: Int32Array.from(flagged, (f) => f.bit),
    flagNo: Int32Array.from(flagged, (f) => f.no),
    yes: table(yes),
    no: table(no),
    equal: table(equal),
    present: table(present),
    clear: table(clear),
    range: table(range),
    below: table(below),
    filled: table(filledOnes),
    pension: table(pension),
    diagBefore: Int32Array.from(diagBefore),
    other: Int32Array.from(other),
    composite: Int32Array.from(composite),
    compositeOp: Int32Array.from(composite, (a) => program.atoms[a].op),
    subFrom,
    subs: Int32Array.from(composite.flatMap((a) => program.atoms[a].subs)),
  };
}

const isString = (v: unknown): v is string => typeof v === "string";
