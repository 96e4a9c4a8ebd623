/**
 * The realistic mode of the synthetic municipality: every validation rule and,
 * through the data, every recommendation rule fires at a real-world rate
 * (ROW_FAULTS, SCHOOL_FAULTS), and each fault kind at least once however few
 * the schools, so a municipality of a few dozen schools shows them all.
 * Whole-school faults go to distinct schools; the guaranteed row faults go to
 * schools whose staff table is read whole, so that each is seen.
 */
import type { Period } from "../model";
import { TEACHERS } from "../schema";
import type { IssueCode } from "../validate/codes";
import type { Random } from "./random";
import { ROW_FAULTS, type RowFault } from "./realistic-rows";
import { SCHOOL_FAULTS, type LayoutFault } from "./realistic-schools";
import type { SchoolValues } from "./school";

export type { LayoutFault } from "./realistic-schools";

/** One fault put in by the realistic mode: the code it is meant to raise, and where. */
export interface RealisticFault {
  code: IssueCode;
  /** 0-based data row of `Педагоги`, or null for a whole-school fault. */
  dataRow: number | null;
}

export interface RealisticSchool {
  faults: RealisticFault[];
  layout: LayoutFault[];
}

export function plantRealistic(
  rnd: Random,
  schools: SchoolValues[],
  period: Period
): RealisticSchool[] {
  const out: RealisticSchool[] = schools.map(() => ({ faults: [], layout: [] }));
  const excluded = new Set<number>();
  const hasSchoolFault = new Set<number>();
  const plantSchool = (k: number, s: number): void => {
    const fault = SCHOOL_FAULTS[k];
    for (const change of fault.apply(schools[s], rnd, period)) out[s].layout.push(change);
    out[s].faults.push({ code: fault.code, dataRow: null });
    hasSchoolFault.add(s);
    // A school whose staff table is not read, or has a retyped header, may hide a row fault.
    if (fault.excludes || out[s].layout.some((c) => c.sheet === TEACHERS.name)) excluded.add(s);
  };
  // Whole-school faults: at their rates, then once each where none fell, in a school without one.
  SCHOOL_FAULTS.forEach((fault, k) => {
    let planted = false;
    for (let s = 0; s < schools.length; s++) {
      if (hasSchoolFault.has(s) || !rnd.chance(fault.rate)) continue;
      plantSchool(k, s);
      planted = true;
    }
    if (!planted)
      plantSchool(
        k,
        pickSchool(rnd, schools.length, (s) => !hasSchoolFault.has(s))
      );
  });

  const taken = schools.map(() => new Set<number>());
  const plantRow = (fault: RowFault, s: number, i: number): boolean => {
    if (taken[s].has(i) || !fault.apply(schools[s].teachers, i, rnd, period)) return false;
    taken[s].add(i);
    out[s].faults.push({ code: fault.code, dataRow: i });
    return true;
  };
  for (const fault of ROW_FAULTS) {
    let seen = false;
    for (let s = 0; s < schools.length; s++) {
      const rows = schools[s].teachers;
      for (let i = 0; i < rows.length; i++)
        if (rnd.chance(fault.rate) && plantRow(fault, s, i) && !excluded.has(s)) seen = true;
    }
    // Once at least, in a school that is read: a few tries over random rows.
    for (let attempt = 0; !seen && attempt < 200; attempt++) {
      const s = pickSchool(
        rnd,
        schools.length,
        (x) => !excluded.has(x) && schools[x].teachers.length > 1
      );
      seen = plantRow(fault, s, rnd.int(1, schools[s].teachers.length - 1));
    }
  }
  return out;
}

/** A random school that passes `ok`, or any school when none does. */
function pickSchool(rnd: Random, count: number, ok: (s: number) => boolean): number {
  const start = rnd.int(0, count - 1);
  for (let step = 0; step < count; step++) {
    const s = (start + step) % count;
    if (ok(s)) return s;
  }
  return start;
}
