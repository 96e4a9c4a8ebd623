import { neededWorkers } from "../../../../src/core/indicators/needed";

const share = (numerator: number, denominator: number, target: number, direction: "≥" | "≤") =>
  neededWorkers({ numerator, denominator, target, direction });

describe("gap to target in workers", () => {
  it("≥: the smallest k with 100 × (n + k) / d ≥ T", () => {
    expect(share(9, 40, 30, "≥")).toBe(3); // 12/40 = 30 %
    expect(share(12, 40, 30, "≥")).toBe(0);
    expect(share(11, 40, 30, "≥")).toBe(1);
    expect(share(0, 7, 30, "≥")).toBe(3); // 3/7 = 42,9 %, 2/7 = 28,6 %
    expect(share(3, 10, 30, "≥")).toBe(0); // 30,000000000000004 is not short of 30
    expect(share(0, 3, 100, "≥")).toBe(3);
  });

  it("≤: the smallest k with 100 × (n − k) / d ≤ T", () => {
    expect(share(5, 20, 10, "≤")).toBe(3); // 2/20 = 10 %
    expect(share(2, 20, 10, "≤")).toBe(0);
    expect(share(3, 20, 10, "≤")).toBe(1);
    expect(share(7, 7, 0, "≤")).toBe(7);
  });

  it("TUTORS_PER_100: tutors needed for 1 per 100 teachers", () => {
    expect(share(0, 132, 1, "≥")).toBe(2); // 1 per 100 of 132 teachers: 1,32 → 2 tutors
    expect(share(1, 100, 1, "≥")).toBe(0);
    expect(share(1, 101, 1, "≥")).toBe(1);
  });

  it("is null without a target or a denominator", () => {
    expect(neededWorkers({ numerator: 1, denominator: 0, target: 30, direction: "≥" })).toBeNull();
    expect(
      neededWorkers({ numerator: 1, denominator: 5, target: null, direction: "≥" })
    ).toBeNull();
    expect(
      neededWorkers({ numerator: null, denominator: null, target: 3, direction: "≤" })
    ).toBeNull();
  });
});
