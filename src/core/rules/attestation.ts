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
const [, CONFORMITY, FIRST, HIGHEST] = QUALIFICATION_CATEGORY;

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
