import { catalogEntry } from "../../../../src/core/indicators/catalog";
import { cellDirection } from "../../../../src/core/indicators/settings-cells";
import { statusOf, trendOf } from "../../../../src/core/indicators/status";
import { neededWorkers } from "../../../../src/core/indicators/needed";

describe("neutral indicators (indicators.md: a trend without «лучше/хуже», no status)", () => {
  it("PART_TIME, AGE_U35 and EXP_U3 are neutral by default; the rest are judged", () => {
    expect(["PART_TIME", "AGE_U35", "EXP_U3"].map((c) => catalogEntry(c)?.direction)).toEqual([
      "—",
      "—",
      "—",
    ]);
    expect(catalogEntry("PENSION")?.direction).toBe("≤");
    expect(catalogEntry("DIAG")?.direction).toBe("≥");
  });

  it("a neutral value has no status and its trend is not judged", () => {
    expect(statusOf(7, 5, "—")).toBe("цель не задана");
    expect(statusOf(null, 5, "—")).toBe("нет данных");
    expect(trendOf(7, 9.59, "—")).toEqual({ trend: 7 - 9.59, trendVerdict: null });
    expect(trendOf(7, 9.59, "≥").trendVerdict).toBe("хуже");
    expect(neededWorkers({ numerator: 1, denominator: 10, target: 50, direction: "—" })).toBeNull();
  });

  it("a person makes an indicator neutral, or gives a neutral one a direction, in Настройки", () => {
    expect(cellDirection("—")).toBe("—");
    expect(cellDirection("нет")).toBe("—");
    expect(cellDirection("Нейтральный")).toBe("—");
    expect(cellDirection("≥")).toBe("≥");
    expect(cellDirection("")).toBeNull();
    expect(cellDirection("вверх")).toBeUndefined();
  });
});
