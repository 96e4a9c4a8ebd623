/**
 * `План ПК`: the in-service training schedule for the next period (004:
 * «график повышения квалификации с учётом результатов диагностики»). A worker of
 * ALL is due when the 3-year term of the last course (course + 3 years) ends
 * before the next period's end (end + 1 year), or when there is no course.
 * "Before" is strict: a term ending on that very day still counts as within
 * 3 years at the next end, as PK_3Y would judge it.
 */
import type { Settings } from "../indicators/types";
import type { Period, SchoolData } from "../model";
import { allWorkers } from "../clusters/population";
import { addYears, type Day } from "../time/day";

export const PK_TERM_YEARS = 3;
const TAB_ORDER = new Intl.Collator("ru", { numeric: true });

export interface PlanEntry {
  schoolCode: string;
  schoolName: string | null;
  tabNumber: string;
  fullName: string | null;
  position: string | null;
  workerCategory: string | null;
  lastCourse: Day | null;
  /** Last course + 3 years; null without a course (due at once). */
  due: Day | null;
  /** The term had already run out by the period's end (or there was no course). */
  overdue: boolean;
  deficits: string[];
  diagnosticsDate: Day | null;
  iomDeveloped: boolean | null;
}

export interface TrainingPlan {
  period: Period;
  nextEnd: Day;
  entries: PlanEntry[];
  /** Per school in input order: code, name, how many are due. */
  bySchool: { schoolCode: string; schoolName: string | null; count: number }[];
}

export function buildTrainingPlan(
  schools: readonly SchoolData[],
  period: Period,
  _settings?: Settings
): TrainingPlan {
  const nextEnd = addYears(period.end, 1);
  const windowStart = addYears(period.end, -PK_TERM_YEARS);
  const entries: PlanEntry[] = [];
  for (const { school, worker: w } of allWorkers(schools)) {
    const due = w.courseDate === null ? null : addYears(w.courseDate, PK_TERM_YEARS);
    if (due !== null && due >= nextEnd) continue;
    entries.push({
      schoolCode: w.schoolCode,
      schoolName: school.passport.schoolName,
      tabNumber: w.tabNumber,
      fullName: w.fullName,
      position: w.position,
      workerCategory: w.workerCategory,
      lastCourse: w.courseDate,
      due,
      overdue: w.courseDate === null || w.courseDate < windowStart,
      deficits: w.deficits,
      diagnosticsDate: w.diagnosticsDate,
      iomDeveloped: w.iomDeveloped,
    });
  }
  const order = new Map(schools.map((s, i) => [s.passport.schoolCode ?? "", i]));
  entries.sort(
    (a, b) =>
      (order.get(a.schoolCode) ?? 0) - (order.get(b.schoolCode) ?? 0) ||
      (a.due ?? -Infinity) - (b.due ?? -Infinity) ||
      TAB_ORDER.compare(a.tabNumber, b.tabNumber)
  );
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.schoolCode, (counts.get(e.schoolCode) ?? 0) + 1);
  const bySchool = schools.map((s) => ({
    schoolCode: s.passport.schoolCode ?? "",
    schoolName: s.passport.schoolName,
    count: counts.get(s.passport.schoolCode ?? "") ?? 0,
  }));
  return { period, nextEnd, entries, bySchool };
}
