/**
 * The start of a teaching career as the sheet lets us know it: the period's end
 * minus `Педагогический стаж, лет` (template.md). Whole years go back by the
 * calendar (29 February → 28 February); a fraction of a year (2,5) by days.
 */
import { addYears, type Day } from "../time/day";

/** One year of tolerance: experience is rounded, and people count it from different days. */
export const CAREER_START_TOLERANCE_YEARS = 1;

export function careerStartOn(periodEnd: Day, experienceYears: number): Day {
  const whole = Math.floor(experienceYears);
  return addYears(periodEnd, -whole) - Math.round((experienceYears - whole) * 365.25);
}

/** The earliest attestation date the career allows: its start minus the tolerance. */
export function earliestAttestationOn(periodEnd: Day, experienceYears: number): Day {
  return addYears(careerStartOn(periodEnd, experienceYears), -CAREER_START_TOLERANCE_YEARS);
}
