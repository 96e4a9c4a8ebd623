/** Pedagogical education implies a professional one. */
import { NO_PROFESSIONAL_EDUCATION } from "../../schema/values";
import { headerOf, type WorkerRule } from "./rule";

export const pedEducationWithoutProfessional: WorkerRule = {
  code: "row/constraint/ped-education-without-professional",
  check({ worker, report }) {
    if (
      worker.pedagogicalEducation === true &&
      worker.educationLevel === NO_PROFESSIONAL_EDUCATION
    ) {
      report(
        this.code,
        "pedagogicalEducation",
        "педагогическое образование указано, а в «{other}» — «{level}». Исправьте уровень образования или этот ответ.",
        {
          other: headerOf("educationLevel"),
          level: NO_PROFESSIONAL_EDUCATION,
        }
      );
    }
  },
};
