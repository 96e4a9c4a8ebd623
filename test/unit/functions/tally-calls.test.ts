/** INDICATOR over a hand-made tally table: sums as the engine does, strict about what it reads. */
import { indicatorDetail, indicatorValue } from "../../../src/functions/indicator-calls";
import { TALLIES } from "../../../src/core/schema";

const header = [TALLIES.keyHeader, "DIAG: числитель", "DIAG: знаменатель", "PART_TIME: число"];
const tally = [
  header,
  ["ОО-1", 3, 10, 2],
  ["ОО-2", "", "", ""], // left out by the engine (e.g. no usable period)
  ["ОО-3", 1, 10, 5],
];

describe("INDICATOR over `Счётчики показателей`", () => {
  it("sums numerators and denominators of all schools (never a mean of shares), skipping empty ones", () => {
    expect(indicatorValue("DIAG", tally, null, null, null)).toBe(20);
    expect(indicatorDetail("DIAG", tally, null, null, null)).toEqual([
      [4, 20, 20, "несоответствие"],
    ]);
    expect(indicatorValue("PART_TIME", tally, null, null, null)).toBe(7);
  });

  it("gives one school's figure by its code, folded; an empty school is «нет данных»", () => {
    expect(indicatorValue("DIAG", tally, "оо-3", null, null)).toBe(10);
    expect(indicatorValue("DIAG", tally, "ОО-2", null, null)).toBe("");
    expect(() => indicatorValue("DIAG", tally, "ОО-9", null, null)).toThrow(
      /нет ОО с кодом «ОО-9»/
    );
  });

  it("says what is wrong instead of guessing", () => {
    expect(() => indicatorValue("IOM", tally, null, null, null)).toThrow(
      /нет столбцов показателя IOM/
    );
    expect(() => indicatorValue("COMMUNITY_COUNT", tally, null, null, null)).toThrow(
      /Сообщества и проекты/
    );
    const broken = [header, ["ОО-1", "три", 10, 2]];
    expect(() => indicatorValue("DIAG", broken, null, null, null)).toThrow(/строка 2: «три»/);
  });
});
