/**
 * The period a pre-filled school workbook is for: the latest period of the
 * municipality workbook moved one year on; with none, the school year
 * (01.09–31.08) that contains today.
 */
import type { Period, SchoolData } from "../model";
import { addYears, dayOf, ymdOf, type Day } from "../time/day";

/** The latest period among the schools' passports (by end, then start), or null. */
export function latestPeriod(schools: readonly SchoolData[]): Period | null {
  let best: Period | null = null;
  for (const s of schools) {
    const { periodStart: start, periodEnd: end } = s.passport;
    if (start === null || end === null || end <= start) continue;
    if (best === null || end > best.end || (end === best.end && start > best.start))
      best = { start, end };
  }
  return best;
}

export function schoolYearOf(today: Day): Period {
  const { year, month } = ymdOf(today);
  const first = month >= 9 ? year : year - 1;
  return { start: dayOf(first, 9, 1), end: dayOf(first + 1, 8, 31) };
}

export function nextPeriod(latest: Period | null, today: Day): Period {
  if (latest === null) return schoolYearOf(today);
  return { start: addYears(latest.start, 1), end: addYears(latest.end, 1) };
}

/** Whole years between two period ends (how much the experience grows), never negative. */
export function yearsBetween(from: Day, to: Day): number {
  return Math.max(0, Math.round((to - from) / 365.25));
}
