/**
 * Педагог-методист and Педагог-наставник exist only from 01.09.2023 (приказ
 * Минпросвещения России от 24.03.2023 № 196): an attestation date before that day
 * with one of them is an error (template.md).
 */
import { NO_TERM_FROM } from "../../rules/attestation";
import { QUALIFICATION_CATEGORY } from "../../schema/values";
import { formatDay } from "../../time/day";
import type { WorkerRule } from "./rule";

const [, , , , METHODIST, MENTOR] = QUALIFICATION_CATEGORY;

export const methodistBefore2023: WorkerRule = {
  code: "row/constraint/category-before-introduction",
  check({ worker, report }) {
    const { qualificationCategory: category, attestationDate: granted } = worker;
    if (granted === null || (category !== METHODIST && category !== MENTOR)) return;
    if (granted < NO_TERM_FROM) {
      report(
        this.code,
        "attestationDate",
        "категория «{category}» введена с {from} (приказ Минпросвещения России № 196), а дата аттестации раньше. Проверьте категорию и дату аттестации.",
        { category, from: formatDay(NO_TERM_FROM) }
      );
    }
  },
};
