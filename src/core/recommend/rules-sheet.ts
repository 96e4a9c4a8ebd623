/**
 * The rule set in the workbook: sheet «Правила рекомендаций» with the texts
 * (one row per rule and addressee) and, below, the parameters. Reading it back
 * applies edited texts and numbers over the defaults; codes, addressees and
 * parameter keys are matched, everything else on the sheet is ignored.
 */
import type { Grid, Issue } from "../model";
import { RULE_PARAMS, RULE_TEXTS } from "../schema";
import { fold } from "../text/fold";
import { columnOf, tableSheet } from "../report/kit";
import type { OutCell, SheetModel } from "../../port/sheet-model";
import { DEFAULT_RULES } from "./rules";
import { makeIssue } from "../validate/message";
import { LEGACY_DEFAULT_TEXTS } from "./rules-legacy";
import { placeholdersOf } from "./template";
import type { RecommendationRule } from "./types";

export function recommendationRulesSheet(
  rules: readonly RecommendationRule[] = DEFAULT_RULES
): SheetModel {
  const texts: OutCell[][] = rules.flatMap((r) =>
    r.texts.map((t) => [r.code, t.addressee, r.trigger, t.template])
  );
  const params: OutCell[][] = rules.flatMap((r) =>
    r.params.map((p) => [r.code, p.key, p.label, p.value])
  );
  const top = tableSheet({
    name: RULE_TEXTS.name,
    tableName: RULE_TEXTS.tableName!,
    headers: RULE_TEXTS.fields.map((f) => f.header),
    columns: RULE_TEXTS.fields.map((f) => ({ ...columnOf(f) })),
    rows: texts,
  });
  const start = texts.length + 2;
  const cols = RULE_PARAMS.fields.length;
  const cells = [...top.cells, [], RULE_PARAMS.fields.map((f) => f.header), ...params];
  return {
    ...top,
    cells,
    styles: [
      ...(top.styles ?? []),
      { range: { row: start, col: 0, rows: 1, cols }, style: top.styles![0].style },
      {
        range: { row: 1, col: 3, rows: texts.length, cols: 1 },
        style: { wrap: true, vAlign: "top" },
      },
    ],
    tables: [
      ...(top.tables ?? []),
      {
        name: RULE_PARAMS.tableName!,
        range: { row: start, col: 0, rows: params.length + 1, cols },
      },
    ],
  };
}

const str = (v: unknown): string => (v === null || v === undefined ? "" : String(v).trim());

function headerRow(grid: Grid, headers: readonly string[]): number {
  const want = headers.map(fold);
  return grid.findIndex((row) => want.every((h, i) => fold(str(row?.[i])) === h));
}

function rowsUnder(grid: Grid, headers: readonly string[]): { row: number; cells: string[] }[] {
  const at = headerRow(grid, headers);
  if (at < 0) return [];
  const out: { row: number; cells: string[] }[] = [];
  for (let r = at + 1; r < grid.length; r++) {
    const cells = headers.map((_, i) => str(grid[r]?.[i]));
    if (cells.every((c) => c === "")) break;
    out.push({ row: r + 1, cells });
  }
  return out;
}

function warn(row: number, column: string, detail: string, value: string): Issue {
  return makeIssue({ sheet: RULE_TEXTS.name, row, column, value }, "rules/ignored", detail);
}

const spaces = (s: string): string => s.replace(/\s+/g, " ").trim();

function legacyOf(code: string, addressee: string): string[] {
  return LEGACY_DEFAULT_TEXTS.filter(
    ([c, a]) => fold(c) === fold(code) && fold(a) === fold(addressee)
  ).map(([, , text]) => text);
}

function isLegacyDefault(code: string, addressee: string, text: string): boolean {
  return legacyOf(code, addressee).some((t) => spaces(t) === spaces(text));
}

/** The defaults with the sheet's texts and numbers applied; what could not be applied is a warning. */
export function readRecommendationRules(
  grid: Grid,
  defaults: readonly RecommendationRule[] = DEFAULT_RULES
): { rules: RecommendationRule[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const rules = defaults.map((r) => ({
    ...r,
    texts: r.texts.map((t) => ({ ...t })),
    params: r.params.map((p) => ({ ...p })),
  }));
  const byCode = new Map(rules.map((r) => [fold(r.code), r]));
  const [codeH, , , textH] = RULE_TEXTS.fields.map((f) => f.header);
  for (const { row, cells } of rowsUnder(
    grid,
    RULE_TEXTS.fields.map((f) => f.header)
  )) {
    const [code, addressee, , text] = cells;
    const target = byCode.get(fold(code))?.texts.find((t) => fold(t.addressee) === fold(addressee));
    if (!target)
      issues.push(
        warn(
          row,
          codeH,
          `правило «${code}» для адресата «${addressee}» не найдено, строка не учтена.`,
          code
        )
      );
    else if (text === "")
      issues.push(
        warn(row, textH, `пустой текст правила ${code}, оставлен текст по умолчанию.`, "")
      );
    else if (isLegacyDefault(code, addressee, text)) {
      // An earlier version's default, not a person's edit: today's default stands.
    } else {
      const known = new Set([
        ...placeholdersOf(target.template),
        ...legacyOf(code, addressee).flatMap(placeholdersOf),
      ]);
      const unknown = placeholdersOf(text).filter((p) => !known.has(p));
      if (unknown.length)
        issues.push(
          warn(
            row,
            textH,
            `в тексте правила ${code} неизвестные подстановки {${unknown.join("}, {")}} — они будут выведены как есть.`,
            text
          )
        );
      target.template = text;
    }
  }
  const valueH = RULE_PARAMS.fields[3].header;
  for (const { row, cells } of rowsUnder(
    grid,
    RULE_PARAMS.fields.map((f) => f.header)
  )) {
    const [code, key, , raw] = cells;
    const param = byCode.get(fold(code))?.params.find((p) => fold(p.key) === fold(key));
    const value = Number(raw.replace(",", "."));
    if (!param || raw === "" || !Number.isFinite(value) || value < 0) {
      issues.push(
        warn(
          row,
          valueH,
          `параметр «${key}» правила «${code}» не распознан (значение «${raw}»), оставлено значение по умолчанию.`,
          raw
        )
      );
    } else param.value = value;
  }
  return { rules, issues };
}
