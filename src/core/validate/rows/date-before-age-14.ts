/** Attestation, diagnostics and courses cannot happen before the person turned 14. */
import { formatDay } from "../../time/day";
import { addYearsTo } from "../calendar";
import { DATE_FIELDS, type WorkerRule } from "./rule";
import { WORK_START_AGE } from "./experience";

export const dateBeforeAge14: WorkerRule = {
  code: "row/constraint/date-before-age-14",
  check({ worker, report }) {
    const birth = worker.birthDate;
    if (birth === null) return;
    let turned14: number | null = null;
    for (const field of DATE_FIELDS) {
      const day = worker[field];
      if (field === "birthDate" || day === null) continue;
      turned14 ??= addYearsTo(birth, WORK_START_AGE);
      if (day < turned14) {
        report(this.code, field, "дата раньше 14-летия работника ({turned}). Проверьте эту дату и дату рождения.", {
          turned: formatDay(turned14),
        });
      }
    }
  },
};
