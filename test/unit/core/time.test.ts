import {
  addYears,
  dayOf,
  dayFromSerial,
  fullYears,
  serialFromDay,
  formatDay,
} from "../../../src/core/time/day";
import { fold } from "../../../src/core/text/fold";

describe("calendar days", () => {
  it("reads Excel serials: 45658 is 01.01.2025", () => {
    expect(formatDay(dayFromSerial(45658))).toBe("01.01.2025");
    expect(serialFromDay(dayOf(2025, 1, 1))).toBe(45658);
  });
  it("counts a birthday on the period's end as reached", () => {
    expect(fullYears(dayOf(1990, 5, 31), dayOf(2025, 5, 31))).toBe(35);
    expect(fullYears(dayOf(1990, 6, 1), dayOf(2025, 5, 31))).toBe(34);
  });
  it("moves 29 February to 28 February in common years", () => {
    expect(formatDay(addYears(dayOf(2024, 2, 29), -3))).toBe("28.02.2021");
    expect(fullYears(dayOf(2000, 2, 29), dayOf(2025, 2, 28))).toBe(25);
    expect(fullYears(dayOf(2000, 2, 29), dayOf(2025, 2, 27))).toBe(24);
  });
});

describe("tolerant text folding", () => {
  it("folds case, spaces and ё", () => {
    expect(fold("  Переподготовка   завершена ")).toBe(fold("переподготовка завершена"));
    expect(fold("Призёр")).toBe(fold("призер"));
  });
  it("reads Latin look-alikes inside Cyrillic words", () => {
    expect(fold("Дa")).toBe(fold("Да"));
    expect(fold("yes")).toBe("yes");
  });
});
