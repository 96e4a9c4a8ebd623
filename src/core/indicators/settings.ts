/**
 * Reading `Настройки`: the targets table (found by its `Код` header in the
 * first 10 rows, columns by header), the parameters block, the pension ages
 * block and the «Реквизиты документов» block (each found by its headers anywhere
 * on the sheet). The sheet is edited
 * by people, so every unreadable cell is a Russian warning and the default stays.
 */
import type { Grid, Issue } from "../model";
import type { IssueCode } from "../validate/codes";
import { makeIssue } from "../validate/message";
import {
  OFFICIAL_DETAILS,
  PARAMETER_BOUNDS,
  PARAMETERS,
  PENSION_AGE_BOUNDS,
  PENSION_AGES,
  TARGETS,
} from "../schema/municipality";
import { Invalid } from "../validate/cell/invalid";
import { parseDate } from "../validate/cell/date";
import { dayFromDate as dayOf, formatDay } from "../time/day";
import { fold } from "../text/fold";
import { CATALOG_CODES } from "./catalog";
import { defaultSettings } from "./defaults";
import { cellDirection, cellKey, cellNumber, cellText } from "./settings-cells";
import type { PensionAge, Settings, Target } from "./types";

export { defaultSettings } from "./defaults";

const SHEET = TARGETS.name;
const HEADER_SEARCH_ROWS = 10;
/**
 * The first headers of the parameters and pension-age blocks, folded: where they stand the
 * targets table ends (and the custom functions' data block has parameters).
 */
export const BLOCK_HEADERS: ReadonlySet<string> = new Set(
  [PARAMETERS.labelHeader, PENSION_AGES.fromYearHeader, OFFICIAL_DETAILS.labelHeader].map(fold)
);

function issue(
  row: number,
  column: string | null,
  code: IssueCode,
  value: string,
  detail: string,
  expected?: string
): Issue {
  const place = { sheet: SHEET, row: row + 1, column, value, ...(expected ? { expected } : {}) };
  return makeIssue(place, code, detail);
}

/** Finds a row holding `first` with every one of `others` to its right: [row, columns…]. */
function findBlock(grid: Grid, headers: readonly string[], maxRows = grid.length): number[] | null {
  const keys = headers.map(fold);
  for (let r = 0; r < Math.min(grid.length, maxRows); r++) {
    const row = grid[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      if (cellKey(row[c]) !== keys[0]) continue;
      const cols = [c];
      for (const key of keys.slice(1)) {
        let found = -1;
        for (let k = c + 1; k < row.length; k++)
          if (cellKey(row[k]) === key) {
            found = k;
            break;
          }
        cols.push(found);
      }
      if (cols.every((x) => x >= 0)) return [r, ...cols];
    }
  }
  return null;
}

export function readSettings(
  grid: Grid,
  knownCodes: readonly string[] = CATALOG_CODES
): { settings: Settings; issues: Issue[] } {
  const settings = defaultSettings();
  const issues: Issue[] = [];
  readTargets(grid, settings, issues, new Set(knownCodes));
  readParameters(grid, settings, issues);
  readPensionAges(grid, settings, issues);
  readOfficialDetails(grid, settings, issues);
  return { settings, issues };
}

/** Where the «Реквизиты документов» block stands: [header row, label column, value column], or null. */
export function findOfficialBlock(grid: Grid): number[] | null {
  return findBlock(grid, [OFFICIAL_DETAILS.labelHeader, OFFICIAL_DETAILS.valueHeader]);
}

/**
 * The «Реквизиты документов» block: rows under its header until an empty label,
 * matched by label (case, spaces, ё/е folded), in any order. Text is kept as typed
 * (trimmed); a date may be a date cell, an Excel serial or ДД.ММ.ГГГГ text, and an
 * unreadable one is a warning (the date stays unset). No block: the defaults.
 */
function readOfficialDetails(grid: Grid, settings: Settings, issues: Issue[]): void {
  const found = findOfficialBlock(grid);
  if (!found) return;
  const [headerRow, labelCol, valueCol] = found;
  const official = settings.official;
  for (let r = headerRow + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const label = cellText(row[labelCol]);
    if (label === "") break;
    const field = OFFICIAL_DETAILS.rows.find((f) => fold(f.label) === fold(label));
    if (!field) continue;
    const raw = row[valueCol];
    if (field.type === "text") {
      const text = raw instanceof Date ? formatDay(dayOf(raw)) : cellText(raw);
      // An empty responsible party keeps the neutral default (a passport always names one).
      if (field.key === "responsible" && text === "") continue;
      official[field.key] = text;
      continue;
    }
    const day = parseDate(typeof raw === "string" ? raw.trim() : raw);
    if (day instanceof Invalid) {
      issues.push(
        issue(
          r,
          OFFICIAL_DETAILS.valueHeader,
          "settings/date",
          cellText(raw),
          `«${field.label}»: «${cellText(raw)}» не дата. Введите дату в виде ДД.ММ.ГГГГ, например 15.10.2025; пока дата не задана.`
        )
      );
      continue;
    }
    official[field.key] = day;
  }
}

function readTargets(grid: Grid, settings: Settings, issues: Issue[], known: Set<string>): void {
  const found = findBlock(grid, [TARGETS.keyHeader], HEADER_SEARCH_ROWS);
  if (!found) return;
  const [headerRow, codeCol] = found;
  const header = grid[headerRow] ?? [];
  const col = (key: string): number => {
    const text = fold(TARGETS.fields.find((f) => f.key === key)?.header ?? "");
    return header.findIndex((cell) => cellKey(cell) === text);
  };
  const numberCols = (["target", "nextTarget", "previous"] as const).map((key) => ({
    key,
    index: col(key),
  }));
  const directionCol = col("direction");
  for (let r = headerRow + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const code = cellText(row[codeCol]).toUpperCase();
    if (code === "") continue;
    // A sheet made by hand may put the other blocks under the table, in the same column.
    if (BLOCK_HEADERS.has(fold(code))) break;
    if (!known.has(code)) {
      issues.push(
        issue(
          r,
          TARGETS.keyHeader,
          "settings/unknown-code",
          code,
          `код показателя «${code}» не найден в каталоге. Проверьте код или удалите строку.`
        )
      );
    }
    const base: Target = settings.targets.get(code) ?? {
      code,
      direction: "≥",
      target: null,
      nextTarget: null,
      previous: null,
    };
    const target: Target = { ...base };
    if (directionCol >= 0) {
      const dir = cellDirection(row[directionCol]);
      if (dir === undefined) {
        issues.push(
          issue(
            r,
            cellText(header[directionCol]),
            "settings/direction",
            cellText(row[directionCol]),
            `направление «${cellText(row[directionCol])}» не распознано. Укажите ≥ (чем больше, тем лучше), ≤ (чем меньше, тем лучше) или — (нейтральный показатель).`
          )
        );
      } else if (dir !== null) target.direction = dir;
    }
    for (const { key, index } of numberCols) {
      if (index < 0) continue;
      const value = cellNumber(row[index]);
      if (value === undefined) {
        const columnName = cellText(header[index]);
        issues.push(
          issue(
            r,
            columnName,
            "settings/number",
            cellText(row[index]),
            `«${cellText(row[index])}» не число. Введите число, дробную часть — через запятую (например 12,5); пусто — значение не задано.`
          )
        );
      } else target[key] = value;
    }
    settings.targets.set(code, target);
  }
}

function readParameters(grid: Grid, settings: Settings, issues: Issue[]): void {
  const found = findBlock(grid, [PARAMETERS.labelHeader, PARAMETERS.valueHeader]);
  if (!found) return;
  const [headerRow, labelCol, valueCol] = found;
  const limits = (["youngAgeLimit", "beginnerExperience"] as const).map((key) => ({
    label: PARAMETERS[key],
    key,
    ...PARAMETER_BOUNDS[key],
  }));
  for (let r = headerRow + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const label = cellText(row[labelCol]);
    if (label === "") break;
    const param = limits.find((p) => fold(p.label) === fold(label));
    if (!param) continue;
    const value = cellNumber(row[valueCol]);
    if (typeof value !== "number" || value < param.min || value > param.max) {
      issues.push(
        issue(
          r,
          PARAMETERS.valueHeader,
          "settings/parameter",
          cellText(row[valueCol]),
          `параметр «${param.label}» — «${cellText(row[valueCol])}» не подходит. Введите число от ${param.min} до ${param.max}; пока действует ${settings[param.key]}.`,
          `${param.min}–${param.max}`
        )
      );
      continue;
    }
    settings[param.key] = value;
  }
}

function readPensionAges(grid: Grid, settings: Settings, issues: Issue[]): void {
  const found = findBlock(grid, [
    PENSION_AGES.fromYearHeader,
    PENSION_AGES.maleHeader,
    PENSION_AGES.femaleHeader,
  ]);
  if (!found) return;
  const [headerRow, yearCol, maleCol, femaleCol] = found;
  const read: PensionAge[] = [];
  for (let r = headerRow + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    if ([yearCol, maleCol, femaleCol].every((c) => cellText(row[c]) === "")) break;
    const [fromYear, male, female] = [yearCol, maleCol, femaleCol].map((c) => cellNumber(row[c]));
    const ok = (v: number | null | undefined, { min, max }: { min: number; max: number }) =>
      typeof v === "number" && Number.isInteger(v) && v >= min && v <= max;
    const { fromYear: years, age } = PENSION_AGE_BOUNDS;
    if (!ok(fromYear, years) || !ok(male, age) || !ok(female, age)) {
      const shown = [yearCol, maleCol, femaleCol].map((c) => cellText(row[c])).join("; ");
      issues.push(
        issue(
          r,
          PENSION_AGES.fromYearHeader,
          "settings/pension-age",
          shown,
          `строка пенсионного возраста «${shown}» не распознана. Укажите год (целое число от ${years.min} до ${years.max}) и возраст мужчин и женщин (целые числа от ${age.min} до ${age.max}). Строка не учтена.`
        )
      );
      continue;
    }
    read.push({ fromYear: fromYear as number, male: male as number, female: female as number });
  }
  if (read.length > 0) settings.pensionAges = read.sort((a, b) => a.fromYear - b.fromYear);
}
