import { buildTrainingPlan } from "../../../../src/core/plan";
import { dayOf } from "../../../../src/core/time/day";
import { PERIOD, school, settings } from "../fixtures/worker";

describe("training plan", () => {
  // period end 31.05.2025, next period end 31.05.2026: due when course + 3 years < 31.05.2026
  it("takes a course whose term ends the day before the next end, not the one ending on it", () => {
    const s = school("ОО-1", [
      { courseDate: dayOf(2023, 5, 30) },
      { courseDate: dayOf(2023, 5, 31) },
    ]);
    const plan = buildTrainingPlan([s], PERIOD, settings());
    expect(plan.entries.map((e) => e.tabNumber)).toEqual(["0001"]);
    expect(plan.entries[0].due).toBe(dayOf(2026, 5, 30));
    expect(plan.entries[0].overdue).toBe(false);
  });

  it("includes workers with no course first, sorted by school then due date", () => {
    const s1 = school("ОО-1", [
      { courseDate: dayOf(2022, 9, 1), deficits: ["Цифровые"], iomDeveloped: false },
      { courseDate: null, courseOrganisation: null },
      { courseDate: dayOf(2021, 1, 1) },
      { courseDate: dayOf(2024, 12, 1) },
      { courseDate: null, hasErrors: true },
      { courseDate: null, employment: "Внешнее совместительство" },
    ]);
    const s0 = school("ОО-0", [{ courseDate: dayOf(2022, 1, 1) }]);
    const plan = buildTrainingPlan([s1, s0], PERIOD, settings());
    expect(plan.entries.map((e) => `${e.schoolCode}/${e.tabNumber}`)).toEqual([
      "ОО-1/0002",
      "ОО-1/0003",
      "ОО-1/0001",
      "ОО-0/0001",
    ]);
    expect(plan.entries[0]).toMatchObject({ due: null, overdue: true });
    expect(plan.entries[1].overdue).toBe(true);
    expect(plan.entries[2]).toMatchObject({
      deficits: ["Цифровые"],
      iomDeveloped: false,
      overdue: false,
    });
    expect(plan.bySchool).toEqual([
      { schoolCode: "ОО-1", schoolName: "МБОУ СОШ № 1", count: 3 },
      { schoolCode: "ОО-0", schoolName: "МБОУ СОШ № 1", count: 1 },
    ]);
    expect(plan.nextEnd).toBe(dayOf(2026, 5, 31));
  });
});
