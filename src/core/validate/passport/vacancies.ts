/** Vacancies cannot exceed the staff positions they belong to. */
import type { PassportField, PassportRule } from "./rule";
import { labelOf } from "./rule";

function vacancyRule(vacancies: PassportField, positions: PassportField): PassportRule {
  return {
    code: "row/constraint/vacancies-exceed-positions",
    check({ passport, isBad, report }) {
      const open = passport[vacancies] as number | null;
      const staff = passport[positions] as number | null;
      if (open === null || staff === null || isBad(positions)) return;
      if (open > staff) {
        report(
          this.code,
          vacancies,
          "вакансий больше, чем штатных должностей в «{other}» ({staff}). Исправьте одно из двух чисел.",
          {
            other: labelOf(positions),
            staff,
          }
        );
      }
    },
  };
}

export const pedVacancies = vacancyRule("pedVacancies", "pedPositions");
export const mgrVacancies = vacancyRule("mgrVacancies", "mgrPositions");
