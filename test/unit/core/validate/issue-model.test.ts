/**
 * Issue 16 item 3: one issue model. Every code the program uses is in the one
 * table (the IssueCode union makes a code outside it a type error; this scans
 * the sources for code literals at run time), the table is well formed, issues
 * are made only by makeIssue, and the Russian message is rendered from the
 * structured fields at the edge (renderIssue) in the frame the code names.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { Issue } from "../../../../src/core/model";
import {
  CODES,
  ISSUE_CODES,
  isIssueCode,
  type IssueCode,
} from "../../../../src/core/validate/codes";
import { expectedOf, makeIssue, renderIssue } from "../../../../src/core/validate/message";

const SRC = join(__dirname, "../../../../src");
const FAMILIES = [
  "sheet",
  "field",
  "fields",
  "cell",
  "row",
  "settings",
  "custom",
  "measures",
  "rules",
  "file",
  "consolidate",
];
const CODE_LITERAL = new RegExp(
  `["'\`]((?:${FAMILIES.join("|")})/[a-z0-9-]+(?:/[a-z0-9-]+)*)["'\`]`,
  "g"
);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const files = sources(SRC).map((path) => ({
  path: relative(SRC, path),
  text: readFileSync(path, "utf8"),
}));
const used = new Map<string, string>();
for (const { path, text } of files)
  for (const m of text.matchAll(CODE_LITERAL)) used.set(m[1], path);

// Type level: a code outside the table does not compile.
// @ts-expect-error "cell/unknown" is not an IssueCode
const notACode: IssueCode = "cell/unknown";
void notACode;

describe("the issue code table", () => {
  it("holds every code literal found in src", () => {
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter(([code]) => !isIssueCode(code)).map(([c, p]) => `${c} (${p})`);
    expect(missing).toEqual([]);
  });

  it("has no code that nothing in src uses", () => {
    const table = Object.keys(ISSUE_CODES);
    expect(table.filter((code) => !used.has(code))).toEqual([]);
  });

  it("gives each code a severity, a Russian title, a frame and its structured fields", () => {
    const frames = ["cell", "sheet", "sheet-row", "sheet-row-column", "sheet-cell", "row", "plain"];
    const fields = ["file", "sheet", "row", "column", "value", "expected"];
    for (const [code, info] of Object.entries(ISSUE_CODES)) {
      expect([code, ["error", "warning"].includes(info.severity)]).toEqual([code, true]);
      expect([code, /^[А-ЯЁ].*[а-яё]/.test(info.title)]).toEqual([code, true]);
      expect([code, frames.includes(info.frame)]).toEqual([code, true]);
      expect([code, info.fields.every((f) => fields.includes(f))]).toEqual([code, true]);
    }
  });

  it("keeps the validation family (CODES) inside the one table", () => {
    for (const code of Object.keys(CODES)) expect(isIssueCode(code)).toBe(true);
  });
});

describe("one factory", () => {
  it("no file but the table and the factory writes an issue's severity by hand", () => {
    const own = [join("core", "validate", "message.ts"), join("core", "validate", "codes.ts")];
    const byHand = files
      .filter(({ path }) => !own.includes(path))
      .filter(({ text }) => /severity:\s*(?:"error"|"warning")\s*,|severity:\s*CODES\[/.test(text))
      .map(({ path }) => path);
    expect(byHand).toEqual([]);
  });

  it("takes the severity from the table and the place as structured fields", () => {
    const issue = makeIssue(
      { file: "ОО-1.xlsx", sheet: "Педагоги", row: 5, column: "Стаж", columnIndex: 7, raw: -3 },
      "cell/minimum",
      "меньше {min}. Введите число не меньше {min}.",
      { min: 0 }
    );
    expect(issue).toEqual({
      file: "ОО-1.xlsx",
      sheet: "Педагоги",
      row: 5,
      column: "Стаж",
      columnIndex: 7,
      code: "cell/minimum",
      severity: "error",
      value: "-3",
      expected: "0",
      detail: "меньше 0. Введите число не меньше 0.",
    });
  });
});

describe("expectedOf, what a check's params expect", () => {
  it("records both bounds when a check names both, else the one bound or the list", () => {
    expect(expectedOf({ age: 15, min: 16, max: 100 })).toBe("16–100");
    expect(expectedOf({ min: 0 })).toBe("0");
    expect(expectedOf({ max: 255, length: 300 })).toBe("255");
    expect(expectedOf({ allowed: "«Да», «Нет»" })).toBe("«Да», «Нет»");
    expect(expectedOf({ age: 15 })).toBeUndefined();
    expect(expectedOf(undefined)).toBeUndefined();
  });
});

describe("renderIssue, the Russian message at the edge", () => {
  const at = (code: IssueCode, place: Partial<Issue>, detail: string): string =>
    renderIssue(makeIssue({ sheet: "Лист", row: null, column: null, ...place }, code, detail));

  it("writes each frame", () => {
    expect(at("cell/enum", { row: 3, column: "Пол", value: "X" }, "нет в списке.")).toBe(
      "Лист, строка 3, «Пол»: «X» — нет в списке."
    );
    expect(at("cell/required", { row: 3, column: "Пол", value: "" }, "обязательное поле.")).toBe(
      "Лист, строка 3, «Пол»: пусто — обязательное поле."
    );
    expect(at("sheet/missing", {}, "нет листа.")).toBe("Лист: нет листа.");
    expect(at("sheet/far-cell", { row: 9 }, "значение далеко.")).toBe("Лист: значение далеко.");
    expect(at("settings/direction", { row: 4, column: "Направление" }, "не распознано.")).toBe(
      "Лист «Лист», строка 4: не распознано."
    );
    expect(at("settings/number", { row: 4, column: "Цель" }, "не число.")).toBe(
      "Лист «Лист», строка 4, столбец «Цель»: не число."
    );
    expect(at("custom/code-taken", { row: 12, column: "Код", columnIndex: 27 }, "занят.")).toBe(
      "Лист «Лист», ячейка AB12 («Код»): занят."
    );
    expect(at("measures/level-unknown", { row: 6, column: "Уровень" }, "не распознан.")).toBe(
      "Строка 6: не распознан."
    );
    expect(at("file/unreadable", { file: "a.xls" }, "Файл «a.xls» в старом формате.")).toBe(
      "Файл «a.xls» в старом формате."
    );
  });

  it("says a required cell reads empty because of a formula without a saved value, not «пусто»", () => {
    const issue = makeIssue(
      { sheet: "Педагоги", row: 5, column: "Пол", raw: null },
      "cell/required",
      "заполните."
    );
    issue.unsavedFormula = "C5";
    issue.detail = "сохраните файл.";
    expect(renderIssue(issue)).toBe(
      "Педагоги, строка 5, «Пол»: в ячейке C5 формула без сохранённого значения, программа видит её пустой — сохраните файл."
    );
    expect(issue.value).toBe("");
  });
});
