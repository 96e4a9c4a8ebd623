/**
 * Whole-school faults of the realistic mode: a renamed or missing sheet, an
 * edited header, an empty table, passport slips. Values are edited in place;
 * changes of the sheets' layout are returned as LayoutFault records that the
 * sheet builder applies (src/app/demo/school-sheets.ts).
 */
import type { Period } from "../model";
import { PASSPORT, TEACHERS, fieldByKey } from "../schema";
import type { IssueCode } from "../validate/codes";
import { addYears, dateFromDay } from "../time/day";
import type { Random } from "./random";
import type { SchoolValues } from "./school";

/** A change of a sheet's layout: the sheet renamed, or one header (or passport label) retyped. */
export type LayoutFault =
  | { kind: "renameSheet"; sheet: string; to: string }
  | { kind: "renameHeader"; sheet: string; from: string; to: string };

export interface SchoolFault {
  code: IssueCode;
  /** Share of schools that get this fault. */
  rate: number;
  /** Leaves the whole school (or its whole staff table) out of the report. */
  excludes: boolean;
  apply(school: SchoolValues, rnd: Random, period: Period): LayoutFault[];
}

const header = (key: string): string => fieldByKey(TEACHERS, key).header;
const label = (key: string): string => fieldByKey(PASSPORT, key).header;
const retype = (sheet: string, from: string, to: string): LayoutFault[] => [
  { kind: "renameHeader", sheet, from, to },
];

export const SCHOOL_FAULTS: readonly SchoolFault[] = [
  {
    code: "sheet/missing",
    rate: 0.002,
    excludes: true,
    apply: () => [{ kind: "renameSheet", sheet: TEACHERS.name, to: "Лист1" }],
  },
  {
    code: "sheet/header-not-found",
    rate: 0.002,
    excludes: true,
    apply: () => retype(TEACHERS.name, header("tabNumber"), "Таб. №"),
  },
  {
    code: "sheet/empty",
    rate: 0.002,
    excludes: true,
    apply(school) {
      school.teachers = [];
      return [];
    },
  },
  {
    code: "fields/missing",
    rate: 0.003,
    excludes: false,
    apply: (_s, rnd) =>
      rnd.chance(0.5)
        ? retype(TEACHERS.name, header("mentee"), "Наставляемые")
        : retype(PASSPORT.name, label("lowResults"), "ОО с низкими результатами"),
  },
  {
    // An older template: the last column's header shortened by hand.
    code: "field/missing-optional",
    rate: 0.02,
    excludes: false,
    apply: () => retype(TEACHERS.name, header("courseInRegistry"), "Программа ПК в реестре"),
  },
  {
    code: "field/extra",
    rate: 0.03,
    excludes: false,
    apply: () => retype(TEACHERS.name, header("note"), "Комментарий"),
  },
  {
    code: "field/duplicate",
    rate: 0.003,
    excludes: false,
    apply: () => retype(PASSPORT.name, label("responsible"), label("filledOn")),
  },
  {
    code: "cell/required",
    rate: 0.005,
    excludes: false,
    apply(school, rnd) {
      school.passport[rnd.pick(["municipality", "mentoringModel", "mgrQualityTraining"])] = null;
      return [];
    },
  },
  {
    code: "cell/type",
    rate: 0.001,
    excludes: true,
    apply(school) {
      school.passport.schoolCode = `${String(school.passport.schoolCode)} (филиал)`;
      return [];
    },
  },
  {
    code: "row/constraint/period-order",
    rate: 0.001,
    excludes: true,
    apply(school, _rnd, period) {
      school.passport.periodEnd = dateFromDay(addYears(period.start, -1));
      return [];
    },
  },
  {
    code: "row/constraint/period-too-long",
    rate: 0.001,
    excludes: true,
    apply(school, _rnd, period) {
      school.passport.periodStart = dateFromDay(addYears(period.start, -2));
      return [];
    },
  },
  {
    code: "row/constraint/vacancies-exceed-positions",
    rate: 0.005,
    excludes: false,
    apply(school) {
      school.passport.mgrVacancies = Number(school.passport.mgrPositions ?? 0) + 1;
      return [];
    },
  },
];
