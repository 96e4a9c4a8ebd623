import { analyseEffectiveness } from "../../../../src/core/cycle/effectiveness";
import { TOTAL, result, settings } from "./fixtures";

function next(
  code: string,
  current: number | null,
  previous: number | null,
  target: number | null,
  dir: "≥" | "≤" = "≥",
  nextTarget: number | null = null
) {
  const prev =
    previous === null ? new Map<string, number>() : new Map([[`${code}|total`, previous]]);
  const s = settings([{ code, direction: dir, target, nextTarget }]);
  return analyseEffectiveness(
    [result(code, TOTAL, current, target, dir), result(code, "ОО-1", 1, target, dir)],
    prev,
    [],
    s
  ).nextTargets;
}

describe("proposeNextTargets (through analyseEffectiveness)", () => {
  it("proposes for the total only", () => {
    expect(next("DIAG", 40, 25, 30)).toHaveLength(1);
  });
  it("keeps the person's next-period target from the settings", () => {
    expect(next("DIAG", 40, 25, 30, "≥", 100)[0]).toMatchObject({
      proposed: 100,
      basis: "задано в настройках",
    });
  });
  it("raises a met target by the gain achieved", () => {
    expect(next("DIAG", 40, 25, 30)[0]).toMatchObject({
      proposed: 45,
      basis: "цель достигнута: сдвинута на прирост",
    });
  });
  it("never proposes less than what is already achieved", () => {
    expect(next("DIAG", 60, 55, 30)[0].proposed).toBe(60);
  });
  it("caps shares at 100 but not counts per 100 teachers", () => {
    expect(next("PK_3Y", 100, 80, 95)[0].proposed).toBe(100);
    expect(next("TUTORS_PER_100", 3, 1, 1)[0].proposed).toBe(3);
  });
  it("lowers a met ≤ target by the fall achieved, not below 0", () => {
    expect(next("BURNOUT_HIGH", 10, 20, 15, "≤")[0].proposed).toBe(5);
    expect(next("BURNOUT_HIGH", 1, 30, 15, "≤")[0].proposed).toBe(0);
  });
  it("keeps a missed target, and a target without a value; none without a target", () => {
    expect(next("DIAG", 20, 10, 30)[0]).toMatchObject({
      proposed: 30,
      basis: "цель не достигнута: сохранена",
    });
    expect(next("DIAG", null, 10, 30)[0]).toMatchObject({
      proposed: 30,
      basis: "нет данных: цель сохранена",
    });
    expect(next("CONTEST", 20, 10, null)[0]).toMatchObject({
      proposed: null,
      basis: "цель не задана",
    });
  });
  it("without a previous value keeps the met target at least at the value", () => {
    expect(next("DIAG", 40, null, 30)[0].proposed).toBe(40);
  });
  it("rounds to one decimal", () => {
    expect(next("PK_REG", 6.54, 5.1, 5)[0].proposed).toBe(6.5);
  });
});
