/**
 * `Дата аттестации` earlier than the start of the teaching career (the period's end
 * minus `Педагогический стаж, лет`) by more than one year: a warning (template.md);
 * the date or the experience is likely mistyped.
 */
import {
  CAREER_START_TOLERANCE_YEARS,
  careerStartOn,
  earliestAttestationOn,
} from "../../rules/career";
import { NOUN, countOf } from "../../text/plural";
import { formatDay } from "../../time/day";
import type { WorkerRule } from "./rule";

export const attestationBeforeCareer: WorkerRule = {
  code: "row/constraint/attestation-before-career",
  check({ worker, period, report }) {
    const { attestationDate: granted, pedExperience: experience } = worker;
    if (period === null || granted === null || experience === null || experience < 0) return;
    if (granted < earliestAttestationOn(period.end, experience)) {
      report(
        this.code,
        "attestationDate",
        "дата аттестации раньше начала педагогической деятельности: при стаже {experience} на конец периода она началась около {start} (допуск {tolerance}). Проверьте дату аттестации и педагогический стаж.",
        {
          experience: countOf(experience, NOUN.year),
          start: formatDay(careerStartOn(period.end, experience)),
          tolerance: countOf(CAREER_START_TOLERANCE_YEARS, NOUN.year),
        }
      );
    }
  },
};
