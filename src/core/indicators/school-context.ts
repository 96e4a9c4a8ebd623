/**
 * What one school's rows are judged against: its period and the settings'
 * age limits turned into day-number cut-offs, so that "young" or "of pension
 * age" is one comparison per row instead of a calendar computation. The one
 * place these cut-offs are computed: the engine, recommendations, clusters and
 * the training plan all judge ages through a context made here.
 */
import type { Passport, Period } from "../model";
import { addYears, fullYears, ymdOf, type Day } from "../time/day";
import type { PensionAge, Settings } from "./types";

export interface SchoolContext {
  start: Day | null;
  end: Day | null;
  /** First day of the PK_3Y window per `years` (same date `years` before the end). */
  yearsBack: (years: number) => Day | null;
  /** Born on or before this day: at least `years` full years at the end (age bands). */
  bornUntil: (years: number) => Day | null;
  /** Born on or after this day: age at the end ≤ the young age limit. */
  youngBornFrom: Day | null;
  /** Born on or before this day: of pension age (by sex). */
  pensionBornUntil: { male: Day; female: Day } | null;
  beginnerExperience: number;
}

/** The latest birth day whose age at `at` is at least `years` (fullYears is the truth). */
export function latestBirthWithAge(at: Day, years: number): Day {
  let day = addYears(at, -years);
  while (fullYears(day + 1, at) >= years) day += 1;
  while (fullYears(day, at) < years) day -= 1;
  return day;
}

/** The pension ages that apply to a period ending in `year`. */
export function pensionAgeFor(schedule: readonly PensionAge[], year: number): PensionAge {
  const sorted = [...schedule].sort((a, b) => a.fromYear - b.fromYear);
  let found = sorted[0];
  for (const entry of sorted) if (entry.fromYear <= year) found = entry;
  return found;
}

/** A per-`years` cut-off from the end, computed once per distinct `years`. */
function memoByYears(end: Day | null, of: (end: Day, years: number) => Day) {
  const memo = new Map<number, Day>();
  return (years: number): Day | null => {
    if (end === null) return null;
    let day = memo.get(years);
    if (day === undefined) memo.set(years, (day = of(end, years)));
    return day;
  };
}

/** The context of a period given by its bounds (either may be unknown). */
export function periodContext(
  start: Day | null,
  end: Day | null,
  settings: Settings
): SchoolContext {
  const yearsBack = memoByYears(end, (at, years) => addYears(at, -years));
  const bornUntil = memoByYears(end, latestBirthWithAge);
  let youngBornFrom: Day | null = null;
  let pensionBornUntil: SchoolContext["pensionBornUntil"] = null;
  if (end !== null) {
    youngBornFrom = (bornUntil(settings.youngAgeLimit + 1) as Day) + 1;
    const ages =
      settings.pensionAges.length > 0 ? pensionAgeFor(settings.pensionAges, ymdOf(end).year) : null;
    if (ages) {
      pensionBornUntil = {
        male: bornUntil(ages.male) as Day,
        female: bornUntil(ages.female) as Day,
      };
    }
  }
  return {
    start,
    end,
    yearsBack,
    bornUntil,
    youngBornFrom,
    pensionBornUntil,
    beginnerExperience: settings.beginnerExperience,
  };
}

/** A school's rows are judged against its passport's period. */
export function schoolContext(passport: Passport, settings: Settings): SchoolContext {
  return periodContext(passport.periodStart, passport.periodEnd, settings);
}

/** Municipal views (clusters, recommendations, the plan) judge against the common period. */
export function commonContext(period: Period, settings: Settings): SchoolContext {
  return periodContext(period.start, period.end, settings);
}
