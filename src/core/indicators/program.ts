/**
 * The engine's row program: every distinct condition of every slot becomes one
 * "atom" (and a slot of several conditions one more, their conjunction), so a
 * row costs one test per distinct condition however many indicators share it.
 * The block kernel (block-kernel.ts) runs the atoms; the switch interpreter here
 * (evaluateAtom) is its fallback for the rare kinds.
 */
import type { Worker } from "../model";
import { fold } from "../text/fold";
import { canonicalValue, isFreeText } from "./compile-condition";
import type { Slot } from "./compile";
import type { Condition } from "./conditions";
import { FIELD_IDS, FLAG_FIELDS } from "./field-access";
import type { SchoolContext } from "./school-context";

export const EQ = 0,
  IN = 1,
  NOTIN = 2,
  TRUE = 3,
  FALSE = 4,
  FILLED = 5,
  EMPTY = 6,
  GT = 9;
export const RANGE = 11,
  PENSION = 12,
  DIAG_BEFORE = 13,
  FOLD_IN = 14,
  FOLD_NOTIN = 19,
  NOT = 15,
  ALL = 16,
  ANY = 17,
  BELOW = 18;

const FIELD = new Map(FIELD_IDS.map((f, i) => [f, i]));
const BIRTH = FIELD.get("birthDate") as number;

type Bounds = (ctx: SchoolContext) => [number, number];

interface Atom {
  op: number;
  field: number;
  value: unknown;
  set: Set<unknown> | null;
  bounds: Bounds | null;
  subs: number[];
}

export interface RowProgram {
  atoms: Atom[];
  /** The atom whose bit slot k counts (its conditions' conjunction), -1 for none. */
  slotAtom: Int32Array;
  /** The atoms' op and field as typed arrays: the row loop reads nothing else per atom. */
  ops: Int32Array;
  fields: Int32Array;
  values: unknown[];
  sets: (Set<unknown> | null)[];
}

const orNaN = (v: number | null) => (v === null ? NaN : v);

function fieldId(field: string): number {
  const id = FIELD.get(field as never);
  if (id === undefined) throw new Error(`Показатель ссылается на неизвестное поле «${field}».`);
  return id;
}

class Builder {
  readonly atoms: Atom[] = [];
  private readonly byKey = new Map<string, number>();

  /** Atom i is `true` on FLAG_FIELDS[i] (used or not): the block kernel gets those bits from yesFlags. */
  constructor() {
    for (const field of FLAG_FIELDS) this.atom({ op: "true", field });
  }

  private add(key: string, atom: Omit<Atom, "subs"> & { subs?: number[] }): number {
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    this.atoms.push({ subs: [], ...atom });
    this.byKey.set(key, this.atoms.length - 1);
    return this.atoms.length - 1;
  }

  /** bounded: recursion over a catalog or parseCondition condition tree, a few levels deep. */
  atom(c: Condition): number {
    // One key per field for `true` whatever the key order, so it lands on the flag's atom.
    const key = c.op === "true" ? JSON.stringify({ op: c.op, field: c.field }) : JSON.stringify(c);
    const base = { field: -1, value: null, set: null, bounds: null };
    switch (c.op) {
      case "eq":
      case "in":
      case "notIn": {
        const values = c.op === "eq" ? [c.value] : c.values;
        const free = isFreeText(c.field) && values.every((v) => typeof v === "string");
        const set = new Set<unknown>(
          values.map((v) => (free ? fold(String(v)) : canonicalValue(c.field, v)))
        );
        const op = free
          ? c.op === "notIn"
            ? FOLD_NOTIN
            : FOLD_IN
          : c.op === "notIn"
            ? NOTIN
            : c.op === "eq"
              ? EQ
              : IN;
        return this.add(key, { ...base, op, field: fieldId(c.field), set, value: [...set][0] });
      }
      case "true":
      case "false":
      case "filled":
      case "empty":
        return this.add(key, {
          ...base,
          op: { true: TRUE, false: FALSE, filled: FILLED, empty: EMPTY }[c.op],
          field: fieldId(c.field),
        });
      // lt is BELOW, le and ge are RANGE with constant bounds: same tests, fewer kinds for the row kernel.
      case "lt":
      case "le":
      case "ge": {
        const v = c.value;
        const bounds: Bounds = c.op === "ge" ? () => [v, Infinity] : () => [-Infinity, v];
        return this.add(key, {
          ...base,
          op: c.op === "lt" ? BELOW : RANGE,
          field: fieldId(c.field),
          bounds,
        });
      }
      case "gt":
        return this.add(key, { ...base, op: GT, field: fieldId(c.field), value: c.value });
      case "inPeriod":
        return this.add(key, {
          ...base,
          op: RANGE,
          field: fieldId(c.field),
          bounds: (x) => [orNaN(x.start), orNaN(x.end)],
        });
      case "withinYears": {
        const years = c.years;
        return this.add(key, {
          ...base,
          op: RANGE,
          field: fieldId(c.field),
          bounds: (x) => [orNaN(x.yearsBack(years)), orNaN(x.end)],
        });
      }
      case "named":
        return this.named(key, c.name);
      case "all":
      case "any":
        return this.add(key, {
          ...base,
          op: c.op === "all" ? ALL : ANY,
          subs: c.of.map((s) => this.atom(s)),
        });
      case "not":
        return this.add(key, { ...base, op: NOT, subs: [this.atom(c.of)] });
    }
  }

  private named(key: string, name: Extract<Condition, { op: "named" }>["name"]): number {
    const base = { value: null, set: null };
    switch (name) {
      case "young":
        return this.add(key, {
          ...base,
          op: RANGE,
          field: BIRTH,
          bounds: (x) => [orNaN(x.youngBornFrom), Infinity],
        });
      case "beginner":
        return this.add(key, {
          ...base,
          op: BELOW,
          field: fieldId("pedExperience"),
          bounds: (x) => [0, x.beginnerExperience],
        });
      case "pensionAge":
        return this.add(key, {
          ...base,
          op: PENSION,
          field: BIRTH,
          bounds: (x) => [
            orNaN(x.pensionBornUntil?.male ?? null),
            orNaN(x.pensionBornUntil?.female ?? null),
          ],
        });
      case "diagnosedBeforeCourse":
        return this.add(key, { ...base, op: DIAG_BEFORE, field: -1, bounds: null });
    }
  }
}

export function compileProgram(slots: readonly Slot[]): RowProgram {
  const b = new Builder();
  // A slot of several conditions is one more atom, their conjunction: so every slot is a
  // population and at most one atom, and is counted from per-bit tallies (block-tally.ts).
  const slotAtom = Int32Array.from(slots, (s) => {
    const where = s.where ?? [];
    if (where.length === 0) return -1;
    return where.length === 1 ? b.atom(where[0]) : b.atom({ op: "all", of: where });
  });
  return {
    atoms: b.atoms,
    slotAtom,
    ops: Int32Array.from(b.atoms.map((a) => a.op)),
    fields: Int32Array.from(b.atoms.map((a) => a.field)),
    values: b.atoms.map((a) => a.value),
    sets: b.atoms.map((a) => a.set),
  };
}

export function filled(v: unknown): boolean {
  return v !== null && v !== undefined && v !== "" && !(Array.isArray(v) && v.length === 0);
}

function member(set: Set<unknown>, v: unknown): boolean {
  if (Array.isArray(v)) {
    for (const item of v) if (set.has(item)) return true;
    return false;
  }
  return set.has(v);
}

/** One leaf atom's test for a row (`v` its field's value): the kernel's fallback for rare kinds. */
export function evaluateAtom(
  op: number,
  a: number,
  v: unknown,
  w: Worker,
  values: unknown[],
  sets: (Set<unknown> | null)[],
  bounds: Float64Array
): boolean {
  switch (op) {
    case EQ:
      return v === values[a];
    case IN:
      return member(sets[a] as Set<unknown>, v);
    case NOTIN:
      return v !== null && v !== undefined && !member(sets[a] as Set<unknown>, v);
    case FOLD_IN:
      return typeof v === "string" && (sets[a] as Set<unknown>).has(fold(v));
    case FOLD_NOTIN:
      // Like notIn: an empty cell is not "other than" the listed values.
      return typeof v === "string" && !(sets[a] as Set<unknown>).has(fold(v));
    case TRUE:
      return v === true;
    case FALSE:
      return v === false;
    case FILLED:
      return filled(v);
    case EMPTY:
      return !filled(v);
    case GT:
      return typeof v === "number" && v > (values[a] as number);
    case RANGE:
      return typeof v === "number" && v >= bounds[2 * a] && v <= bounds[2 * a + 1];
    case BELOW:
      return typeof v === "number" && v < bounds[2 * a + 1];
    case PENSION:
      return (
        typeof v === "number" &&
        ((w.sex === "М" && v <= bounds[2 * a]) || (w.sex === "Ж" && v <= bounds[2 * a + 1]))
      );
    case DIAG_BEFORE:
      return (
        w.diagnosticsDate !== null && w.courseDate !== null && w.diagnosticsDate < w.courseDate
      );
    default:
      return false;
  }
}

/** Per-school bounds of the period-dependent atoms. */
export function boundsFor(program: RowProgram, ctx: SchoolContext): Float64Array {
  const out = new Float64Array(program.atoms.length * 2);
  program.atoms.forEach((a, i) => {
    if (!a.bounds) return;
    const [lo, hi] = a.bounds(ctx);
    out[2 * i] = lo;
    out[2 * i + 1] = hi;
  });
  return out;
}
