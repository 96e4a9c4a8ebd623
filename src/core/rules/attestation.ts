/**
 * The term of a qualification category, once for validation (the
 * attestation-lapsed warning) and recommendations (attestation due). Первая and
 * Высшая granted before 01.09.2023 are valid 5 years; granted from that day, and
 * Педагог-методист / Педагог-наставник, have no term; «Соответствие занимаемой
 * должности» is repeated every 5 years (template.md).
 */
import { QUALIFICATION_CATEGORY } from "../schema/values";
import { addYears, dayOf, type Day } from "../time/day";

export const ATTESTATION_TERM_YEARS = 5;
/** From this day Первая and Высшая are granted without a term. */
export const NO_TERM_FROM: Day = dayOf(2023, 9, 1);
const [, CONFORMITY, FIRST, HIGHEST, METHODIST, MENTOR] = QUALIFICATION_CATEGORY;

/**
 * The day the attestation lapses (the category is valid through the day before),
 * or null when it has no term or nothing is known. `termYears`: the term, 5 unless
 * a recommendation rule's parameter says otherwise.
 */
export function attestationLapsesOn(
  category: string | null,
  granted: Day | null,
  termYears: number = ATTESTATION_TERM_YEARS
): Day | null {
  if (category === null || granted === null) return null;
  const termed =
    category === CONFORMITY ||
    ((category === FIRST || category === HIGHEST) && granted < NO_TERM_FROM);
  return termed ? addYears(granted, termYears) : null;
}

/**
 * A qualification category in effect at the day `at` (indicators.md, CATEGORY):
 * Первая or Высшая granted from 01.09.2023 (no term), or granted before it and
 * lapsing (granted + 5 years) after `at`; Педагог-методист or Педагог-наставник
 * granted from 01.09.2023 (they exist only from that day). «Соответствие
 * занимаемой должности» is an attestation, not a category; a category granted
 * after `at`, or without a date, is not in effect at `at`.
 */
export function categoryInEffectOn(category: string | null, granted: Day | null, at: Day): boolean {
  if (category === null || granted === null || granted > at) return false;
  if (category === FIRST || category === HIGHEST) {
    const lapses = attestationLapsesOn(category, granted);
    return lapses === null || lapses > at;
  }
  if (category === METHODIST || category === MENTOR) return granted >= NO_TERM_FROM;
  return false;
}
