import { analyseEffectiveness, judge } from "../../../../src/core/cycle/effectiveness";
import { toPreviousMap } from "../../../../src/core/cycle/previous";
import { effectivenessJson } from "../../../../src/core/cycle/effectiveness-json";
import { TOTAL, measure, result, settings } from "./fixtures";

const current = [
  result("DIAG", TOTAL, 40, 30),
  result("DIAG", "ОО-1", 20, 30),
  result("DIAG", "ОО-2", 60, 30),
  result("BURNOUT_HIGH", TOTAL, 10, 15, "≤"),
  result("BURNOUT_HIGH", "ОО-1", 25, 15, "≤"),
  result("CONTEST", TOTAL, 50),
  result("IOM", TOTAL, null, 10),
];
const previous = toPreviousMap([
  result("DIAG", TOTAL, 25),
  result("DIAG", "ОО-1", 22),
  result("DIAG", "ОО-2", 10),
  result("BURNOUT_HIGH", TOTAL, 20),
  result("BURNOUT_HIGH", "ОО-1", 20),
  result("CONTEST", TOTAL, 50),
  result("IOM", TOTAL, 5),
]);

describe("analyseEffectiveness: indicators", () => {
  const e = analyseEffectiveness(current, previous, [], settings());
  const find = (code: string, scope: string) =>
    e.indicators.find((c) => c.code === code && c.scope === scope)!;

  it("gives previous, current, change and the trend by direction", () => {
    expect(find("DIAG", TOTAL)).toMatchObject({
      previous: 25,
      current: 40,
      change: 15,
      trend: "лучше",
    });
    expect(find("BURNOUT_HIGH", TOTAL)).toMatchObject({ change: -10, trend: "лучше" });
    expect(find("BURNOUT_HIGH", "ОО-1")).toMatchObject({ change: 5, trend: "хуже" });
    expect(find("CONTEST", TOTAL)).toMatchObject({ change: 0, trend: "без изменений" });
  });

  it("tells when the status changed", () => {
    expect(find("DIAG", TOTAL)).toMatchObject({
      statusBefore: "несоответствие",
      statusAfter: "соответствие",
      statusChanged: true,
    });
    expect(find("DIAG", "ОО-1")).toMatchObject({
      statusBefore: "несоответствие",
      statusAfter: "несоответствие",
      statusChanged: false,
    });
    expect(find("BURNOUT_HIGH", TOTAL)).toMatchObject({
      statusBefore: "несоответствие",
      statusAfter: "соответствие",
      statusChanged: true,
    });
    expect(find("IOM", TOTAL)).toMatchObject({
      statusBefore: "несоответствие",
      statusAfter: "нет данных",
      change: null,
      trend: null,
      statusChanged: null,
    });
  });

  it("takes the previous value from the settings where the previous workbook has none", () => {
    const s = settings([
      { code: "DIAG", previous: 35 },
      { code: "CONTEST", previous: 10 },
    ]);
    const e2 = analyseEffectiveness(current, new Map([["CONTEST|total", 45]]), [], s);
    expect(e2.indicators.find((c) => c.code === "DIAG" && c.scope === TOTAL)?.previous).toBe(35);
    expect(e2.indicators.find((c) => c.code === "CONTEST" && c.scope === TOTAL)?.previous).toBe(45);
    expect(e2.indicators.find((c) => c.code === "DIAG" && c.scope === "ОО-1")?.previous).toBeNull();
  });

  it("accepts the previous period's results as an array", () => {
    const e2 = analyseEffectiveness(current, [result("DIAG", TOTAL, 25)], [], settings());
    expect(e2.indicators.find((c) => c.code === "DIAG" && c.scope === TOTAL)?.change).toBe(15);
  });
});

describe("analyseEffectiveness: measures", () => {
  const judged = (m: Parameters<typeof measure>[0]) => measure({ status: "Выполняется", ...m });
  const measures = [
    judged({ row: 2, indicator: "DIAG", level: "муниципальный" }),
    judged({ row: 3, indicator: "DIAG", level: "ОО", schoolCode: "ОО-1" }),
    judged({ row: 4, indicator: "BURNOUT_HIGH", level: "муниципальный" }),
    judged({ row: 5, indicator: "BURNOUT_HIGH", level: "ОО", schoolCode: "ОО-1" }),
    judged({ row: 6, indicator: "IOM", level: "муниципальный" }),
    judged({ row: 7, indicator: "NOPE", level: "муниципальный" }),
    judged({ row: 8, indicator: "DIAG", level: "ОО", schoolCode: "ОО-99" }),
    judged({ row: 9, indicator: "DIAG", level: "ОО", schoolCode: null }),
    judged({ row: 10, indicator: null }),
    judged({ row: 11, indicator: "DIAG", schoolCode: "ОО-2" }),
    judged({ row: 12, indicator: "DIAG", level: "муниципальный", status: "Отменена" }),
    judged({ row: 13, indicator: "CONTEST", level: "муниципальный" }),
  ];
  const e = analyseEffectiveness(current, previous, measures, settings());
  const verdict = (row: number) => e.measures.find((m) => m.measure.row === row)!;

  it("judges by the direction toward the target, in the measure's scope", () => {
    expect(verdict(2)).toMatchObject({ scope: TOTAL, change: 15, verdict: "эффективна" });
    expect(verdict(3)).toMatchObject({ scope: "ОО-1", change: -2, verdict: "неэффективна" });
    expect(verdict(4)).toMatchObject({ verdict: "эффективна" });
    expect(verdict(5)).toMatchObject({ change: 5, verdict: "неэффективна" });
    expect(verdict(11)).toMatchObject({ scope: "ОО-2", verdict: "эффективна" });
  });

  it("says «нет данных» for a missing value, an unknown code or school, no indicator; a cancelled measure is «не оценивается»", () => {
    expect(verdict(6)).toMatchObject({ verdict: "нет данных", previous: 5, current: null });
    expect(verdict(7).verdict).toBe("нет данных");
    expect(verdict(7).reason).toContain("NOPE");
    expect(verdict(8).reason).toContain("ОО-99");
    expect(verdict(9).verdict).toBe("нет данных");
    expect(verdict(10).verdict).toBe("нет данных");
    expect(verdict(12).verdict).toBe("не оценивается");
  });

  it("without a target, judges by the direction alone (no change is not effective)", () => {
    expect(verdict(13)).toMatchObject({ change: 0, verdict: "неэффективна" });
  });

  it("gives no verdict without a previous value", () => {
    const e2 = analyseEffectiveness(current, new Map(), [measures[0]], settings());
    expect(e2.measures[0]).toMatchObject({ verdict: "нет данных", current: 40, previous: null });
  });
});

describe("judge", () => {
  it.each([
    [20, 25, 30, "≥", "эффективна"], // gap shrank
    [20, 35, 30, "≥", "эффективна"], // target reached
    [50, 40, 30, "≥", "неэффективна"], // meets the target but fell
    [40, 40, 30, "≥", "неэффективна"], // meets the target, no change
    [25, 20, 30, "≥", "неэффективна"],
    [25, 25, 30, "≥", "неэффективна"],
    [20, 18, 15, "≤", "эффективна"],
    [20, 22, 15, "≤", "неэффективна"],
    [10, 12, null, "≥", "эффективна"],
    [10, 12, null, "≤", "неэффективна"],
  ] as const)("%p → %p (target %p, %p) is %p", (prev, cur, target, dir, expected) => {
    expect(judge(prev, cur, target, dir).verdict).toBe(expected);
  });
});

describe("effectiveness: the exact rules of recommendations.md (issue 13, point 1)", () => {
  const cur = [
    result("PK_REG", TOTAL, 4.5, 5),
    result("DIAG_REG", TOTAL, 8.85, 5),
    result("IOM", TOTAL, 12, 10),
    result("PART_TIME", TOTAL, 7, null, "—"),
  ];
  const prev = toPreviousMap([
    result("PK_REG", TOTAL, 3),
    result("DIAG_REG", TOTAL, 9.34),
    result("IOM", TOTAL, 12),
    result("PART_TIME", TOTAL, 34),
  ]);
  const m = (row: number, indicator: string, status: Parameters<typeof measure>[0]["status"]) =>
    measure({ row, indicator, level: "муниципальный", status });
  const e = analyseEffectiveness(
    cur,
    prev,
    [
      m(2, "PK_REG", "Выполнена"),
      m(3, "DIAG_REG", "Выполнена"),
      m(4, "IOM", "Выполняется"),
      m(5, "PK_REG", "Запланирована"),
      m(6, "PK_REG", "Отменена"),
      m(7, "PK_REG", null),
      m(8, "PART_TIME", "Выполнена"),
    ],
    settings()
  );
  const v = (row: number) => e.measures.find((x) => x.measure.row === row)!;
  const ind = (code: string) => e.indicators.find((c) => c.code === code && c.scope === TOTAL)!;

  it("a measure «Выполнена» whose indicator improved but missed the target is «эффективна»", () => {
    expect(v(2)).toMatchObject({ previous: 3, current: 4.5, verdict: "эффективна" });
    expect(v(2).reason).toContain("цель ещё не достигнута");
  });

  it("fell while meeting the target: «неэффективна», «цель достигнута, но показатель ухудшился»", () => {
    expect(v(3).verdict).toBe("неэффективна");
    expect(v(3).reason).toBe("цель достигнута, но показатель ухудшился");
  });

  it("a change of 0 is «неэффективна» even with the target met", () => {
    expect(v(4)).toMatchObject({ change: 0, verdict: "неэффективна" });
  });

  it("Запланирована, Отменена and no status are «не оценивается»", () => {
    for (const row of [5, 6, 7]) expect(v(row).verdict).toBe("не оценивается");
    expect(v(5).reason).toContain("Запланирована");
  });

  it("a measure not judged still shows the figures it has: before, after and change", () => {
    for (const row of [5, 6])
      expect(v(row)).toMatchObject({
        previous: 3,
        current: 4.5,
        change: 1.5,
        verdict: "не оценивается",
      });
    const json = effectivenessJson(e).measures.find((x) => x.row === 6);
    expect(json).toMatchObject({ before: 3, after: 4.5, verdict: "не оценивается" });
  });

  it("a neutral indicator: change without better/worse, its measure not judged", () => {
    expect(ind("PART_TIME")).toMatchObject({ change: -27, trend: null, better: null });
    expect(v(8).verdict).toBe("не оценивается");
  });

  it("`better` follows the direction; 0 change is not better", () => {
    expect(ind("PK_REG").better).toBe(true);
    expect(ind("DIAG_REG").better).toBe(false);
    expect(ind("IOM").better).toBe(false);
  });

  it("no previous value: «нет данных» for the verdict and for «Статус изменился»", () => {
    const none = analyseEffectiveness(cur, new Map(), [m(2, "PK_REG", "Выполнена")], settings());
    expect(none.measures[0].verdict).toBe("нет данных");
    const c = none.indicators.find((x) => x.code === "PK_REG")!;
    expect(c).toMatchObject({ previous: null, statusChanged: null, better: null });
  });
});
