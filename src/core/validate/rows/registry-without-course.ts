/** A course programme from the federal register presupposes a course date (warning). */
import { headerOf, type WorkerRule } from "./rule";

export const registryWithoutCourse: WorkerRule = {
  code: "row/constraint/registry-without-course",
  check({ worker, isBad, report }) {
    if (worker.courseInRegistry && worker.courseDate === null && !isBad("courseDate")) {
      report(
        this.code,
        "courseInRegistry",
        "программа из реестра указана, но «{other}» пуста. Введите дату окончания курса или ответьте «Нет».",
        {
          other: headerOf("courseDate"),
        }
      );
    }
  },
};
