/**
 * Reading the custom-indicator block of `Настройки` into the engine's
 * ShareDefinitions. A bad definition is a Russian error naming its cell and is
 * left out; the other definitions (and the whole catalog) still compute.
 */
import type { Condition, Population } from "../../indicators/conditions";
import { CATALOG_CODES } from "../../indicators/catalog";
import type { ShareDefinition } from "../../indicators/measures";
import type { Grid, Issue } from "../../model";
import { CUSTOM_INDICATORS, CUSTOM_POPULATION, fieldByKey } from "../../schema";
import type { Direction } from "../../schema/values";
import { fold } from "../../text/fold";
import { cellNumber, cellText } from "../cells";
import type { IssueCode } from "../../validate/codes";
import { makeIssue } from "../../validate/message";
import { parseCondition } from "./parse-condition";

const SPEC = CUSTOM_INDICATORS;
const header = (key: string): string => fieldByKey(SPEC, key).header;
const CODE = /^[\p{L}\d_-]{1,32}$/u;
const POPULATIONS = new Map<string, Population>([
  [fold(CUSTOM_POPULATION[0]), "ALL"],
  [fold(CUSTOM_POPULATION[1]), "PED"],
  [fold("Все"), "ALL"],
  [fold("ALL"), "ALL"],
  [fold("Педагоги"), "PED"],
  [fold("PED"), "PED"],
]);
const DIRECTIONS = new Map<string, Direction>([
  ["≥", "≥"],
  [">=", "≥"],
  [">", "≥"],
  [fold("больше"), "≥"],
  ["≤", "≤"],
  ["<=", "≤"],
  ["<", "≤"],
  [fold("меньше"), "≤"],
]);

interface Block {
  row: number;
  columns: Map<string, number>;
}

/** The block's header row anywhere on the sheet: the key header, the other headers in the same row. */
export function findCustomBlock(grid: Grid): Block | null {
  const key = fold(SPEC.keyHeader);
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const start = row.findIndex((c) => fold(cellText(c)) === key);
    if (start < 0) continue;
    const columns = new Map<string, number>();
    for (const field of SPEC.fields) {
      const col = row.findIndex((c, i) => i >= start && fold(cellText(c)) === fold(field.header));
      if (col >= 0) columns.set(field.key, col);
    }
    return { row: r, columns };
  }
  return null;
}

export function readCustomIndicators(
  grid: Grid,
  catalogCodes: readonly string[] = CATALOG_CODES
): { definitions: ShareDefinition[]; issues: Issue[] } {
  const block = findCustomBlock(grid);
  if (!block) return { definitions: [], issues: [] };
  const issues: Issue[] = [];
  const missing = SPEC.fields.filter((f) => f.required && !block.columns.has(f.key));
  if (missing.length) {
    const names = missing.map((f) => `«${f.header}»`).join(", ");
    issues.push(
      makeIssue(
        { sheet: SPEC.name, row: block.row + 1, column: null },
        "custom/headers-missing",
        `в блоке пользовательских показателей нет столбцов ${names}; пользовательские показатели не рассчитаны.`
      )
    );
    return { definitions: [], issues };
  }
  const taken = new Set(catalogCodes.map(fold));
  const definitions: ShareDefinition[] = [];
  for (let r = block.row + 1; r < grid.length; r++) {
    const def = readRow(grid, block, r, taken, issues);
    if (def) {
      definitions.push(def);
      taken.add(fold(def.code));
    }
  }
  return { definitions, issues };
}

function readRow(
  grid: Grid,
  block: Block,
  r: number,
  taken: Set<string>,
  issues: Issue[]
): ShareDefinition | null {
  const cell = (key: string) => {
    const col = block.columns.get(key);
    return col === undefined ? null : (grid[r]?.[col] ?? null);
  };
  const text = (key: string) => cellText(cell(key));
  if (SPEC.fields.every((f) => text(f.key) === "")) return null;
  const report = (key: string, code: IssueCode, detail: string): void => {
    const place = {
      sheet: SPEC.name,
      row: r + 1,
      column: header(key),
      columnIndex: block.columns.get(key) ?? 0,
      value: text(key),
    };
    issues.push(makeIssue(place, code, detail));
  };
  const fail = (key: string, code: IssueCode, message: string): null => {
    report(key, code, `${message} Показатель «${text("code") || "без кода"}» не рассчитан.`);
    return null;
  };
  const code = text("code").toUpperCase();
  if (!CODE.test(code))
    return fail(
      "code",
      "custom/code-invalid",
      code === ""
        ? "не указан код показателя."
        : `код «${text("code")}» недопустим: до 32 букв, цифр, «-» и «_».`
    );
  if (taken.has(fold(code)))
    return fail(
      "code",
      "custom/code-taken",
      `код «${code}» уже занят показателем каталога или другой строкой.`
    );
  const population = POPULATIONS.get(fold(text("population")));
  if (!population)
    return fail(
      "population",
      "custom/population-invalid",
      `совокупность «${text("population")}» не распознана; укажите ${CUSTOM_POPULATION.join(" или ")}.`
    );
  const numerator = conditionOf(text("numerator"), true);
  if (typeof numerator === "string")
    return fail("numerator", "custom/numerator-invalid", numerator);
  const denominator = conditionOf(text("denominator"), false);
  if (typeof denominator === "string")
    return fail("denominator", "custom/denominator-invalid", denominator);
  const title = text("title") || code;
  if (text("title") === "")
    report("title", "custom/title-missing", `не указано название; в отчётах показан код ${code}.`);
  return {
    code,
    title,
    numerator: { population, where: [...denominator, ...numerator] },
    denominator: { population, where: denominator },
    formula: formulaOf(population, text("numerator"), text("denominator")),
    direction: directionOf(text("direction"), (m) =>
      report("direction", "custom/direction-invalid", m)
    ),
    target: targetOf(cell("target"), text("target"), (m) =>
      report("target", "custom/target-invalid", m)
    ),
  };
}

function conditionOf(text: string, required: boolean): Condition[] | string {
  if (text === "") return required ? "не указано условие числителя." : [];
  const parsed = parseCondition(text);
  return parsed.ok ? parsed.conditions : parsed.error;
}

function directionOf(text: string, warn: (m: string) => void): Direction {
  if (text === "") return "≥";
  const d = DIRECTIONS.get(fold(text));
  if (!d) warn(`направление «${text}» не распознано; принято ≥.`);
  return d ?? "≥";
}

function targetOf(
  cell: Grid[number][number],
  text: string,
  warn: (m: string) => void
): number | null {
  if (text === "") return null;
  const n = cellNumber(cell);
  if (n === null) warn(`целевое значение «${text}» — не число; цель не задана.`);
  return n;
}

function formulaOf(population: Population, numerator: string, denominator: string): string {
  const name = population === "PED" ? CUSTOM_POPULATION[1] : CUSTOM_POPULATION[0];
  const base = denominator ? `${name}, для которых: ${denominator}` : name;
  return `Из них: ${numerator} / ${base} × 100`;
}
