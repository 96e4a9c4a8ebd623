import { buildRecommendations, municipalView } from "../../../../src/core/recommend";
import type { IndicatorResult } from "../../../../src/core/indicators/types";
import { dayOf } from "../../../../src/core/time/day";
import { PERIOD, result, school, settings } from "../fixtures/worker";

const base = { settings: settings(), period: PERIOD };
const indicatorRecs = (schools = [school("ОО-1")], results: IndicatorResult[] = []) =>
  buildRecommendations({ ...base, schools, results }).filter((r) => r.addressee !== "Педагог");

describe("IND_BELOW_TARGET", () => {
  it("goes to МОУО and ЦНППМ with value, target and gap", () => {
    const recs = indicatorRecs(undefined, [
      result({
        code: "DIAG",
        value: 25,
        target: 30,
        status: "несоответствие",
        numerator: 10,
        denominator: 40,
      }),
    ]);
    expect(recs.map((r) => r.addressee)).toEqual(["МОУО", "ЦНППМ"]);
    expect(recs[0].text).toContain(
      "Доля педагогических работников и управленческих кадров, прошедших диагностику"
    );
    expect(recs[0].text).toContain("25,0 %");
    expect(recs[0].text).toContain("≥ 30,0 %");
    expect(recs[0].text).toContain("5,0 п. п.");
    expect(recs[0]).toMatchObject({ rule: "IND_BELOW_TARGET", scope: "total", indicator: "DIAG" });
  });
  it("writes counts with their unit and agreement: «14 человек при цели ≤ 5 человек (отставание — 9 человек)»", () => {
    const recs = indicatorRecs(undefined, [
      result({ code: "PART_TIME", value: 14, target: 5, direction: "≤", status: "несоответствие" }),
      result({ code: "VAC_PED", value: 3, target: 1, direction: "≤", status: "несоответствие" }),
    ]);
    const part = recs.find((r) => r.indicator === "PART_TIME")!.text;
    expect(part).toContain("14 человек при цели ≤ 5 человек (отставание — 9 человек)");
    const vac = recs.find((r) => r.indicator === "VAC_PED")!.text;
    expect(vac).toContain("3 единицы при цели ≤ 1 единица (отставание — 2 единицы)");
  });
  it("does not send ЦНППМ a ПК programme advice where ПК is not the lever", () => {
    const codes = [
      "PENSION",
      "BURNOUT_HIGH",
      "VAC_PED",
      "VAC_MGR",
      "PART_TIME",
      "AGE_U35",
      "EXP_U3",
      "STAFFING",
    ];
    const recs = indicatorRecs(
      undefined,
      codes.map((code) =>
        result({ code, value: 50, target: 10, direction: "≤", status: "несоответствие" })
      )
    );
    expect(recs.filter((r) => r.rule === "IND_BELOW_TARGET").map((r) => r.addressee)).toEqual(
      codes.map(() => "МОУО")
    );
    expect(recs.some((r) => r.text.includes("программах ПК и ПП"))).toBe(false);
  });
  it("adds ММС for methodical-work indicators", () => {
    const recs = indicatorRecs(undefined, [
      result({ code: "MENTORS", value: 5, target: 10, status: "несоответствие" }),
    ]);
    expect(recs.map((r) => r.addressee)).toEqual(["МОУО", "ЦНППМ", "ММС"]);
  });
  it("says nothing when the target is met or not set", () => {
    expect(
      indicatorRecs(undefined, [
        result({ code: "DIAG", value: 35, target: 30, status: "соответствие" }),
      ])
    ).toEqual([]);
    expect(
      indicatorRecs(undefined, [result({ code: "DIAG", value: 5, status: "цель не задана" })])
    ).toEqual([]);
  });
});

describe("SCHOOL_BELOW_TARGET", () => {
  const s = school("ОО-1", [
    { diagnosticsDate: dayOf(2024, 10, 1) },
    { diagnosticsDate: null, diagnosticsLevel: null, iomDeveloped: false },
    { diagnosticsDate: dayOf(2022, 1, 1) },
    { diagnosticsDate: null, diagnosticsLevel: null, iomDeveloped: false, hasErrors: true },
    {
      diagnosticsDate: null,
      diagnosticsLevel: null,
      iomDeveloped: false,
      employment: "Внешнее совместительство",
    },
  ]);
  it("names the workers of the denominator outside the numerator as candidates, with needed", () => {
    const recs = indicatorRecs(
      [s],
      [
        result({
          code: "DIAG",
          scope: "ОО-1",
          numerator: 1,
          denominator: 3,
          value: 33.3,
          target: 50,
          status: "несоответствие",
        }),
      ]
    );
    expect(recs).toHaveLength(1);
    expect(recs[0]).toMatchObject({
      rule: "SCHOOL_BELOW_TARGET",
      addressee: "ОО",
      scope: "ОО-1",
      teachers: ["0002", "0003"],
      needed: 1,
    });
    // 100 × (1 + 1) / 3 = 66,7 ≥ 50: one of the two candidates closes the gap
    expect(recs[0].text).toContain("Для достижения цели нужен ещё 1 работник.");
    expect(recs[0].text).toContain(
      "Кандидаты (табельные номера): 0002, 0003; из них нужно выбрать 1."
    );
    expect(recs[0].text).not.toContain("формирующих отставание");
    expect(recs[0].text).not.toContain("(DIAG)");
    // deadline: the next period's end; responsible: the settings' default
    expect(recs[0].text).toContain("Срок — до 31.05.2026");
    expect(recs[0].text).toContain("ответственный — Муниципальная методическая служба.");
  });
  it("counts but never names workers for burnout", () => {
    const b = school("ОО-1", [{ burnout: "Высокий" }, { burnout: "Низкий" }]);
    const recs = indicatorRecs(
      [b],
      [
        result({
          code: "BURNOUT_HIGH",
          scope: "ОО-1",
          value: 50,
          target: 10,
          direction: "≤",
          status: "несоответствие",
        }),
      ]
    );
    expect(recs[0].teachers).toBeUndefined();
    expect(recs[0].text).not.toContain("формирующих отставание");
    expect(recs[0].text).not.toContain("Кандидаты");
    expect(recs[0].text).not.toContain("0001");
  });
  it("gives no worker list for school-share indicators", () => {
    const recs = indicatorRecs(
      [s],
      [
        result({
          code: "MENTORING_SCHOOLS",
          scope: "ОО-1",
          value: 0,
          target: 50,
          status: "несоответствие",
        }),
      ]
    );
    expect(recs[0].teachers).toBeUndefined();
    expect(recs[0].text).not.toContain("{workers}");
  });
});

describe("DEFICIT_FOCUS", () => {
  it("names the three most frequent deficits of the diagnosed in the period, with shares", () => {
    const s = school("ОО-1", [
      { deficits: ["Цифровые", "Методические"] },
      { deficits: ["Цифровые", "Предметные"] },
      { deficits: ["Цифровые", "Методические", "Инклюзивные"] },
      { deficits: ["Воспитательные"] },
      { deficits: ["Воспитательные", "Методические"], diagnosticsDate: dayOf(2023, 1, 1) },
    ]);
    const recs = indicatorRecs([s]).filter((r) => r.rule === "DEFICIT_FOCUS");
    expect(recs.map((r) => r.addressee)).toEqual(["ЦНППМ", "МОУО"]);
    expect(recs[0].text).toContain(
      "Цифровые — 3 чел. (75,0 %); Методические — 2 чел. (50,0 %); Предметные — 1 чел. (25,0 %)"
    );
    expect(recs[0].text).toContain("(4 чел.)");
  });
  it("is silent when no deficits were diagnosed", () => {
    expect(indicatorRecs([school("ОО-1")]).filter((r) => r.rule === "DEFICIT_FOCUS")).toEqual([]);
  });
});

describe("SCHOOL_BEST_PRACTICE", () => {
  const schools = ["ОО-1", "ОО-2", "ОО-3", "ОО-4", "ОО-5"].map((c) => school(c));
  const r = (scope: string, value: number, status: IndicatorResult["status"] = "соответствие") =>
    result({ code: "DIAG", scope, value, target: 30, status });
  it("picks the top quarter of at least 4 schools that meet the target", () => {
    const recs = indicatorRecs(schools, [
      r("ОО-1", 90),
      r("ОО-2", 80),
      r("ОО-3", 40),
      r("ОО-4", 35),
      r("ОО-5", 20, "несоответствие"),
    ]).filter((x) => x.rule === "SCHOOL_BEST_PRACTICE");
    // ceil(5 / 4) = 2 best
    expect(recs.map((x) => [x.addressee, x.scope])).toEqual([
      ["ММС", "ОО-1"],
      ["ММС", "ОО-2"],
    ]);
    expect(recs[0].text).toContain("ОО-1 (МБОУ СОШ № 1)");
  });
  it("needs at least 4 schools with a value", () => {
    const recs = indicatorRecs(schools, [r("ОО-1", 90), r("ОО-2", 80), r("ОО-3", 40)]);
    expect(recs.filter((x) => x.rule === "SCHOOL_BEST_PRACTICE")).toEqual([]);
  });
  it("a top school that misses the target is not a best practice", () => {
    const recs = indicatorRecs(schools, [
      r("ОО-1", 25, "несоответствие"),
      r("ОО-2", 20, "несоответствие"),
      r("ОО-3", 10, "несоответствие"),
      r("ОО-4", 5, "несоответствие"),
    ]);
    expect(recs.filter((x) => x.rule === "SCHOOL_BEST_PRACTICE")).toEqual([]);
  });
});

describe("municipalView", () => {
  it("turns burnout into one count per school and keeps the rest", () => {
    const s = school("ОО-1", [
      { burnout: "Высокий" },
      { burnout: "Высокий", educationMatchesProfile: false },
    ]);
    const recs = buildRecommendations({ ...base, schools: [s], results: [] });
    const view = municipalView(recs);
    const burnout = view.filter((r) => r.rule === "T_BURNOUT_HIGH");
    expect(burnout).toEqual([
      expect.objectContaining({ addressee: "ОО", scope: "ОО-1", teacher: null }),
    ]);
    expect(burnout[0].text).toContain("— 2 работника.");
    expect(view.filter((r) => r.rule === "T_PROFILE_MISMATCH")).toHaveLength(1);
  });
});

describe("SCHOOL_BEST_PRACTICE ties", () => {
  const schools = ["ОО-1", "ОО-2", "ОО-3", "ОО-4", "ОО-5"].map((c) => school(c));
  const r = (scope: string, value: number) =>
    result({ code: "DIAG", scope, value, target: 30, status: "соответствие" });
  const best = (values: number[]) =>
    indicatorRecs(
      schools,
      values.map((v, i) => r(`ОО-${i + 1}`, v))
    )
      .filter((x) => x.rule === "SCHOOL_BEST_PRACTICE")
      .map((x) => x.scope);
  it("no one stands out when all schools tie", () => {
    expect(best([50, 50, 50, 50, 50])).toEqual([]);
  });
  it("schools tied at the edge of the top quarter are all in it", () => {
    expect(best([90, 80, 80, 40, 35])).toEqual(["ОО-1", "ОО-2", "ОО-3"]);
  });
});

describe("SCHOOL_BEST_PRACTICE on many schools (sorted once, same choice as comparing every pair)", () => {
  // The rule's definition, written pairwise: fewer than k schools strictly better, at least one worse.
  const pairwise = (values: number[], down: boolean, statuses: boolean[]): string[] => {
    const better = (a: number, b: number) => (down ? a < b : a > b);
    const k = Math.max(1, Math.ceil(values.length / 4));
    return values.flatMap((v, i) => {
      const ahead = values.filter((o) => better(o, v)).length;
      const behind = values.some((o) => better(v, o));
      return statuses[i] && ahead < k && behind ? [`ОО-${i + 1}`] : [];
    });
  };
  it.each([
    ["≥", false],
    ["≤", true],
  ] as const)("direction %s: 200 schools with ties", (direction, down) => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const values = Array.from({ length: 200 }, () => Math.round(random() * 20) * 5);
    const statuses = values.map(() => random() > 0.2);
    const schools = values.map((_, i) => school(`ОО-${i + 1}`));
    const results = values.map((value, i) =>
      result({
        code: "DIAG",
        scope: `ОО-${i + 1}`,
        value,
        target: 30,
        direction,
        status: statuses[i] ? "соответствие" : "несоответствие",
      })
    );
    const chosen = indicatorRecs(schools, results)
      .filter((x) => x.rule === "SCHOOL_BEST_PRACTICE")
      .map((x) => x.scope);
    expect(chosen).toEqual(pairwise(values, down, statuses));
    expect(chosen.length).toBeGreaterThan(0);
  });
});
