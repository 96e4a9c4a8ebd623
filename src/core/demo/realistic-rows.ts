/**
 * Row faults of the realistic mode: what people really get wrong in `Педагоги`,
 * one kind per validation code, each with a rate per row (docs/decisions/report-pipeline.md).
 * Each `apply` edits one row so that its code fires, or returns false when the
 * row cannot carry that fault (e.g. a missing attestation date needs a category).
 */
import type { Period } from "../model";
import { NO_TERM_FROM } from "../rules/attestation";
import * as V from "../schema/values";
import type { IssueCode } from "../validate/codes";
import { addYears, dateFromDay, dayFromDate, fullYears } from "../time/day";
import type { Random } from "./random";
import type { RowValues } from "./worker";

export interface RowFault {
  code: IssueCode;
  /** Share of rows that get this fault (0.003 = 0.3 %). */
  rate: number;
  apply(rows: RowValues[], index: number, rnd: Random, period: Period): boolean;
}

const birthOf = (row: RowValues): number => dayFromDate(row.birthDate as Date);
const noDiagnostics = (row: RowValues): void => {
  row.diagnosticsDate = null;
  row.diagnosticsLevel = null;
};

export const ROW_FAULTS: readonly RowFault[] = [
  {
    code: "cell/type",
    rate: 0.003,
    apply(rows, i, rnd) {
      rows[i].birthDate = rnd.pick(["31.02.1984", "1985 г.", "12.1979", "15,03,1990"]);
      return true;
    },
  },
  {
    code: "cell/type",
    rate: 0.002,
    apply(rows, i, rnd) {
      rows[i].pedExperience = rnd.pick(["10 лет", "больше 20", "5 л. 6 мес."]);
      return true;
    },
  },
  {
    code: "cell/required",
    rate: 0.004,
    apply(rows, i, rnd) {
      rows[i][rnd.pick(["sex", "pedagogicalEducation", "mentor", "burnout", "position"])] = null;
      return true;
    },
  },
  {
    code: "cell/required-when",
    rate: 0.008,
    apply(rows, i) {
      const row = rows[i];
      if (row.qualificationCategory !== V.NO_CATEGORY && row.attestationDate !== null) {
        row.attestationDate = null;
        return true;
      }
      if (row.diagnosticsDate === null) return false;
      row.diagnosticsLevel = null;
      return true;
    },
  },
  {
    code: "cell/enum",
    rate: 0.005,
    apply(rows, i, rnd) {
      if (rnd.chance(0.5)) rows[i].qualificationCategory = rnd.pick(["Вторая", "высш.", "б/к"]);
      else rows[i].educationLevel = rnd.pick(["Высшее педагогическое", "Бакалавр", "ср. проф."]);
      return true;
    },
  },
  {
    code: "cell/minimum",
    rate: 0.0005,
    apply(rows, i) {
      rows[i].pedExperience = -1;
      return true;
    },
  },
  {
    code: "cell/too-long",
    rate: 0.0002,
    apply(rows, i) {
      rows[i].note = "Приказ о переводе на другую должность; ".repeat(30);
      return true;
    },
  },
  {
    code: "row/unique",
    rate: 0.002,
    apply(rows, i) {
      if (i === 0) return false;
      rows[i].tabNumber = rows[i - 1].tabNumber;
      return true;
    },
  },
  {
    code: "row/constraint/age-out-of-range",
    rate: 0.001,
    apply(rows, i, _rnd, period) {
      // A year typed with the century wrong: 2012 for 1992.
      rows[i].birthDate = dateFromDay(addYears(period.end, -13));
      rows[i].pedExperience = 0;
      return true;
    },
  },
  {
    code: "row/constraint/age-above-80",
    rate: 0.0003,
    apply(rows, i, _rnd, period) {
      rows[i].birthDate = dateFromDay(addYears(period.end, -82));
      return true;
    },
  },
  {
    code: "row/constraint/experience-exceeds-age",
    rate: 0.002,
    apply(rows, i, _rnd, period) {
      const row = rows[i];
      if (!(row.birthDate instanceof Date)) return false;
      row.pedExperience = fullYears(birthOf(row), period.end) - 14 + 3;
      return true;
    },
  },
  {
    code: "row/constraint/date-after-period-end",
    rate: 0.003,
    apply(rows, i, rnd, period) {
      rows[i].courseDate = dateFromDay(period.end + rnd.int(20, 300));
      rows[i].courseOrganisation ??= "Региональная";
      return true;
    },
  },
  {
    code: "row/constraint/date-before-age-14",
    rate: 0.0005,
    apply(rows, i) {
      const row = rows[i];
      if (!(row.birthDate instanceof Date)) return false;
      row.courseDate = dateFromDay(addYears(birthOf(row), 5));
      row.courseOrganisation ??= "Региональная";
      row.courseFromDiagnostics = null;
      return true;
    },
  },
  {
    code: "row/constraint/diagnostics-level-without-date",
    rate: 0.004,
    apply(rows, i) {
      rows[i].diagnosticsDate = null;
      rows[i].diagnosticsLevel ??= "Школьный";
      return true;
    },
  },
  {
    code: "row/constraint/course-organisation-without-date",
    rate: 0.004,
    apply(rows, i) {
      rows[i].courseDate = null;
      rows[i].courseOrganisation ??= "Сторонняя дистанционно";
      return true;
    },
  },
  {
    code: "row/constraint/retraining-completed-not-sent",
    rate: 0.002,
    apply(rows, i) {
      rows[i].retrainingSent = V.NO;
      rows[i].retrainingCompleted = V.YES;
      return true;
    },
  },
  {
    code: "row/constraint/contest-result-without-participation",
    rate: 0.003,
    apply(rows, i) {
      rows[i].contestLevel = V.NO_CONTEST;
      rows[i].contestResult = "Участник";
      return true;
    },
  },
  {
    code: "row/constraint/ped-education-without-professional",
    rate: 0.001,
    apply(rows, i) {
      rows[i].educationLevel = V.NO_PROFESSIONAL_EDUCATION;
      rows[i].pedagogicalEducation = V.YES;
      return true;
    },
  },
  {
    code: "row/constraint/attestation-lapsed",
    rate: 0.005,
    apply(rows, i, rnd, period) {
      const row = rows[i];
      if (typeof row.pedExperience !== "number" || row.pedExperience < 8) return false;
      row.qualificationCategory = rnd.pick(["Первая", "Соответствие занимаемой должности"]);
      row.attestationDate = dateFromDay(addYears(period.end, -6) - rnd.int(0, 300));
      return true;
    },
  },
  {
    // A category of 01.09.2023 dated with the attestation before it (the old date kept).
    code: "row/constraint/category-before-introduction",
    rate: 0.002,
    apply(rows, i, rnd, period) {
      const row = rows[i];
      if (typeof row.pedExperience !== "number" || row.pedExperience < 7) return false;
      if (period.end < NO_TERM_FROM) return false;
      row.qualificationCategory = rnd.pick(["Педагог-методист", "Педагог-наставник"]);
      row.attestationDate = dateFromDay(NO_TERM_FROM - rnd.int(1, 1500));
      return true;
    },
  },
  {
    // Стаж typed too small («2» for «20»): the attestation is then before the career.
    code: "row/constraint/attestation-before-career",
    rate: 0.002,
    apply(rows, i, rnd, period) {
      const row = rows[i];
      if (!(row.attestationDate instanceof Date)) return false;
      const years = Math.floor((period.end - dayFromDate(row.attestationDate)) / 365.25);
      if (years < 3) return false;
      row.pedExperience = rnd.int(0, years - 3);
      return true;
    },
  },
  {
    code: "row/constraint/iom-without-diagnostics",
    rate: 0.003,
    apply(rows, i) {
      noDiagnostics(rows[i]);
      rows[i].deficits = null;
      rows[i].courseFromDiagnostics = null;
      rows[i].iomDeveloped = V.YES;
      return true;
    },
  },
  {
    code: "row/constraint/course-from-diagnostics-without-diagnostics",
    rate: 0.002,
    apply(rows, i) {
      if (rows[i].courseDate === null) return false;
      noDiagnostics(rows[i]);
      rows[i].deficits = null;
      rows[i].iomDeveloped = V.NO;
      rows[i].courseFromDiagnostics = V.YES;
      return true;
    },
  },
  {
    code: "row/constraint/deficits-without-diagnostics",
    rate: 0.003,
    apply(rows, i, rnd) {
      noDiagnostics(rows[i]);
      rows[i].deficits = rnd.some(V.DEFICITS, rnd.int(1, 2)).join("; ");
      rows[i].iomDeveloped = V.NO;
      rows[i].courseFromDiagnostics = null;
      return true;
    },
  },
  {
    code: "row/constraint/registry-without-course",
    rate: 0.002,
    apply(rows, i) {
      rows[i].courseDate = null;
      rows[i].courseOrganisation = null;
      rows[i].courseFromDiagnostics = null;
      rows[i].courseQualityManagement = null;
      rows[i].courseInRegistry = V.YES;
      return true;
    },
  },
];
