/**
 * One school's contribution to an indicator ("partial"), and how partials of a
 * scope's schools add up. A school that cannot give a figure (a bad passport
 * value, no period) contributes null and is left out of the sums.
 */
import type { SchoolData } from "../model";
import { fold } from "../text/fold";
import { passportUsable, type EntryPlan } from "./compile";
import type { CatalogEntry, Measure } from "./measures";

export interface SchoolCounts {
  /** Rows matched per slot. */
  counts: Float64Array;
  /** 1 when the slot could be evaluated for this school. */
  usable: Uint8Array;
  rows: number;
  excluded: number;
}

export type Partial =
  { num: number; den: number } | { count: number } | { titles: Set<string> } | null;

export interface Figures {
  numerator: number | null;
  denominator: number | null;
  value: number | null;
}

function slotsUsable(plan: EntryPlan, c: SchoolCounts): boolean {
  return (plan.num < 0 || c.usable[plan.num] === 1) && (plan.den < 0 || c.usable[plan.den] === 1);
}

export function partialOf(plan: EntryPlan, school: SchoolData, c: SchoolCounts): Partial {
  const m = plan.entry.measure;
  const p = school.passport;
  switch (m.kind) {
    case "share":
      return slotsUsable(plan, c) ? { num: c.counts[plan.num], den: c.counts[plan.den] } : null;
    case "schoolMajority":
      if (!slotsUsable(plan, c)) return null;
      return { num: c.counts[plan.num] * 2 > c.counts[plan.den] ? 1 : 0, den: 1 };
    case "workerCount":
      return slotsUsable(plan, c) ? { count: c.counts[plan.num] } : null;
    case "schoolFlag":
      return passportUsable(school, m.field) ? { num: p[m.field] ? 1 : 0, den: 1 } : null;
    case "staffing":
      if (!passportUsable(school, "pedPositions") || !passportUsable(school, "pedVacancies"))
        return null;
      return { num: (p.pedPositions ?? 0) - (p.pedVacancies ?? 0), den: p.pedPositions ?? 0 };
    case "passportSum":
      return passportUsable(school, m.field) ? { count: p[m.field] ?? 0 } : null;
    case "distinctCommunities": {
      const types = new Set(m.types);
      const levels = m.levels ? new Set(m.levels) : null;
      const titles = new Set<string>();
      for (const row of school.communities) {
        if (row.hasErrors || row.title === null || row.type === null || !types.has(row.type))
          continue;
        if (levels && (row.level === null || !levels.has(row.level))) continue;
        const key = fold(row.title);
        if (key !== "") titles.add(key);
      }
      return { titles };
    }
  }
}

const NO_FIGURES: Figures = { numerator: null, denominator: null, value: null };

export function combine(entry: CatalogEntry, partials: readonly Partial[]): Figures {
  const usable = partials.filter((x): x is NonNullable<Partial> => x !== null);
  if (usable.length === 0) return NO_FIGURES;
  const kind = entry.measure.kind;
  if (kind === "distinctCommunities") {
    const all = new Set<string>();
    for (const x of usable) if ("titles" in x) x.titles.forEach((t) => all.add(t));
    return { numerator: null, denominator: null, value: all.size };
  }
  if (kind === "passportSum" || kind === "workerCount") {
    let sum = 0;
    for (const x of usable) if ("count" in x) sum += x.count;
    return { numerator: null, denominator: null, value: sum };
  }
  let num = 0;
  let den = 0;
  for (const x of usable) {
    if ("num" in x) {
      num += x.num;
      den += x.den;
    }
  }
  return { numerator: num, denominator: den, value: den > 0 ? (100 * num) / den : null };
}

export type TallyShape = "ratio" | "count" | null;

/**
 * How a measure's partial is written on the tally sheet: numerator and denominator, a count,
 * or nothing (distinct titles are not sums).
 */
export function tallyShape(kind: Measure["kind"]): TallyShape {
  switch (kind) {
    case "share":
    case "schoolMajority":
    case "schoolFlag":
    case "staffing":
      return "ratio";
    case "workerCount":
    case "passportSum":
      return "count";
    default:
      return null;
  }
}
