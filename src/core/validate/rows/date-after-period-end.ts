/** No date of a row may fall after the period's end. */
import { formatDay } from "../../time/day";
import { DATE_FIELDS, dateAt, type WorkerRule } from "./rule";

export const dateAfterPeriodEnd: WorkerRule = {
  code: "row/constraint/date-after-period-end",
  check({ worker, period, report }) {
    if (period === null) return;
    for (let i = 0; i < DATE_FIELDS.length; i++) {
      const field = DATE_FIELDS[i];
      const day = dateAt(worker, i);
      if (day !== null && day > period.end) {
        report(
          this.code,
          field,
          "дата позже конца отчётного периода ({end}). Исправьте дату или конец периода в паспорте ОО.",
          {
            end: formatDay(period.end),
          }
        );
      }
    }
  },
};
