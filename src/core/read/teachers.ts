/**
 * `Педагоги` (or a consolidated `Сводные данные`, recognised by its `Код ОО`
 * column): every row parsed, validated by the schema and the row rules, and
 * turned into a Worker. Never throws; unusable rows are kept with hasErrors.
 */
import type { CellValue, Grid, Issue, Period, Worker } from "../model";
import { CONSOLIDATED_TEACHERS } from "../schema/municipality";
import { TEACHERS } from "../schema/school";
import { fold } from "../text/fold";
import { fullYearsAt } from "../validate/calendar";
import type { IssueCode } from "../validate/codes";
import type { Params } from "../validate/message";
import { checkWorkerRow, type WorkerCheck, type WorkerField } from "../validate/rows";
import { findHeaderRow, headerKey } from "./header";
import { TableReader, type RowState } from "./table";
import { makeWorkerBuilder } from "./worker";

export interface TeacherTableContext {
  sheet: string;
  file: string;
  schoolCode: string | null;
  period: Period | null;
}

export interface TeacherTable {
  workers: Worker[];
  issues: Issue[];
}

const SCHOOL_CODE_KEY = fold(CONSOLIDATED_TEACHERS.fields[0].header);

/** True when the grid's header row has a `Код ОО` column (a consolidated range). */
export function hasSchoolCodeColumn(grid: Grid): boolean {
  const r = findHeaderRow(grid, TEACHERS.keyHeader);
  return (
    r >= 0 && Array.isArray(grid[r]) && grid[r].some((cell) => headerKey(cell) === SCHOOL_CODE_KEY)
  );
}

export function readTeacherTable(grid: Grid, ctx: TeacherTableContext): TeacherTable {
  return readWorkers(grid, ctx, () => ctx.period);
}

/** As readTeacherTable, with the period looked up per row's school (a consolidation). */
export function readWorkers(
  grid: Grid,
  ctx: TeacherTableContext,
  periodOf: (schoolCode: string) => Period | null
): TeacherTable {
  const consolidated = hasSchoolCodeColumn(grid);
  const reader = new TableReader(grid, consolidated ? CONSOLIDATED_TEACHERS : TEACHERS, ctx);
  const build = makeWorkerBuilder(reader.fields);
  const fieldOf = new Map<string, number>(reader.fields.map((f, i) => [f.key, i]));
  const codeField = consolidated ? reader.fieldIndex("schoolCode") : -1;
  const workers: Worker[] = [];
  let state: RowState | null = null;
  const check: WorkerCheck = {
    worker: null as unknown as Worker,
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
    const worker = build(row.values, row.row, code, row.hasErrors);
    const period = codeField >= 0 ? periodOf(code) : ctx.period;
    check.worker = worker;
    check.period = period;
    check.age =
      period !== null && worker.birthDate !== null
        ? fullYearsAt(worker.birthDate, period.end)
        : null;
    checkWorkerRow(check);
    worker.hasErrors = row.hasErrors;
    if (row.badCount > 0) {
      const raw = rawOfBadCells(reader, row);
      if (raw !== null) worker.raw = raw;
    }
    workers.push(worker);
  });
  return { workers, issues: reader.issues };
}

/** The typed cells of the row's unusable fields, or null when every cell parsed. */
function rawOfBadCells(reader: TableReader, row: RowState): Record<string, CellValue> | null {
  let raw: Record<string, CellValue> | null = null;
  for (let f = 0; f < row.bad.length; f++) {
    if (row.bad[f] !== 1) continue;
    const col = reader.columnOf(f);
    const cell = col < 0 ? null : (row.cells[col] ?? null);
    if (cell === null) continue;
    (raw ??= {})[reader.fields[f].key] = cell;
  }
  return raw;
}
