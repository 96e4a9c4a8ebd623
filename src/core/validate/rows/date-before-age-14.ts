/** Attestation, diagnostics and courses cannot happen before the person turned 14. */
import { addYears, formatDay } from "../../time/day";
import { DATE_FIELDS, dateAt, type WorkerRule } from "./rule";
import { WORK_START_AGE } from "./experience";

/**
 * 14 calendar years are at most 14 × 366 days: a date that far after the birth date is
 * surely not before the 14th birthday, with no calendar arithmetic (nearly every row).
 */
const SURELY_AFTER_14 = WORK_START_AGE * 366;

export const dateBeforeAge14: WorkerRule = {
  code: "row/constraint/date-before-age-14",
  check({ worker, report }) {
    const birth = worker.birthDate;
    if (birth === null) return;
    let turned14: number | null = null;
    // DATE_FIELDS[0] is the birth date itself.
    for (let i = 1; i < DATE_FIELDS.length; i++) {
      const field = DATE_FIELDS[i];
      const day = dateAt(worker, i);
      if (day === null || day - birth >= SURELY_AFTER_14) continue;
      turned14 ??= addYears(birth, WORK_START_AGE);
      if (day < turned14) {
        report(
          this.code,
          field,
          "дата раньше 14-летия работника ({turned}). Проверьте эту дату и дату рождения.",
          {
            turned: formatDay(turned14),
          }
        );
      }
    }
  },
};
