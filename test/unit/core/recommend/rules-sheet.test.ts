import {
  DEFAULT_RULES,
  buildRecommendations,
  readRecommendationRules,
  recommendationRulesSheet,
} from "../../../../src/core/recommend";
import type { Grid } from "../../../../src/core/model";
import { dayOf } from "../../../../src/core/time/day";
import { PERIOD, school, settings } from "../fixtures/worker";

const asGrid = (cells: unknown[][]): Grid =>
  cells.map((r) => r.map((c) => (c === undefined ? null : c))) as Grid;

describe("rules sheet", () => {
  it("round-trips the defaults unchanged", () => {
    const sheet = recommendationRulesSheet();
    const { rules, issues } = readRecommendationRules(asGrid(sheet.cells));
    expect(issues).toEqual([]);
    expect(rules).toEqual(DEFAULT_RULES);
    expect(sheet.tables?.map((t) => t.name)).toEqual(["ПравилаТексты", "ПравилаПараметры"]);
  });

  it("applies an edited text and threshold and warns about unknown rows", () => {
    const cells = recommendationRulesSheet().cells.map((r) => [...r]);
    const row = cells.findIndex((r) => r[0] === "T_PK_OVERDUE" && r[1] === "Педагог");
    cells[row][3] = "Срочно на курсы ({courseDate}) {oops}";
    const p = cells.findIndex((r) => r[0] === "T_PK_OVERDUE" && r[1] === "years");
    cells[p][3] = "2";
    cells.splice(2, 0, ["NO_SUCH", "МОУО", "", "x"]);
    const { rules, issues } = readRecommendationRules(asGrid(cells));
    expect(issues.map((i) => i.severity)).toEqual(["warning", "warning"]);
    const recs = buildRecommendations({
      schools: [school("ОО-1", [{ courseDate: dayOf(2023, 5, 1) }])],
      results: [],
      settings: settings(),
      period: PERIOD,
      rules,
    });
    expect(recs.find((r) => r.rule === "T_PK_OVERDUE")?.text).toBe(
      "Срочно на курсы (01.05.2023) {oops}"
    );
  });
});

describe("a workbook whose «Правила рекомендаций» has the texts of before issue 13", () => {
  const OLD_SCHOOL =
    "Показатель «{indicator}» ({code}) в ОО: {value} при цели {direction} {target} (отставание {gap}).{workers} Обеспечить участие этих работников в мероприятиях, от которых зависит показатель, и учесть их в персонифицированном техническом задании на повышение квалификации.";
  const OLD_ATTEST =
    "Запланировать аттестацию: срок действия категории «{category}» (аттестация {attestDate}) истекает {dueDate}.";
  const OLD_IOM =
    "Разработать индивидуальный образовательный маршрут на основе выявленных дефицитов ({deficits}); диагностика — {diagDate}.";
  const OLD_MENTOR =
    "Закрепить наставника за молодым специалистом (педагогический стаж {experience} г.) и включить в программу наставничества.";
  const oldSheet = (edit: (code: string, text: string) => string) => {
    const cells = recommendationRulesSheet().cells.map((r) => [...r]);
    for (const row of cells) {
      if (row[0] === "T_IOM_MISSING" && row[1] === "Педагог") row[3] = OLD_IOM;
      if (row[0] === "T_YOUNG_NO_MENTOR" && row[1] === "Педагог") row[3] = OLD_MENTOR;
      if (row[0] === "SCHOOL_BELOW_TARGET" && row[1] === "ОО") row[3] = edit("S", OLD_SCHOOL);
      if (row[0] === "T_ATTEST_DUE" && row[1] === "Педагог") row[3] = edit("A", OLD_ATTEST);
    }
    // the old sheet had no parameter «schools»
    return asGrid(cells.filter((r) => !(r[0] === "IND_BELOW_TARGET" && r[1] === "schools")));
  };
  const run = (rules: ReturnType<typeof readRecommendationRules>["rules"]) =>
    buildRecommendations({
      schools: [
        school("ОО-1", [
          {
            qualificationCategory: "Соответствие занимаемой должности",
            attestationDate: dayOf(2020, 2, 18),
          },
          { diagnosticsDate: null, diagnosticsLevel: null, iomDeveloped: false },
        ]),
      ],
      results: [
        {
          code: "DIAG",
          scope: "ОО-1",
          numerator: 1,
          denominator: 2,
          value: 50,
          target: 60,
          direction: "≥",
          status: "несоответствие",
          previous: null,
          trend: null,
          trendVerdict: null,
        },
      ],
      settings: settings(),
      period: PERIOD,
      rules,
    });

  it("old default texts are recognised and upgraded to today's, without a warning", () => {
    const { rules, issues } = readRecommendationRules(oldSheet((_, t) => t));
    expect(issues).toEqual([]);
    expect(rules).toEqual(DEFAULT_RULES);
    const recs = run(rules);
    const s = recs.find((r) => r.rule === "SCHOOL_BELOW_TARGET")!;
    expect(s.text).toContain("нужен ещё 1 работник");
    expect(s.text).toContain("Кандидаты (табельные номера): 0002.");
    expect(s.text).not.toContain("формирующих");
    const a = recs.find((r) => r.rule === "T_ATTEST_DUE")!;
    expect(a.text).toContain("очередная аттестация на соответствие занимаемой должности");
  });

  it("the texts written before «(отставание — …)» are upgraded too", () => {
    const cells = recommendationRulesSheet().cells.map((r) => [...r]);
    for (const row of cells)
      if (typeof row[3] === "string")
        row[3] = row[3].replace("(отставание — {gap})", "(отставание {gap})");
    const { rules, issues } = readRecommendationRules(asGrid(cells));
    expect(issues).toEqual([]);
    expect(rules).toEqual(DEFAULT_RULES);
  });

  it("a person's edit of an old text keeps the edit and fills the old placeholders sensibly", () => {
    const { rules, issues } = readRecommendationRules(
      oldSheet((_, t) => t.replace("Обеспечить участие", "Срочно обеспечить участие"))
    );
    expect(issues).toEqual([]);
    for (const r of run(rules)) expect(r.text).not.toMatch(/\{[a-zA-Z]+\}|\(\)/);
    const s = run(rules).find((r) => r.rule === "SCHOOL_BELOW_TARGET")!;
    expect(s.text).toContain("Срочно обеспечить участие");
    expect(s.text).toContain("Кандидаты (табельные номера): 0002.");
  });
});
