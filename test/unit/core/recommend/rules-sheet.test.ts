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
