/**
 * A synthetic municipality for the `demo` command and for tests: plausible
 * schools, staff and communities from a seed, with a few deliberate faults
 * recorded so that tests can check validation finds each of them.
 * Pure and deterministic: the same options give the same data.
 */
import type { CellValue, Period } from "../model";
import { COMMUNITIES, PASSPORT, TEACHERS } from "../schema";
import { dayOf } from "../time/day";
import { plantFaults, type PlantedFault } from "./faults";
import { Random } from "./random";
import { plantRealistic, type LayoutFault, type RealisticFault } from "./realistic";
import { makeSchool } from "./school";

export type { PlantedFault, FaultKind } from "./faults";
export { FAULT_KINDS } from "./faults";
export type { LayoutFault, RealisticFault } from "./realistic";
export { ROW_FAULTS } from "./realistic-rows";
export { SCHOOL_FAULTS } from "./realistic-schools";

export const DEMO_PERIOD: Period = { start: dayOf(2024, 9, 1), end: dayOf(2025, 8, 31) };

export interface DemoSchool {
  code: string;
  /** Suggested file name of the school's workbook. */
  fileName: string;
  /** Passport values by field key (PASSPORT.fields). */
  passport: Record<string, CellValue>;
  /** `Педагоги` rows, each in TEACHERS.fields order. */
  teachers: CellValue[][];
  /** `Сообщества и проекты` rows, each in COMMUNITIES.fields order. */
  communities: CellValue[][];
  /** The deliberate faults put into this school's rows (the demo's four; none in realistic mode). */
  faults: PlantedFault[];
  /** Realistic mode: every fault put in, by the code it raises; empty otherwise. */
  realistic: RealisticFault[];
  /** Realistic mode: sheet renames and retyped headers, applied when the sheets are built. */
  layout: LayoutFault[];
}

export interface DemoOptions {
  schools?: number;
  seed?: number;
  /**
   * Real-world error rates instead of the demo's four planted faults: every
   * validation code and every recommendation rule fires (src/core/demo/realistic.ts).
   */
  realistic?: boolean;
  /** 0-based index of the first school (codes and tab numbers go on from it), for making a large municipality in parts. */
  first?: number;
}

export function generateMunicipality(options: DemoOptions = {}): DemoSchool[] {
  const count = options.schools ?? 12;
  if (!Number.isInteger(count) || count < 1)
    throw new RangeError("schools must be a whole number ≥ 1");
  const rnd = new Random(options.seed ?? 1);
  const first = options.first ?? 0;
  const schools = Array.from({ length: count }, (_, i) => makeSchool(rnd, first + i, DEMO_PERIOD));
  const realistic = options.realistic ? plantRealistic(rnd, schools, DEMO_PERIOD) : null;
  const faults = realistic ? schools.map(() => []) : plantFaults(rnd, schools);
  return schools.map((s, i) => ({
    code: s.code,
    fileName: `${s.code}.xlsx`,
    passport: Object.fromEntries(PASSPORT.fields.map((f) => [f.key, s.passport[f.key] ?? null])),
    teachers: s.teachers.map((row) => TEACHERS.fields.map((f) => row[f.key] ?? null)),
    communities: s.communities.map((row) => COMMUNITIES.fields.map((f) => row[f.key] ?? null)),
    faults: faults[i],
    realistic: realistic?.[i].faults ?? [],
    layout: realistic?.[i].layout ?? [],
  }));
}
