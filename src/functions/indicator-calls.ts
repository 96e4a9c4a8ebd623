/**
 * What INDICATOR, INDICATOR.DETAIL and STATUS compute, as plain functions of
 * the arguments Excel passes (testable without Excel). Failures are
 * FunctionInputError with a Russian message saying what to pass instead.
 */
import { catalogEntry } from "../core/indicators/catalog";
import { entryNeedsPeriod } from "../core/indicators/compile";
import { basisOf, type CatalogEntry } from "../core/indicators/measures";
import { statusOf } from "../core/indicators/status";
import { TOTAL, type IndicatorResult, type Status } from "../core/indicators/types";
import { cellNumber } from "../core/indicators/settings-cells";
import type { CellValue } from "../core/model";
import { hasSchoolCodeColumn } from "../core/read/teachers";
import { CONSOLIDATED_TEACHERS } from "../core/schema/municipality";
import { columnLetters } from "../core/text/a1";
import { fold } from "../core/text/fold";
import {
  optionalGrid,
  optionalScalar,
  optionalText,
  periodArg,
  requiredGrid,
  requiredText,
} from "./args";
import { FunctionInputError } from "./errors";
import { tableBlock } from "./data-block";
import { requireNeededColumns } from "./needed-columns";
import { passTallySheet, seeReportSheets } from "./where-to-find";
import { computeTable, parseTable, settingsOf } from "./table-cache";
import { isTallyGrid, tallyResult } from "./tally-calls";

export type Out = string | number;

export function entryArg(code: unknown): CatalogEntry {
  const text = requiredText(code, 'код показателя, например "DIAG"');
  const entry = catalogEntry(text);
  if (!entry) {
    throw new FunctionInputError(
      `Нет показателя с кодом «${text}». Список кодов выводит функция PEDMON.CATALOG().`
    );
  }
  return entry;
}

const CONSOLIDATED_RANGE = `'${CONSOLIDATED_TEACHERS.name}'!A1:${columnLetters(CONSOLIDATED_TEACHERS.fields.length - 1)}5000`;

const WITHOUT_BLOCK =
  `В диапазоне «${CONSOLIDATED_TEACHERS.name}» нет блока с отчётным периодом и параметрами, который стоит над таблицей ` +
  `(его нет, например, в ${CONSOLIDATED_TEACHERS.tableName}[#Все]), а без него показатели не совпадут с отчётом. ` +
  `Выделите лист «${CONSOLIDATED_TEACHERS.name}» с ячейки A1, чтобы блок вошёл в диапазон (например, ${CONSOLIDATED_RANGE}), ` +
  `или передайте отчётный период и диапазон листа «Настройки» аргументами функции.`;

const BASIS_SOURCE = {
  passport: "паспортам ОО (лист «ОО» или «Паспорт ОО»)",
  communities: "листу «Сообщества и проекты»",
} as const;

export function indicatorResult(
  code: unknown,
  table: unknown,
  school: unknown,
  period: unknown,
  settings: unknown
): IndicatorResult {
  const entry = entryArg(code);
  const grid = requiredGrid(
    table,
    "таблицу «Педагоги» или «Сводные данные» вместе со строкой заголовков"
  );
  if (isTallyGrid(grid)) {
    const { settings: s } = settingsOf(optionalGrid(settings));
    return tallyResult(entry, grid, optionalText(school), s);
  }
  const basis = basisOf(entry.measure);
  if (basis !== "workers") {
    const instead = basis === "passport" ? passTallySheet(entry) : seeReportSheets();
    throw new FunctionInputError(
      `Показатель ${entry.code} считается по ${BASIS_SOURCE[basis]}, а не по таблице педагогов. ${instead}`
    );
  }
  requireNeededColumns(grid, entry);
  // Explicit arguments win; else what the block above `Сводные данные` says.
  const block = tableBlock(grid);
  const p = periodArg(period) ?? block.period ?? null;
  // Without the period the rows are validated differently (and without the block the
  // parameters are the defaults): a consolidated range cut below its block must not give
  // figures that differ from the report's with no word.
  if (p === null && hasSchoolCodeColumn(grid)) throw new FunctionInputError(WITHOUT_BLOCK);
  if (p === null && entryNeedsPeriod(entry)) {
    throw new FunctionInputError(
      `Показателю ${entry.code} нужен отчётный период: передайте диапазон листа «Паспорт ОО» или две ячейки с датами начала и конца.`
    );
  }
  const parsed = parseTable(grid, p);
  const { settings: s, key } = settingsOf(optionalGrid(settings) ?? block.settings);
  const { results } = computeTable(parsed, s, key);
  const scope = scopeOf(optionalText(school), results, parsed.consolidated);
  const result = results.find((r) => r.code === entry.code && r.scope === scope);
  if (!result) throw new FunctionInputError(`Показатель ${entry.code} не рассчитан.`);
  return result;
}

/** A school's scope in a consolidated range; a single school's `Педагоги` is its own total. */
function scopeOf(school: string | null, results: IndicatorResult[], consolidated: boolean): string {
  if (school === null || !consolidated) return TOTAL;
  const key = fold(school);
  const found = results.find((r) => r.scope !== TOTAL && fold(r.scope) === key);
  if (!found) throw new FunctionInputError(`В таблице нет строк ОО с кодом «${school}».`);
  return found.scope;
}

export function indicatorValue(
  code: unknown,
  table: unknown,
  school: unknown,
  period: unknown,
  settings: unknown
): Out {
  return indicatorResult(code, table, school, period, settings).value ?? "";
}

export function indicatorDetail(
  code: unknown,
  table: unknown,
  school: unknown,
  period: unknown,
  settings: unknown
): Out[][] {
  const r = indicatorResult(code, table, school, period, settings);
  return [[r.numerator ?? "", r.denominator ?? "", r.value ?? "", r.status]];
}

export function statusCall(value: unknown, code: unknown, settings: unknown): Status {
  const text = requiredText(code, "код показателя");
  const { settings: s } = settingsOf(optionalGrid(settings));
  const entry = catalogEntry(text);
  const target = s.targets.get(entry?.code ?? text.toUpperCase());
  if (!entry && !target) {
    throw new FunctionInputError(
      `Нет показателя с кодом «${text}». Список кодов выводит функция PEDMON.CATALOG().`
    );
  }
  const cell = optionalScalar(value);
  const number = cell === null ? null : cellNumber(cell as CellValue);
  if (number === undefined) throw new FunctionInputError(`Значение «${String(cell)}» не число.`);
  return statusOf(
    number,
    target ? target.target : (entry?.target ?? null),
    target?.direction ?? entry?.direction ?? "≥"
  );
}
