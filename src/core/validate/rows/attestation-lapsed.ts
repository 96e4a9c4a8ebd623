/**
 * An attestation that has lapsed by the period's end (warning); the term itself
 * is rules/attestation.ts.
 */
import { ATTESTATION_TERM_YEARS, attestationLapsesOn } from "../../rules/attestation";
import { formatDay } from "../../time/day";
import type { WorkerRule } from "./rule";

export { ATTESTATION_TERM_YEARS, NO_TERM_FROM, attestationLapsesOn } from "../../rules/attestation";

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
