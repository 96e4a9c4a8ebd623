/**
 * `Паспорт ОО`: label/value rows found by the label, in any order. Each value is
 * parsed by its field's type; the passport rules then check the period and the
 * vacancies. A bad value never throws: it is reported and its key is listed as
 * unusable, so only the indicators needing it are left out.
 */
import type { CellValue, Grid, Issue, Passport } from "../model";
import { PASSPORT } from "../schema/school";
import type { FieldSpec } from "../schema/types";
import { fold } from "../text/fold";
import { compileField } from "../validate/cell/compile";
import { Invalid } from "../validate/cell/invalid";
import { textOf } from "../validate/cell/text";
import type { IssueCode } from "../validate/codes";
import { cellAsSeen, makeIssue, shownValue, type Params, type Place } from "../validate/message";
import { PASSPORT_RULES, usablePeriod, type PassportField } from "../validate/passport";
import { howToFill } from "../validate/required";
import type { Period } from "../model";
import { findHeaderRow, headerKey } from "./header";

export interface PassportRead {
  passport: Passport;
  /** keys of unusable passport values */
  bad: Set<string>;
  period: Period | null;
  issues: Issue[];
  /** Where `Код ОО` was typed (sheet row 1-based, value column 0-based), when found. */
  codeCell?: { row: number; columnIndex: number };
}

const PARSERS = new Map(PASSPORT.fields.map((f) => [f.key, compileField(f)]));
const BY_LABEL = new Map(PASSPORT.fields.map((f) => [fold(f.header), f]));

export function emptyPassport(): Passport {
  const passport: Record<string, unknown> = {};
  for (const field of PASSPORT.fields) passport[field.key] = null;
  return passport as unknown as Passport;
}

/** Runs the passport rules; `placeOf` says where each field sits in its sheet. */
export function checkPassport(
  passport: Passport,
  bad: Set<string>,
  issues: Issue[],
  placeOf: (field: PassportField) => Place
): Period | null {
  const report = (
    code: IssueCode,
    field: PassportField,
    template: string,
    params?: Params
  ): void => {
    issues.push(makeIssue(placeOf(field), code, template, params));
    bad.add(field);
  };
  const isBad = (field: PassportField): boolean => bad.has(field);
  for (const rule of PASSPORT_RULES) rule.check({ passport, isBad, report });
  return usablePeriod(passport, bad);
}

interface Located {
  row: number;
  raw: CellValue;
}

export function readPassport(grid: Grid, sheet: string, file: string): PassportRead {
  const issues: Issue[] = [];
  const passport = emptyPassport();
  const bad = new Set<string>();
  const at = (
    row: number | null,
    column: string | null,
    raw?: CellValue,
    columnIndex?: number
  ): Place => ({ file, sheet, row, column, raw, columnIndex });
  const headerIndex = findHeaderRow(grid, PASSPORT.labelHeader);
  const header = headerIndex < 0 ? [] : grid[headerIndex];
  const labelColumn = header.findIndex((cell) => headerKey(cell) === fold(PASSPORT.labelHeader));
  const valueColumn = header.findIndex((cell) => headerKey(cell) === fold(PASSPORT.valueHeader));
  const located = new Map<string, Located>();
  if (headerIndex < 0) {
    issues.push(
      makeIssue(
        at(null, null),
        "sheet/header-not-found",
        "в первых 10 строках нет заголовка «{label}». Верните строку заголовков «{label}» — «{value}», как в шаблоне.",
        { label: PASSPORT.labelHeader, value: PASSPORT.valueHeader }
      )
    );
  } else if (valueColumn < 0) {
    issues.push(
      makeIssue(
        at(null, PASSPORT.valueHeader),
        "fields/missing",
        "нет столбца значений. Добавьте заголовок «{value}» в строку {row} над значениями.",
        { value: PASSPORT.valueHeader, row: headerIndex + 1 }
      )
    );
  } else {
    locateLabels(grid, headerIndex, labelColumn, valueColumn, located, issues, at);
  }
  for (const field of PASSPORT.fields) {
    const place = located.get(field.key);
    if (place === undefined) {
      if (field.required) bad.add(field.key);
      if (field.required && valueColumn >= 0) issues.push(missingLabel(field, at));
      continue;
    }
    readValue(
      field,
      place,
      passport,
      bad,
      issues,
      at(place.row, field.header, cellAsSeen(place.raw, field.type), valueColumn)
    );
  }
  const period = checkPassport(passport, bad, issues, (field) => {
    const place = located.get(field);
    const raw = cellAsSeen(place?.raw ?? null, fieldOf(field).type);
    return at(place?.row ?? null, labelOfField(field), raw ?? null, valueColumn);
  });
  const code = located.get("schoolCode");
  const codeCell =
    code !== undefined && valueColumn >= 0
      ? { row: code.row, columnIndex: valueColumn }
      : undefined;
  return { passport, bad, period, issues, ...(codeCell ? { codeCell } : {}) };
}

function fieldOf(key: string): FieldSpec {
  return PASSPORT.fields.find((f) => f.key === key)!;
}

function labelOfField(key: string): string {
  return fieldOf(key).header;
}

function missingLabel(field: FieldSpec, at: (row: null, column: string) => Place): Issue {
  return makeIssue(
    at(null, field.header),
    "fields/missing",
    "нет строки с этим показателем. Добавьте строку «{label}» в столбец «{column}» и заполните значение. {fill}",
    {
      label: field.header,
      column: PASSPORT.labelHeader,
      fill: howToFill(field),
    }
  );
}

function locateLabels(
  grid: Grid,
  headerIndex: number,
  labelColumn: number,
  valueColumn: number,
  located: Map<string, Located>,
  issues: Issue[],
  at: (row: number, column: string, raw?: CellValue, columnIndex?: number) => Place
): void {
  for (let r = headerIndex + 1; r < grid.length; r++) {
    const cells = Array.isArray(grid[r]) ? grid[r] : [];
    const labelCell = cells[labelColumn];
    const label = textOf(labelCell ?? null);
    if (label === null) continue;
    const field = BY_LABEL.get(fold(label));
    const row = r + 1;
    if (field === undefined) {
      issues.push(
        makeIssue(
          at(row, shownValue(label), undefined, labelColumn),
          "field/extra",
          "показатель не из шаблона: он не читается. Проверьте написание, если это опечатка."
        )
      );
    } else if (located.has(field.key)) {
      issues.push(
        makeIssue(
          at(row, field.header, undefined, labelColumn),
          "field/duplicate",
          "показатель уже есть в строке {first}; читается первая строка. Удалите повтор.",
          { first: located.get(field.key)!.row }
        )
      );
    } else {
      located.set(field.key, { row, raw: cells[valueColumn] ?? null });
    }
  }
}

function readValue(
  field: FieldSpec,
  place: Located,
  passport: Passport,
  bad: Set<string>,
  issues: Issue[],
  where: Place
): void {
  const value = PARSERS.get(field.key)!(place.raw);
  const target = passport as unknown as Record<string, unknown>;
  if (value instanceof Invalid) {
    bad.add(field.key);
    issues.push(makeIssue(where, value.code, value.template, value.params));
  } else if (value === null && field.required) {
    bad.add(field.key);
    issues.push(makeIssue(where, "cell/required", `обязательный показатель. ${howToFill(field)}`));
  } else {
    target[field.key] = value;
  }
}
