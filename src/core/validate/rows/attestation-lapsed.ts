/**
 * An attestation that has lapsed by the period's end (warning); the term itself
 * is rules/attestation.ts.
 */
import { ATTESTATION_TERM_YEARS, attestationLapsesOn } from "../../rules/attestation";
import { QUALIFICATION_CATEGORY } from "../../schema/values";
import { formatDay } from "../../time/day";
import type { WorkerRule } from "./rule";

export { ATTESTATION_TERM_YEARS, NO_TERM_FROM, attestationLapsesOn } from "../../rules/attestation";

const CONFORMITY = QUALIFICATION_CATEGORY[1];

export const attestationLapsed: WorkerRule = {
  code: "row/constraint/attestation-lapsed",
  check({ worker, period, report }) {
    const { qualificationCategory: category, attestationDate: granted } = worker;
    if (period === null || category === null || granted === null || granted > period.end) return;
    const lapses = attestationLapsesOn(category, granted);
    if (lapses !== null && lapses <= period.end) {
      // «Соответствие занимаемой должности» is an attestation, not a category (issue 13);
      // lapsing on the period's last day is not «до конца периода».
      const when = lapses === period.end ? " — в последний день периода" : ", до конца периода";
      const what =
        category === CONFORMITY
          ? `аттестация на соответствие занимаемой должности действует {term} лет и истекла {lapsed}${when}. Проверьте дату последней аттестации или запланируйте очередную аттестацию.`
          : `категория «{category}» действует {term} лет и истекла {lapsed}${when}. Проверьте дату последней аттестации или запланируйте аттестацию.`;
      report(this.code, "attestationDate", what, {
        category,
        term: ATTESTATION_TERM_YEARS,
        lapsed: formatDay(lapses),
      });
    }
  },
};
