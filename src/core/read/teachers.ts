/**
 * `Педагоги` (or a consolidated `Сводные данные`, recognised by its `Код ОО`
 * column) read two ways over the same validation pass (teacher-rows.ts):
 * checkTeacherTable gives the issues alone (`pedmonitor validate`, «Проверить»);
 * readTeacherTable also turns every row into a Worker (report, indicators).
 * Never throws; unusable rows are kept with hasErrors.
 */
import type { CellValue, Grid, Issue, Period, Worker } from "../model";
import type { RowState, TableReader } from "./table";
import {
  checkTeacherRows,
  type TeacherRowsChecked,
  type TeacherTableContext,
} from "./teacher-rows";
import { makeWorkerBuilder, type WorkerBuilder } from "./worker";

export { hasSchoolCodeColumn, type TeacherTableContext } from "./teacher-rows";

export interface TeacherTable {
  workers: Worker[];
  issues: Issue[];
}

/** The issues of the sheet and how many rows it has; no Worker is built. */
export function checkTeacherTable(grid: Grid, ctx: TeacherTableContext): TeacherRowsChecked {
  return checkTeacherRows(grid, ctx, () => ctx.period, null);
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
  const workers: Worker[] = [];
  let build: WorkerBuilder | null = null;
  const { issues } = checkTeacherRows(grid, ctx, periodOf, (row, schoolCode, reader) => {
    build ??= makeWorkerBuilder(reader.fields);
    const worker = build(row.values, row.row, schoolCode, row.hasErrors);
    if (row.badCount > 0) {
      const raw = rawOfBadCells(reader, row);
      if (raw !== null) worker.raw = raw;
    }
    workers.push(worker);
  });
  return { workers, issues };
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
