/**
 * Issue 13, point 4: IND_BELOW_TARGET and SCHOOL_BELOW_TARGET quote `needed`
 * (indicators.md, gap to target) for ≥, ≤ and TUTORS_PER_100, the schools that
 * need the most, a deadline and (for a school) the responsible party.
 */
import { buildRecommendations, responsibleFor } from "../../../../src/core/recommend";
import { CATALOG } from "../../../../src/core/indicators/catalog";
import type { IndicatorResult } from "../../../../src/core/indicators/types";
import { consolidate } from "../../../../src/core/consolidate";
import { reportJson } from "../../../../src/core/report";
import { PERIOD, result, school, settings } from "../fixtures/worker";

const schools = ["ОО-1", "ОО-2", "ОО-3", "ОО-4"].map((c) => school(c));
const recs = (results: IndicatorResult[], s = settings()) =>
  buildRecommendations({ schools, results, settings: s, period: PERIOD }).filter(
    (r) => r.addressee !== "Педагог"
  );
const below = { status: "несоответствие" as const };

describe("IND_BELOW_TARGET with needed", () => {
  it("≥: needed, the three schools that need the most, deadline, no Latin code", () => {
    const out = recs([
      // 100 × (10 + k) / 40 ≥ 30 → k = 2
      result({ code: "DIAG", numerator: 10, denominator: 40, value: 25, target: 30, ...below }),
      // own needed: ОО-1 1, ОО-2 3, ОО-3 0 (met), ОО-4 2
      result({
        code: "DIAG",
        scope: "ОО-1",
        numerator: 2,
        denominator: 10,
        value: 20,
        target: 30,
        ...below,
      }),
      result({
        code: "DIAG",
        scope: "ОО-2",
        numerator: 0,
        denominator: 10,
        value: 0,
        target: 30,
        ...below,
      }),
      result({
        code: "DIAG",
        scope: "ОО-3",
        numerator: 7,
        denominator: 10,
        value: 70,
        target: 30,
        status: "соответствие",
      }),
      result({
        code: "DIAG",
        scope: "ОО-4",
        numerator: 1,
        denominator: 10,
        value: 10,
        target: 30,
        ...below,
      }),
    ]).filter((r) => r.rule === "IND_BELOW_TARGET");
    expect(out.map((r) => r.addressee)).toEqual(["МОУО", "ЦНППМ"]);
    for (const r of out) {
      expect(r.needed).toBe(2);
      expect(r.text).toContain("Для достижения цели по муниципалитету нужно ещё 2 работника.");
      expect(r.text).toContain(
        "Больше всего нужно: ОО-2 (МБОУ СОШ № 1) — 3 работника; ОО-4 (МБОУ СОШ № 1) — 2 работника; ОО-1 (МБОУ СОШ № 1) — 1 работник."
      );
      expect(r.text).toContain("До 31.05.2026");
      expect(r.text).not.toContain("(DIAG)");
      expect(r.text).not.toMatch(/\{[a-zA-Z]+\}/);
    }
  });

  it("≤: the numerator must shrink by needed", () => {
    const [moou] = recs([
      // 100 × (8 − k) / 40 ≤ 10 → k = 4
      result({
        code: "BURNOUT_HIGH",
        numerator: 8,
        denominator: 40,
        value: 20,
        target: 10,
        direction: "≤",
        ...below,
      }),
    ]);
    expect(moou.needed).toBe(4);
    expect(moou.text).toContain(
      "Для достижения цели по муниципалитету число работников, учтённых в показателе, должно уменьшиться на 4."
    );
  });

  it("TUTORS_PER_100: 1 tutor per 250 teachers against a target of 1 needs 2 more", () => {
    const out = recs([
      result({
        code: "TUTORS_PER_100",
        numerator: 1,
        denominator: 250,
        value: 0.4,
        target: 1,
        ...below,
      }),
    ]).filter((r) => r.rule === "IND_BELOW_TARGET");
    // methodical work: МОУО, ЦНППМ and ММС
    expect(out.map((r) => r.addressee)).toEqual(["МОУО", "ЦНППМ", "ММС"]);
    expect(out[0].needed).toBe(2);
    expect(out[0].text).toContain("нужно ещё 2 работника");
    expect(out[0].text).toContain("0,4 на 100 педагогов при цели ≥ 1,0 на 100 педагогов");
  });

  it("an indicator that is not a share of people has needed null and names the lagging schools by gap", () => {
    const out = recs([
      result({
        code: "MENTORING_SCHOOLS",
        numerator: 1,
        denominator: 4,
        value: 25,
        target: 50,
        ...below,
      }),
      result({ code: "MENTORING_SCHOOLS", scope: "ОО-1", value: 0, target: 50, ...below }),
    ]).filter((r) => r.rule === "IND_BELOW_TARGET");
    expect(out[0].needed).toBeNull();
    expect(out[0].text).not.toContain("Для достижения цели");
    expect(out[0].text).toContain("Наибольшее отставание: ОО-1 (МБОУ СОШ № 1) — 50,0 п. п.");
  });
});

describe("SCHOOL_BELOW_TARGET with needed, deadline and responsible", () => {
  it("33 candidates, one tutor needed: candidates, not «формирующие отставание»", () => {
    const many = school(
      "ОО-1",
      Array.from({ length: 33 }, () => ({ tutorOrSupervisor: false }))
    );
    const [rec] = buildRecommendations({
      schools: [many],
      results: [
        result({
          code: "TUTORS_PER_100",
          scope: "ОО-1",
          numerator: 0,
          denominator: 33,
          value: 0,
          target: 1,
          ...below,
        }),
      ],
      settings: settings(),
      period: PERIOD,
    }).filter((r) => r.rule === "SCHOOL_BELOW_TARGET");
    expect(rec.needed).toBe(1);
    expect(rec.teachers).toHaveLength(33);
    expect(rec.text).toContain("Для достижения цели нужен ещё 1 работник.");
    expect(rec.text).toMatch(
      /Кандидаты \(табельные номера\): 0001, 0002, .*, 0033; из них нужно выбрать 1\./
    );
    expect(rec.text).not.toContain("формирующих отставание");
  });

  it("when every candidate is needed, the text says so", () => {
    const two = school("ОО-1", [{ tutorOrSupervisor: false }, { tutorOrSupervisor: false }]);
    const [rec] = buildRecommendations({
      schools: [two],
      results: [
        result({
          code: "CONTEST",
          scope: "ОО-1",
          numerator: 0,
          denominator: 2,
          value: 0,
          target: 100,
          ...below,
        }),
      ],
      settings: settings(),
      period: PERIOD,
    }).filter((r) => r.rule === "SCHOOL_BELOW_TARGET");
    expect(rec.needed).toBe(2);
    expect(rec.text).toContain("нужно ещё 2 педагога.");
    expect(rec.text).toContain("Кандидаты (табельные номера): 0001, 0002; нужны все.");
  });

  it("the responsible party: the profile's passport, else Настройки, else a line to fill", () => {
    const entry = CATALOG.find((e) => e.code === "DIAG_REG")!;
    const s = settings();
    expect(responsibleFor(entry, s, "003")).toBe("МКУ «ЦМТО»");
    expect(responsibleFor(entry, s, "001")).toBe("Муниципальная методическая служба");
    s.official = { ...s.official, responsible: "Отдел образования" };
    expect(responsibleFor(entry, s, "001")).toBe("Отдел образования");
    s.official = { ...s.official, responsible: "" };
    expect(responsibleFor(undefined, s, "001")).toBe("________");
  });
});

describe("JSON recommendations[].needed", () => {
  it("carries needed for ≥, ≤ and TUTORS_PER_100, null for the rest", () => {
    const results = [
      result({ code: "DIAG", numerator: 10, denominator: 40, value: 25, target: 30, ...below }),
      result({
        code: "BURNOUT_HIGH",
        numerator: 8,
        denominator: 40,
        value: 20,
        target: 10,
        direction: "≤",
        ...below,
      }),
      result({
        code: "TUTORS_PER_100",
        numerator: 1,
        denominator: 250,
        value: 0.4,
        target: 1,
        ...below,
      }),
      result({ code: "COMMUNITY_COUNT", value: 1, target: 3, ...below }),
    ];
    const consolidation = consolidate(schools, []);
    const json = reportJson({
      consolidation,
      results,
      coverage: [],
      settings: settings(),
      recommendations: buildRecommendations({
        schools,
        results,
        settings: settings(),
        period: PERIOD,
      }),
    });
    const needed = (code: string) =>
      json.recommendations
        .filter((r) => r.rule === "IND_BELOW_TARGET" && r.indicator === code)
        .map((r) => r.needed);
    expect(needed("DIAG")).toEqual([2, 2]);
    // МОУО only: ПК programmes are not the lever for burnout (NO_PK_LEVER).
    expect(needed("BURNOUT_HIGH")).toEqual([4]);
    expect(needed("TUTORS_PER_100")).toEqual([2, 2, 2]);
    expect(needed("COMMUNITY_COUNT")).toEqual([null, null, null]);
  });
});
