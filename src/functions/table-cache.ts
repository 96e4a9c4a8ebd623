/**
 * The teachers range of a custom function, parsed once per content and period,
 * and its indicators computed once per settings: 40 formulas over one range
 * cost one parse, one computation and 40 hashes.
 */
import { computeIndicators, type ComputeOutput } from "../core/indicators/engine";
import { defaultSettings, readSettings } from "../core/indicators/settings";
import type { Settings } from "../core/indicators/types";
import type { Grid, Passport, Period, SchoolData, Worker } from "../core/model";
import { findHeaderRow } from "../core/read/header";
import { hasSchoolCodeColumn, readTeacherTable } from "../core/read/teachers";
import { TEACHERS } from "../core/schema/school";
import { FunctionInputError } from "./errors";
import { fingerprint, hashGrid, Lru, sameGrid } from "./grid-hash";

interface Cached {
  fingerprint: string;
  period: string;
  grid: Grid;
  table: ParsedTable;
}

export interface ParsedTable {
  schools: SchoolData[];
  /** The range had a `Код ОО` column (a consolidated `Сводные данные`). */
  consolidated: boolean;
  period: Period | null;
  computed: Map<string, ComputeOutput>;
}

/** Most recently used first; a few big ranges at most (each is held until it drops out). */
const tables: Cached[] = [];
const TABLES_KEPT = 3;
const settingsCache = new Lru<Settings>(4);
const FUNCTION_SHEET = "Педагоги";

function emptyPassport(code: string | null, period: Period | null): Passport {
  return {
    schoolCode: code,
    schoolName: null,
    municipality: null,
    periodStart: period?.start ?? null,
    periodEnd: period?.end ?? null,
    filledOn: null,
    responsible: null,
    pedPositions: null,
    pedVacancies: null,
    mgrPositions: null,
    mgrVacancies: null,
    mentoringModel: null,
    mgrQualityTraining: null,
    lowResults: null,
  };
}

/** Rows grouped by `Код ОО` into schools whose passport holds only the period. */
function schoolsOf(workers: Worker[], period: Period | null, consolidated: boolean): SchoolData[] {
  const byCode = new Map<string, Worker[]>();
  for (const w of workers) {
    const code = consolidated ? w.schoolCode : "";
    const list = byCode.get(code);
    if (list) list.push(w);
    else byCode.set(code, [w]);
  }
  if (byCode.size === 0) byCode.set("", []);
  return [...byCode].map(([code, rows]) => ({
    file: "",
    passport: emptyPassport(code === "" ? null : code, period),
    badPassportFields: [],
    workers: rows,
    communities: [],
    issues: [],
  }));
}

export function parseTable(grid: Grid, period: Period | null): ParsedTable {
  const fp = fingerprint(grid);
  const periodKey = period ? `${period.start}-${period.end}` : "-";
  const index = tables.findIndex(
    (t) => t.fingerprint === fp && t.period === periodKey && sameGrid(t.grid, grid)
  );
  if (index >= 0) {
    const [hit] = tables.splice(index, 1);
    tables.unshift(hit);
    return hit.table;
  }
  if (findHeaderRow(grid, TEACHERS.keyHeader) < 0) {
    throw new FunctionInputError(
      `В диапазоне нет строки заголовков с «${TEACHERS.keyHeader}». Передайте таблицу «Педагоги» или «Сводные данные» вместе со строкой заголовков.`
    );
  }
  const consolidated = hasSchoolCodeColumn(grid);
  const { workers } = readTeacherTable(grid, {
    sheet: FUNCTION_SHEET,
    file: "",
    schoolCode: null,
    period,
  });
  const table: ParsedTable = {
    schools: schoolsOf(workers, period, consolidated),
    consolidated,
    period,
    computed: new Map(),
  };
  tables.unshift({ fingerprint: fp, period: periodKey, grid, table });
  tables.length = Math.min(tables.length, TABLES_KEPT);
  return table;
}

/** Settings from a `Настройки` range, or the defaults; cached by content. */
export function settingsOf(grid: Grid | null): { settings: Settings; key: string } {
  if (grid === null) return { settings: defaultSettings(), key: "default" };
  const key = hashGrid(grid);
  let settings = settingsCache.get(key);
  if (!settings) {
    settings = readSettings(grid).settings;
    settingsCache.set(key, settings);
  }
  return { settings, key };
}

export function computeTable(
  table: ParsedTable,
  settings: Settings,
  settingsKey: string
): ComputeOutput {
  let out = table.computed.get(settingsKey);
  if (!out) {
    out = computeIndicators(table.schools, settings);
    table.computed.set(settingsKey, out);
  }
  return out;
}

/** For tests and benchmarks: forget every parsed range. */
export function clearTableCache(): void {
  tables.length = 0;
  settingsCache.clear();
}
