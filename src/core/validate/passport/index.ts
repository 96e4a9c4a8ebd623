/** Every cross-field rule of the passport, and what makes a period usable. */
import type { Passport, Period } from "../../model";
import { periodOrder, periodTooLong } from "./period";
import type { PassportRule } from "./rule";
import { mgrVacancies, pedVacancies } from "./vacancies";

export const PASSPORT_RULES: readonly PassportRule[] = [
  periodOrder,
  periodTooLong,
  pedVacancies,
  mgrVacancies,
];

/** The period, when both ends are filled, readable and passed the period rules. */
export function usablePeriod(passport: Passport, bad: ReadonlySet<string>): Period | null {
  const { periodStart: start, periodEnd: end } = passport;
  if (start === null || end === null || bad.has("periodStart") || bad.has("periodEnd")) return null;
  return { start, end };
}

export type { PassportCheck, PassportField, PassportRule } from "./rule";
