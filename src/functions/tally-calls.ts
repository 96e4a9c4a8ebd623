/**
 * INDICATOR over the hidden tally sheet `Счётчики показателей` (src/core/report/tally-sheet.ts):
 * each ОО's contribution as the engine summed it, summed again with the engine's own
 * `combine`, so a `Сводка` formula gives exactly the figure written beside it while Excel
 * passes it ~1,500 short rows instead of every teacher.
 */
import { combine, tallyShape, type Partial } from "../core/indicators/partials";
import type { CatalogEntry } from "../core/indicators/measures";
import { resultOf } from "../core/indicators/engine";
import { TOTAL, type IndicatorResult, type Settings } from "../core/indicators/types";
import type { CellValue, Grid } from "../core/model";
import { findHeaderRow, headerKey } from "../core/read/header";
import { TALLIES, tallyHeader } from "../core/schema/municipality";
import { fold } from "../core/text/fold";
import { FunctionInputError } from "./errors";
import { passTallySheet, seeReportSheets } from "./where-to-find";

export function isTallyGrid(grid: Grid): boolean {
  return findHeaderRow(grid, TALLIES.keyHeader) >= 0;
}

function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

function numberAt(
  row: readonly CellValue[],
  col: number,
  code: string,
  line: number
): number | null {
  const v = row[col];
  if (isBlank(v)) return null;
  if (typeof v !== "number" || !Number.isFinite(v)) {
    throw new FunctionInputError(
      `Лист «${TALLIES.name}», строка ${line}: «${String(v)}» в столбце показателя ${code} не число. Сформируйте отчёт заново.`
    );
  }
  return v;
}

export function tallyResult(
  entry: CatalogEntry,
  grid: Grid,
  school: string | null,
  settings: Settings
): IndicatorResult {
  const shape = tallyShape(entry.measure.kind);
  if (shape === null) {
    throw new FunctionInputError(
      `Показатель ${entry.code} считается по листу «Сообщества и проекты» (число разных названий), его нет на листе «${TALLIES.name}», и функция его не вычисляет. ${seeReportSheets()}`
    );
  }
  const headerRow = findHeaderRow(grid, TALLIES.keyHeader);
  const header = grid[headerRow];
  const keyCol = header.findIndex((c) => headerKey(c) === fold(TALLIES.keyHeader));
  const colOf = (part: "numerator" | "denominator" | "count") =>
    header.findIndex((c) => headerKey(c) === fold(tallyHeader(entry.code, part)));
  const cols = shape === "count" ? [colOf("count")] : [colOf("numerator"), colOf("denominator")];
  if (cols.some((c) => c < 0)) {
    throw new FunctionInputError(
      `На листе «${TALLIES.name}» нет столбцов показателя ${entry.code}: он не входит в профиль этого отчёта. ${passTallySheet(entry)}`
    );
  }
  const wanted = school === null ? null : fold(school);
  let scope = TOTAL;
  const partials: Partial[] = [];
  for (let r = headerRow + 1; r < grid.length; r++) {
    const row = grid[r];
    const key = row[keyCol];
    if (isBlank(key)) continue;
    if (wanted !== null) {
      if (fold(String(key)) !== wanted) continue;
      scope = String(key).trim();
    }
    const [a, b] = cols.map((c) => numberAt(row, c, entry.code, r + 1));
    if (shape === "count") partials.push(a === null ? null : { count: a });
    else if (a === null || b === null) partials.push(null);
    else partials.push({ num: a, den: b });
  }
  if (wanted !== null && partials.length === 0)
    throw new FunctionInputError(`На листе «${TALLIES.name}» нет ОО с кодом «${school}».`);
  return resultOf(entry, scope, combine(entry, partials), settings, undefined);
}
