/**
 * Issue 13, point 7: `Рекомендации` lists each worker once, the actions in
 * priority order (law first: ПК, аттестация; then diagnostics, ИОМ, mentoring,
 * retraining, burnout); the JSON keeps one entry per rule and worker, with `needed`.
 */
import { consolidate } from "../../../../src/core/consolidate";
import { defaultSettings } from "../../../../src/core/indicators/defaults";
import { computeIndicators } from "../../../../src/core/indicators/engine";
import { buildRecommendations, joinActions, perWorker } from "../../../../src/core/recommend";
import { recommendationsSheet, reportJson, type ReportInput } from "../../../../src/core/report";
import {
  columnPx,
  linesOf,
  printLayout,
  printableWidthPx,
} from "../../../../src/core/report/print-layout";
import { teachersCell } from "../../../../src/core/report/recommendations-sheet";
import { dayOf } from "../../../../src/core/time/day";
import { school } from "../fixtures/worker";

function input(withNames = false): ReportInput {
  const consolidation = consolidate(
    [
      school("ОО-1", [
        {
          // T_PK_OVERDUE, T_ATTEST_DUE, T_DIAG_MISSING, T_RETRAIN_NEEDED, T_BURNOUT_HIGH
          courseDate: null,
          courseOrganisation: null,
          qualificationCategory: "Первая",
          attestationDate: dayOf(2020, 3, 1),
          diagnosticsDate: dayOf(2021, 3, 10),
          iomDeveloped: false,
          pedagogicalEducation: false,
          retrainingCompleted: false,
          burnout: "Высокий",
        },
        { educationMatchesProfile: false },
        {},
      ]),
    ],
    []
  );
  const settings = defaultSettings();
  const { results, coverage, tallies } = computeIndicators(consolidation.included, settings);
  const recommendations = buildRecommendations({
    schools: consolidation.included,
    results,
    settings,
    period: consolidation.period!,
  });
  return { consolidation, results, coverage, settings, recommendations, tallies, withNames };
}

describe("Рекомендации, part 2: one line per worker", () => {
  const sheet = recommendationsSheet(input());
  const header = sheet.cells.findIndex((r) => r[0] === "Код ОО");
  const rows = sheet.cells.slice(header + 1);

  it("lists each worker once, in priority order, numbered, without codes in the text", () => {
    expect(sheet.cells[header]).toEqual([
      "Код ОО",
      "Табельный номер",
      "Число рекомендаций",
      "Правила",
      "Рекомендации (в порядке очерёдности)",
    ]);
    expect(rows.map((r) => r[1])).toEqual(["0001", "0002"]);
    const [first, second] = rows;
    // burnout is private in the municipal sheet: 4 actions, not 5
    expect(first[2]).toBe(4);
    expect(first[3]).toBe(
      "Повышение квалификации; Аттестация; Диагностика профессиональных дефицитов; Профессиональная переподготовка"
    );
    const text = String(first[4]);
    expect(text).toMatch(
      /^1\) направить на повышение квалификации: .*; 2\) запланировать аттестацию: срок действия категории «Первая» истёк 01\.03\.2025 .*; 3\) направить на диагностику профессиональных дефицитов .*; 4\) направить на профессиональную переподготовку педагогической направленности\.$/
    );
    expect(text).not.toMatch(/T_[A-Z_]+/);
    expect(second[4]).toBe(
      "Направить на профессиональную переподготовку по профилю преподаваемого предмета (математика)."
    );
  });

  it("the JSON keeps one entry per rule and worker, each with needed", () => {
    const json = reportJson(input());
    const mine = json.recommendations.filter((r) => r.teacher === "0001");
    expect(mine.map((r) => r.rule).sort()).toEqual(
      ["T_ATTEST_DUE", "T_DIAG_MISSING", "T_PK_OVERDUE", "T_RETRAIN_NEEDED"].sort()
    );
    for (const r of json.recommendations) expect(r).toHaveProperty("needed");
    expect(mine.every((r) => r.needed === null)).toBe(true);
  });

  it("with names, the ФИО takes the third column", () => {
    const named = recommendationsSheet(input(true));
    expect(named.cells.find((r) => r[0] === "Код ОО")?.[2]).toBe("ФИО");
  });
});

describe("joinActions and perWorker", () => {
  it("one action stays as written; several are numbered with abbreviations kept", () => {
    expect(joinActions(["Направить на ПК."])).toBe("Направить на ПК.");
    expect(joinActions(["Направить на ПК.", "ИОМ разработать."])).toBe(
      "1) направить на ПК; 2) ИОМ разработать."
    );
  });
  it("sorts by priority whatever the input order, per school and worker", () => {
    const rec = (rule: string, scope: string, teacher: string) => ({
      rule,
      addressee: "Педагог" as const,
      scope,
      indicator: null,
      teacher,
      text: rule,
    });
    const lines = perWorker([
      rec("T_BURNOUT_HIGH", "ОО-1", "7"),
      rec("T_IOM_MISSING", "ОО-1", "7"),
      rec("T_PK_OVERDUE", "ОО-2", "7"),
      rec("T_ATTEST_DUE", "ОО-1", "7"),
    ]);
    expect(lines.map((l) => [l.scope, l.rules])).toEqual([
      ["ОО-1", ["T_ATTEST_DUE", "T_IOM_MISSING", "T_BURNOUT_HIGH"]],
      ["ОО-2", ["T_PK_OVERDUE"]],
    ]);
  });
});

/**
 * On paper (issue 13, «Printing»): the demo printed 37 pages, part 2's «Правила» wrapped over
 * 5–6 lines in a 16-wide column and part 1 printed each school's candidates twice (in the text
 * and in «Табельные номера»). Landscape at no less than 65 %, titles in three lines at most,
 * the text about a hundred characters a line, each list once.
 */
describe("Рекомендации printed", () => {
  it("writes the workers in «Табельные номера» only when the text does not list them already", () => {
    const text = "Нужно ещё 2 работника. Кандидаты (табельные номера): 0002, 0003, 0005; из них 2.";
    expect(teachersCell({ text, teachers: ["0002", "0003", "0005"] })).toBeNull();
    // Another order, or a person's edited text without the list: the column keeps it.
    expect(teachersCell({ text, teachers: ["0003", "0002", "0005"] })).toBe("0003, 0002, 0005");
    expect(teachersCell({ text: "Организовать сопровождение.", teachers: ["1", "2"] })).toBe(
      "1, 2"
    );
    expect(teachersCell({ text, teachers: [] })).toBeNull();
    expect(teachersCell({ text })).toBeNull();
  });

  it("prints landscape at a legible scale, titles in three lines, the text about 100 characters a line", () => {
    const printed = printLayout(recommendationsSheet(input()));
    expect(printed.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: true });
    const px = (printed.columns ?? []).reduce((sum, c) => sum + columnPx(c.width ?? 8.43), 0);
    expect(printableWidthPx("landscape") / px).toBeGreaterThanOrEqual(0.65);
    const widths = printed.columns!.map((c) => c.width!);
    const titles =
      "Повышение квалификации; Индивидуальный образовательный маршрут; Переподготовка по профилю предмета";
    expect(linesOf(titles, Math.floor(widths[3] - 1))).toBeLessThanOrEqual(3);
    expect(widths[4]).toBeGreaterThanOrEqual(95);
  });
});
