/** Pedagogical experience cannot exceed the age minus 14 years. */
import type { WorkerRule } from "./rule";

export const WORK_START_AGE = 14;

export const experienceExceedsAge: WorkerRule = {
  code: "row/constraint/experience-exceeds-age",
  check({ age, worker, report }) {
    const experience = worker.pedExperience;
    if (age === null || experience === null || age < 0) return;
    if (experience > age - WORK_START_AGE) {
      report(
        this.code,
        "pedExperience",
        "стаж больше, чем возраст на конец периода ({age}) минус {start} лет. Проверьте стаж и дату рождения.",
        {
          age,
          start: WORK_START_AGE,
        }
      );
    }
  },
};
