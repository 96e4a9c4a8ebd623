/**
 * Issue 3, for information (issue 16: no target): validating 100,000 rows against
 * one bare pass that reads every cell of the same rows. The grid mixes text, Excel-serial and Date-object dates,
 * as workbooks read through ExcelJS and Office.js do. "Validate" is the path
 * `pedmonitor validate` and «Проверить» run on `Педагоги`: checkTeacherTable (every
 * cell parsed and checked, required, unique, row rules; issues and row count, no
 * Worker objects). readTeacherTable, which the report and indicators use, adds the
 * Workers on top; it is timed too, for information, outside the ratio.
 */
import type { CellValue, Grid } from "../../src/core/model";
import { checkTeacherTable, readTeacherTable } from "../../src/core/read";
import { TEACHERS } from "../../src/core/schema/school";
import { dayOf, serialFromDay, dateFromDay } from "../../src/core/time/day";
import { medianMs, type BenchCase } from "../types";

const ROWS = 100_000;
const WARM_UP_RUNS = 4;
const PERIOD = { start: dayOf(2024, 9, 1), end: dayOf(2025, 8, 31) };

/** A date in one of the three shapes a workbook gives. */
function dateCell(day: number, i: number): CellValue {
  if (i % 3 === 0) return serialFromDay(day);
  if (i % 3 === 1) return dateFromDay(day);
  const d = dateFromDay(day);
  return `${String(d.getUTCDate()).padStart(2, "0")}.${String(d.getUTCMonth() + 1).padStart(2, "0")}.${d.getUTCFullYear()}`;
}

function valueFor(key: string, values: readonly string[] | undefined, i: number): CellValue {
  const birth = dayOf(1960 + (i % 40), 1 + (i % 12), 1 + (i % 28));
  switch (key) {
    case "tabNumber":
      return i % 2 === 0 ? i + 1 : `Т-${i + 1}`;
    case "fullName":
      return `Работник ${i}`;
    case "position":
      return "учитель";
    case "subject":
      return i % 2 === 0 ? "математика" : null;
    case "birthDate":
      return dateCell(birth, i);
    case "pedExperience":
      return i % 2 === 0 ? i % 10 : `${i % 10},5`;
    case "qualificationCategory":
      return "Педагог-методист";
    case "attestationDate":
      return dateCell(dayOf(2020, 3, 1 + (i % 28)), i + 1);
    case "diagnosticsDate":
      return dateCell(dayOf(2024, 10, 1 + (i % 28)), i + 2);
    case "diagnosticsLevel":
      return values![i % values!.length];
    case "deficits":
      return i % 3 === 0 ? "Методические; Цифровые" : null;
    case "courseDate":
      return dateCell(dayOf(2025, 2, 1 + (i % 28)), i);
    case "courseOrganisation":
      return values![i % values!.length];
    case "retrainingSent":
    case "retrainingCompleted":
      return "Нет";
    case "educationLevel":
      return "Высшее";
    case "contestLevel":
      return "Школьный";
    case "contestResult":
      return values![i % values!.length];
    case "note":
      return null;
    case "employment":
      return i % 10 === 0 ? "Внешнее совместительство" : null;
  }
  if (values === undefined) return null;
  return values[i % values.length];
}

export function plausibleGrid(rows: number): Grid {
  const grid: Grid = [
    ["Сведения о педагогических работниках"],
    TEACHERS.fields.map((f) => f.header),
  ];
  for (let i = 0; i < rows; i++)
    grid.push(TEACHERS.fields.map((f) => valueFor(f.key, f.values, i)));
  return grid;
}

/** Reads every cell once and folds it into a number the engine cannot drop. */
function barePass(grid: Grid): number {
  let acc = 0;
  for (let r = 2; r < grid.length; r++) {
    const row = grid[r];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === "string") acc += v.length;
      else if (typeof v === "number") acc += v;
      else if (v instanceof Date) acc += v.getTime() % 7;
      else if (v === true) acc += 1;
    }
  }
  return acc;
}

export const validateCase: BenchCase = {
  issue: 3,
  name: "validate 100k rows vs bare pass over every cell",
  async run() {
    const grid = plausibleGrid(ROWS);
    const ctx = { sheet: TEACHERS.name, file: "bench.xlsx", schoolCode: "ОО-1", period: PERIOD };
    let sink = 0;
    let issues = 0;
    // Warm both up so neither pays for compilation in the timed runs. One run was not
    // enough for validate: on a busy 2-core machine the optimising compiler works in the
    // background, and the next 2–3 runs were still 2–4× slower than the ones after.
    // No gc() between: after a full collection the young generation shrinks, and the
    // next allocating runs paid for growing it again (page faults), the bare pass not.
    for (let i = 0; i < WARM_UP_RUNS; i++) {
      sink += barePass(grid);
      issues = checkTeacherTable(grid, ctx).issues.length;
    }
    const bare = await medianMs(() => (sink += barePass(grid)));
    const validate = await medianMs(() => (sink += checkTeacherTable(grid, ctx).rowsRead));
    // Not part of the ratio: the reader that also returns 100,000 Worker objects.
    sink += readTeacherTable(grid, ctx).workers.length;
    const withWorkers = await medianMs(() => (sink += readTeacherTable(grid, ctx).workers.length));
    return {
      ratio: validate / bare,
      detail: `${ROWS} rows × ${TEACHERS.fields.length} columns: validate ${validate.toFixed(0)} ms (checkTeacherTable, the path of \`pedmonitor validate\`: parse, check, required, unique, row rules, issues; no Workers), bare pass ${bare.toFixed(0)} ms (reads every cell, looks at its type); not in the ratio: readTeacherTable (the same + ${ROWS} Workers, for the report) ${withWorkers.toFixed(0)} ms; ${issues} issues (checksum ${sink % 1000})`,
    };
  },
};
