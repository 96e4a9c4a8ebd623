/** Reads one or more worker rows as a bare `Педагоги` range (header in row 1). */
import { readTeacherTable } from "../../../../src/core/read";
import type { Issue } from "../../../../src/core/model";
import { TEACHERS } from "../../../../src/core/schema/school";
import { dayOf } from "../../../../src/core/time/day";
import { teacherGrid, validWorker, type Row } from "../read/fixtures";

export const PERIOD = { start: dayOf(2024, 9, 1), end: dayOf(2025, 8, 31) };

export function readRows(rows: readonly Row[], period = PERIOD as typeof PERIOD | null) {
  return readTeacherTable(teacherGrid(rows), {
    sheet: TEACHERS.name,
    file: "школа.xlsx",
    schoolCode: "ОО-1",
    period,
  });
}

export function readOne(overrides: Row, period = PERIOD as typeof PERIOD | null) {
  return readRows([validWorker(overrides)], period);
}

export function headerOf(key: string): string {
  return TEACHERS.fields.find((f) => f.key === key)!.header;
}

/** code@row:column of each issue, for compact expectations. */
export function brief(issues: readonly Issue[]): string[] {
  return issues.map((i) => `${i.code}@${i.row}:${i.column}`);
}

/** Fields emptied so that no diagnostics- or course-related rule applies. */
export const NO_DIAGNOSTICS: Row = {
  diagnosticsDate: null,
  diagnosticsLevel: null,
  deficits: null,
  iomDeveloped: "Нет",
  courseFromDiagnostics: "Нет",
};
export const NO_COURSE: Row = {
  courseDate: null,
  courseOrganisation: null,
  courseInRegistry: "Нет",
  courseFromDiagnostics: "Нет",
};
export const NO_DATES: Row = {
  ...NO_DIAGNOSTICS,
  ...NO_COURSE,
  qualificationCategory: "Без категории",
  attestationDate: null,
};
