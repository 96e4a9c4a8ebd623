/** Age at the period's end: 16–100 (error outside), above 80 a warning. */
import type { WorkerRule } from "./rule";

export const MIN_AGE = 16;
export const MAX_AGE = 100;
export const OLD_AGE = 80;

export const ageOutOfRange: WorkerRule = {
  code: "row/constraint/age-out-of-range",
  check({ age, worker, period, report }) {
    if (age === null || period === null || worker.birthDate! > period.end) return;
    if (age < MIN_AGE || age > MAX_AGE) {
      report(
        this.code,
        "birthDate",
        "возраст на конец периода {age} — не от {min} до {max} лет. Проверьте год рождения.",
        {
          age,
          min: MIN_AGE,
          max: MAX_AGE,
        }
      );
    }
  },
};

export const ageAbove80: WorkerRule = {
  code: "row/constraint/age-above-80",
  check({ age, report }) {
    if (age !== null && age > OLD_AGE && age <= MAX_AGE) {
      report(
        this.code,
        "birthDate",
        "возраст на конец периода {age} — больше {old} лет. Проверьте год рождения; если он верен, ничего менять не нужно.",
        {
          age,
          old: OLD_AGE,
        }
      );
    }
  },
};
