/**
 * The populations of indicators.md (ALL, PED, young, beginner, pension age)
 * as small predicates, shared by recommendations, clusters and the training plan.
 * Ages are judged by birth-day cut-offs computed once per period and settings
 * (the engine's own latestBirthWithAge and pension schedule), so a row costs a
 * comparison, not a calendar computation.
 */
import type { Period, SchoolData, Worker } from "../model";
import { latestBirthWithAge, pensionAgeFor } from "../indicators/school-context";
import type { Settings } from "../indicators/types";
import { EXTERNAL_PART_TIME, PEDAGOGICAL_WORKER, WORKER_CATEGORY } from "../schema/values";
import { ymdOf, type Day } from "../time/day";

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

interface Cutoffs {
  /** Born on or after: age at the end ≤ the young limit. */
  youngFrom: Day;
  /** Born on or before: of pension age, by sex (null without a schedule). */
  pension: { male: Day; female: Day } | null;
  /** Born on or before: at least this many full years at the end (for age bands). */
  atLeast: (years: number) => Day;
}

let cache: { settings: Settings; end: Day; cutoffs: Cutoffs } | null = null;

function cutoffs(period: Period, settings: Settings): Cutoffs {
  if (cache && cache.settings === settings && cache.end === period.end) return cache.cutoffs;
  const end = period.end;
  const memo = new Map<number, Day>();
  const atLeast = (years: number): Day => {
    if (!memo.has(years)) memo.set(years, latestBirthWithAge(end, years));
    return memo.get(years) as Day;
  };
  const ages = settings.pensionAges.length
    ? pensionAgeFor(settings.pensionAges, ymdOf(end).year)
    : null;
  const value: Cutoffs = {
    youngFrom: atLeast(settings.youngAgeLimit + 1) + 1,
    pension: ages ? { male: atLeast(ages.male), female: atLeast(ages.female) } : null,
    atLeast,
  };
  cache = { settings, end, cutoffs: value };
  return value;
}

/** Has reached `years` full years by the period's end (null without a birth date). */
export function reachedAge(
  w: Worker,
  years: number,
  period: Period,
  settings: Settings
): boolean | null {
  return w.birthDate === null ? null : w.birthDate <= cutoffs(period, settings).atLeast(years);
}

export function isYoung(w: Worker, period: Period, settings: Settings): boolean {
  return w.birthDate !== null && w.birthDate >= cutoffs(period, settings).youngFrom;
}

export function isBeginner(w: Worker, settings: Settings): boolean {
  return w.pedExperience !== null && w.pedExperience < settings.beginnerExperience;
}

export function isPensionAge(w: Worker, period: Period, settings: Settings): boolean {
  const p = cutoffs(period, settings).pension;
  if (w.birthDate === null || p === null) return false;
  return (w.sex === "М" && w.birthDate <= p.male) || (w.sex === "Ж" && w.birthDate <= p.female);
}

/** Workers of ALL with the school they belong to, in school then row order. */
export function allWorkers(
  schools: readonly SchoolData[]
): { school: SchoolData; worker: Worker }[] {
  const out: { school: SchoolData; worker: Worker }[] = [];
  for (const school of schools)
    for (const worker of school.workers) {
      if (inAll(worker)) out.push({ school, worker });
    }
  return out;
}
