/** The period: its end after its start, and at most 2 years later. */
import { addYears, formatDay } from "../../time/day";
import { labelOf, type PassportRule } from "./rule";

export const MAX_PERIOD_YEARS = 2;

export const periodOrder: PassportRule = {
  code: "row/constraint/period-order",
  check({ passport: { periodStart: start, periodEnd: end }, report }) {
    if (start !== null && end !== null && end <= start) {
      report(
        this.code,
        "periodEnd",
        "конец периода не позже его начала ({start}). Исправьте даты «{startLabel}» и «{endLabel}».",
        {
          start: formatDay(start),
          startLabel: labelOf("periodStart"),
          endLabel: labelOf("periodEnd"),
        }
      );
    }
  },
};

export const periodTooLong: PassportRule = {
  code: "row/constraint/period-too-long",
  check({ passport: { periodStart: start, periodEnd: end }, report }) {
    if (start === null || end === null) return;
    const latest = addYears(start, MAX_PERIOD_YEARS);
    if (end > latest) {
      report(
        this.code,
        "periodEnd",
        "период длиннее {years} лет: конец должен быть не позже {latest}. Исправьте начало или конец периода.",
        {
          years: MAX_PERIOD_YEARS,
          latest: formatDay(latest),
        }
      );
    }
  },
};
