/** A course organisation needs a course date (the reverse is a required-when field). */
import { headerOf, type WorkerRule } from "./rule";

export const courseOrganisationWithoutDate: WorkerRule = {
  code: "row/constraint/course-organisation-without-date",
  check({ worker, isBad, report }) {
    if (worker.courseOrganisation !== null && worker.courseDate === null && !isBad("courseDate")) {
      report(
        this.code,
        "courseOrganisation",
        "организация указана, а «{other}» пуста. Введите дату окончания курса или очистите организацию.",
        {
          other: headerOf("courseDate"),
        }
      );
    }
  },
};
