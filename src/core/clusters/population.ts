/**
 * The populations of indicators.md (ALL, PED, young, beginner, pension age)
 * as small predicates, shared by recommendations, clusters and the training plan.
 */
import type { Period, SchoolData, Worker } from "../model";
import type { PensionAge, Settings } from "../indicators/types";
import { EXTERNAL_PART_TIME, PEDAGOGICAL_WORKER, WORKER_CATEGORY } from "../schema/values";
import { fullYears, ymdOf } from "../time/day";

/** ALL: rows without errors that are not external part-timers. */
export function inAll(w: Worker): boolean {
  return !w.hasErrors && w.employment !== EXTERNAL_PART_TIME;
}

export function inPed(w: Worker): boolean {
  return inAll(w) && w.workerCategory === PEDAGOGICAL_WORKER;
}

export function isManager(w: Worker): boolean {
  return w.workerCategory === WORKER_CATEGORY[1] || w.workerCategory === WORKER_CATEGORY[2];
}

export function ageAt(w: Worker, period: Period): number | null {
  return w.birthDate === null ? null : fullYears(w.birthDate, period.end);
}

export function isYoung(w: Worker, period: Period, settings: Settings): boolean {
  const age = ageAt(w, period);
  return age !== null && age <= settings.youngAgeLimit;
}

export function isBeginner(w: Worker, settings: Settings): boolean {
  return w.pedExperience !== null && w.pedExperience < settings.beginnerExperience;
}

/** The schedule entry for the period's end year (latest `fromYear` not after it). */
export function pensionAgeEntry(ages: readonly PensionAge[], year: number): PensionAge | null {
  let best: PensionAge | null = null;
  for (const a of ages) if (a.fromYear <= year && (!best || a.fromYear > best.fromYear)) best = a;
  if (best) return best;
  // A period before every entry: the earliest schedule is the nearest rule.
  for (const a of ages) if (!best || a.fromYear < best.fromYear) best = a;
  return best;
}

export function pensionAgeOf(w: Worker, period: Period, settings: Settings): number | null {
  const entry = pensionAgeEntry(settings.pensionAges, ymdOf(period.end).year);
  if (!entry || (w.sex !== "М" && w.sex !== "Ж")) return null;
  return w.sex === "М" ? entry.male : entry.female;
}

export function isPensionAge(w: Worker, period: Period, settings: Settings): boolean {
  const age = ageAt(w, period);
  const limit = pensionAgeOf(w, period, settings);
  return age !== null && limit !== null && age >= limit;
}

/** Workers of ALL with the school they belong to, in school then row order. */
export function allWorkers(schools: readonly SchoolData[]): { school: SchoolData; worker: Worker }[] {
  const out: { school: SchoolData; worker: Worker }[] = [];
  for (const school of schools) for (const worker of school.workers) {
    if (inAll(worker)) out.push({ school, worker });
  }
  return out;
}
