/**
 * An attestation that has lapsed by the period's end (warning). Первая and Высшая
 * granted before 01.09.2023 are valid 5 years; granted from that day, and
 * Педагог-методист / Педагог-наставник, have no term; «Соответствие занимаемой
 * должности» is repeated every 5 years.
 */
import { dayOf, formatDay, type Day } from "../../time/day";
import { addYearsTo } from "../calendar";
import { QUALIFICATION_CATEGORY } from "../../schema/values";
import type { WorkerRule } from "./rule";

export const ATTESTATION_TERM_YEARS = 5;
/** From this day Первая and Высшая are granted without a term. */
export const NO_TERM_FROM = dayOf(2023, 9, 1);
const [, CONFORMITY, FIRST, HIGHEST] = QUALIFICATION_CATEGORY;

/** The day the attestation lapses, or null when it has no term. */
export function attestationLapsesOn(category: string, granted: Day): Day | null {
  if (category === CONFORMITY) return addYearsTo(granted, ATTESTATION_TERM_YEARS);
  if ((category === FIRST || category === HIGHEST) && granted < NO_TERM_FROM) {
    return addYearsTo(granted, ATTESTATION_TERM_YEARS);
  }
  return null;
}

export const attestationLapsed: WorkerRule = {
  code: "row/constraint/attestation-lapsed",
  check({ worker, period, report }) {
    const { qualificationCategory: category, attestationDate: granted } = worker;
    if (period === null || category === null || granted === null || granted > period.end) return;
    const lapses = attestationLapsesOn(category, granted);
    if (lapses !== null && lapses <= period.end) {
      report(
        this.code,
        "attestationDate",
        "категория «{category}» действует {term} лет и истекла {lapsed}, до конца периода. Проверьте дату последней аттестации или запланируйте аттестацию.",
        {
          category,
          term: ATTESTATION_TERM_YEARS,
          lapsed: formatDay(lapses),
        }
      );
    }
  },
};
