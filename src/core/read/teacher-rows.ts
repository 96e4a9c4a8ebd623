/**
 * The validation of `Педагоги` (or a consolidated `Сводные данные`) in one pass:
 * every cell parsed and checked, required and unique fields, then the row rules
 * over a reused RuleRow. Builds nothing per row: `pedmonitor validate` and
 * «Проверить» need only the issues, so they stop here; the reader that returns
 * Workers passes a visit that builds one from the row once it is checked.
 */
import type { Grid, Issue, Period } from "../model";
import { CONSOLIDATED_TEACHERS } from "../schema/municipality";
import { TEACHERS } from "../schema/school";
import { fold } from "../text/fold";
import { AgesAt } from "../validate/ages";
import type { IssueCode } from "../validate/codes";
import type { Params } from "../validate/message";
import { checkWorkerRow, type WorkerCheck, type WorkerField } from "../validate/rows";
import { findHeaderRow, headerKey } from "./header";
import { makeRuleRowFiller } from "./rule-row";
import { TableReader, type RowState } from "./table";

export interface TeacherTableContext {
  sheet: string;
  file: string;
  schoolCode: string | null;
  period: Period | null;
}

export interface TeacherRowsChecked {
  issues: Issue[];
  /** non-empty data rows read */
  rowsRead: number;
}

/**
 * Called once per row after all its checks: issues reported, `hasErrors` final.
 * The row state is reused, so copy what you keep.
 */
export type TeacherRowVisit = (row: RowState, schoolCode: string, reader: TableReader) => void;

const SCHOOL_CODE_KEY = fold(CONSOLIDATED_TEACHERS.fields[0].header);

/** True when the grid's header row has a `Код ОО` column (a consolidated range). */
export function hasSchoolCodeColumn(grid: Grid): boolean {
  const r = findHeaderRow(grid, TEACHERS.keyHeader);
  return (
    r >= 0 && Array.isArray(grid[r]) && grid[r].some((cell) => headerKey(cell) === SCHOOL_CODE_KEY)
  );
}

/** Validates every row; `periodOf` gives a row's period by its school (a consolidation). */
export function checkTeacherRows(
  grid: Grid,
  ctx: TeacherTableContext,
  periodOf: (schoolCode: string) => Period | null,
  visit: TeacherRowVisit | null
): TeacherRowsChecked {
  const consolidated = hasSchoolCodeColumn(grid);
  // Without a visit no one reads `Табельный номер`'s value: a number cell needs no text.
  const reader = new TableReader(grid, consolidated ? CONSOLIDATED_TEACHERS : TEACHERS, ctx, {
    textOfWholeNumbers: visit !== null,
  });
  const ruleRow = makeRuleRowFiller(reader.fields);
  const fieldOf = new Map<string, number>(reader.fields.map((f, i) => [f.key, i]));
  const codeField = consolidated ? reader.fieldIndex("schoolCode") : -1;
  const ages = new AgesAt();
  let state: RowState | null = null;
  const check: WorkerCheck = {
    worker: ruleRow([]),
    period: null,
    age: null,
    isBad: (field: WorkerField) => state!.bad[fieldOf.get(field)!] === 1,
    report: (code: IssueCode, field: WorkerField | null, template: string, params?: Params) =>
      reader.report(state!, code, field === null ? -1 : fieldOf.get(field)!, template, params),
  };
  reader.forEachRow((row) => {
    state = row;
    const code =
      codeField >= 0 ? ((row.values[codeField] as string | null) ?? "") : (ctx.schoolCode ?? "");
    const fields = ruleRow(row.values);
    const period = codeField >= 0 ? periodOf(code) : ctx.period;
    check.worker = fields;
    check.period = period;
    check.age =
      period !== null && fields.birthDate !== null ? ages.age(fields.birthDate, period.end) : null;
    checkWorkerRow(check);
    if (visit !== null) visit(row, code, reader);
  });
  return { issues: reader.issues, rowsRead: reader.rowsRead };
}
