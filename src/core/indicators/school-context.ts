/**
 * What one school's rows are judged against: its period and the settings'
 * age limits turned into day-number cut-offs, so that "young" or "of pension
 * age" is one comparison per row instead of a calendar computation.
 */
import type { Passport } from "../model";
import { addYears, fullYears, ymdOf, type Day } from "../time/day";
import type { PensionAge, Settings } from "./types";

export interface SchoolContext {
  start: Day | null;
  end: Day | null;
  /** First day of the PK_3Y window per `years` (same date `years` before the end). */
  yearsBack: (years: number) => Day | null;
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

export function schoolContext(passport: Passport, settings: Settings): SchoolContext {
  const start = passport.periodStart;
  const end = passport.periodEnd;
  const back = new Map<number, Day>();
  const yearsBack = (years: number): Day | null => {
    if (end === null) return null;
    if (!back.has(years)) back.set(years, addYears(end, -years));
    return back.get(years) as Day;
  };
  let youngBornFrom: Day | null = null;
  let pensionBornUntil: SchoolContext["pensionBornUntil"] = null;
  if (end !== null) {
    youngBornFrom = latestBirthWithAge(end, settings.youngAgeLimit + 1) + 1;
    const ages =
      settings.pensionAges.length > 0 ? pensionAgeFor(settings.pensionAges, ymdOf(end).year) : null;
    if (ages) {
      pensionBornUntil = {
        male: latestBirthWithAge(end, ages.male),
        female: latestBirthWithAge(end, ages.female),
      };
    }
  }
  return {
    start,
    end,
    yearsBack,
    youngBornFrom,
    pensionBornUntil,
    beginnerExperience: settings.beginnerExperience,
  };
}
