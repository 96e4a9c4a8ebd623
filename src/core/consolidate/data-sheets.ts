/**
 * The consolidated data sheets of the municipality workbook: `ОО`,
 * `Сводные данные` and `Сообщества и проекты`. Headers come only from the
 * schema; every row of every included school is kept, rows with errors marked.
 */
import type { Issue, Period, SchoolData, Worker } from "../model";
import {
  CONSOLIDATED_COMMUNITIES,
  CONSOLIDATED_TEACHERS,
  SCHOOLS,
  TEACHERS,
  type FieldSpec,
  type TableSheetSpec,
} from "../schema";
import { columnOf, fieldCell, listValidations, tableSheet } from "../report/kit";
import type { OutCell, SheetModel } from "../../port/sheet-model";
import { defaultSettings } from "../indicators/defaults";
import type { Settings } from "../indicators/types";
import { renderIssue } from "../validate/message";
import { calcBlock, type CalcBlock } from "./calc-block";
import type { Consolidation } from "./types";

const ROW_SHEETS = new Set([TEACHERS.name, CONSOLIDATED_TEACHERS.name]);
const ROW_WITH_ERRORS = "Строка содержит ошибки";

function specSheet(
  spec: TableSheetSpec,
  rows: OutCell[][],
  preamble?: CalcBlock | null
): SheetModel {
  return tableSheet({
    name: spec.name,
    tableName: spec.tableName ?? spec.name,
    headers: spec.fields.map((f) => f.header),
    columns: spec.fields.map(columnOf),
    rows,
    validations: listValidations(spec.fields, 1, Math.max(1, rows.length)),
    ...(preamble ? { preamble } : {}),
  });
}

/** Error messages by worker row, for the `Ошибки строки` column. */
export function rowErrorMessages(issues: readonly Issue[]): Map<number, string[]> {
  const byRow = new Map<number, string[]>();
  for (const issue of issues) {
    if (issue.severity !== "error" || issue.row === null || !ROW_SHEETS.has(issue.sheet)) continue;
    const list = byRow.get(issue.row) ?? [];
    list.push(renderIssue(issue));
    byRow.set(issue.row, list);
  }
  return byRow;
}

export interface DataSheetsOptions {
  /** Keep `ФИО` in `Сводные данные`; without it the column stays, empty (names are personal data). */
  withNames?: boolean;
  /**
   * The settings the indicators are computed with: with the consolidation's period they are
   * written above `Сводные данные` (calc-block.ts), so the custom functions need nothing else.
   * Absent: the defaults.
   */
  settings?: Settings;
}

function workerCell(
  field: FieldSpec,
  w: Worker,
  school: SchoolData,
  errors: Map<number, string[]>,
  withNames: boolean
): OutCell {
  if (field.key === "fullName" && !withNames) return null;
  switch (field.key) {
    case "sourceFile":
      return w.sourceFile ?? school.file;
    case "sourceRow":
      return w.sourceRow ?? w.row;
    case "rowErrors": {
      const messages = errors.get(w.row);
      if (messages?.length) return messages.join("; ");
      return w.hasErrors ? ROW_WITH_ERRORS : null;
    }
    default: {
      // A cell that failed validation keeps what the school typed, so the fault survives a re-read.
      const typed = w.raw?.[field.key];
      if (typed !== undefined) return typed;
      return fieldCell(field, (w as unknown as Record<string, unknown>)[field.key]);
    }
  }
}

export function teachersSheet(
  schools: readonly SchoolData[],
  options: DataSheetsOptions = {},
  period: Period | null = null
): SheetModel {
  const withNames = options.withNames !== false;
  const rows: OutCell[][] = [];
  for (const school of schools) {
    const errors = rowErrorMessages(school.issues);
    for (const w of school.workers) {
      rows.push(
        CONSOLIDATED_TEACHERS.fields.map((f) => workerCell(f, w, school, errors, withNames))
      );
    }
  }
  const block = calcBlock(period, options.settings ?? defaultSettings());
  return specSheet(CONSOLIDATED_TEACHERS, rows, block);
}

export function schoolsSheet(schools: readonly SchoolData[]): SheetModel {
  const rows = schools.map((s) =>
    SCHOOLS.fields.map((f) =>
      f.key === "sourceFile"
        ? s.file
        : fieldCell(f, (s.passport as unknown as Record<string, unknown>)[f.key])
    )
  );
  return specSheet(SCHOOLS, rows);
}

export function communitiesSheet(schools: readonly SchoolData[]): SheetModel {
  const rows: OutCell[][] = [];
  for (const s of schools)
    for (const c of s.communities) {
      rows.push(
        CONSOLIDATED_COMMUNITIES.fields.map((f) =>
          f.key === "sourceFile"
            ? s.file
            : fieldCell(f, (c as unknown as Record<string, unknown>)[f.key])
        )
      );
    }
  return specSheet(CONSOLIDATED_COMMUNITIES, rows);
}

export function municipalityDataSheets(
  c: Consolidation,
  options: DataSheetsOptions = {}
): SheetModel[] {
  return [
    schoolsSheet(c.included),
    teachersSheet(c.included, options, c.period),
    communitiesSheet(c.included),
  ];
}
