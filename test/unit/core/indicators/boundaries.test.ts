/** Calendar boundaries: birthdays on the period's end, exactly 3 years, 29 February. */
import { latestBirthWithAge } from "../../../../src/core/indicators/school-context";
import { fullYears } from "../../../../src/core/time/day";
import { d, school, worker } from "./fixtures";
import { figures, find, resultsOf } from "./helpers";

describe("age at the period's end (31.08.2025)", () => {
  test("a 36th birthday on the end date makes the worker not young; the day after keeps him young", () => {
    expect(
      figures("AGE_U35", [
        worker({ birthDate: d(1989, 8, 31) }),
        worker({ birthDate: d(1989, 9, 1) }),
      ])
    ).toEqual([1, 2, 50]);
  });

  test("pension age 2025: Ж 59, М 64, reached on the end date", () => {
    const rows = [
      worker({ sex: "Ж", birthDate: d(1966, 8, 31) }),
      worker({ sex: "Ж", birthDate: d(1966, 9, 1) }),
      worker({ sex: "М", birthDate: d(1961, 8, 31) }),
      worker({ sex: "М", birthDate: d(1961, 9, 1) }),
    ];
    expect(figures("PENSION", rows)).toEqual([2, 4, 50]);
  });

  test("pension ages follow the schedule by the end year", () => {
    const at = (y: number) =>
      resultsOf([
        school("ОО-1", [worker({ sex: "М", birthDate: d(1960, 1, 1) })], {
          passport: { periodStart: d(y - 1, 9, 1), periodEnd: d(y, 8, 31) },
        }),
      ]);
    // born 1960: 62 in 2022, 63 in 2023, 64 in 2024 (below 64 needed 2025–2026), 67 in 2027
    expect(find(at(2022).results, "PENSION").value).toBe(100);
    expect(find(at(2023).results, "PENSION").value).toBe(100);
    expect(find(at(2025).results, "PENSION").value).toBe(100);
    const young = (y: number) =>
      resultsOf([
        school("ОО-1", [worker({ sex: "М", birthDate: d(y - 63, 12, 1) })], {
          passport: { periodStart: d(y - 1, 9, 1), periodEnd: d(y, 8, 31) },
        }),
      ]);
    expect(find(young(2024).results, "PENSION").value).toBe(0); // 62 full years < 63
    expect(find(young(2022).results, "PENSION").value).toBe(100); // 62 ≥ 62
  });

  test("born on 29 February: of age on 28 February of a common year", () => {
    const feb = { passport: { periodStart: d(2024, 3, 1), periodEnd: d(2025, 2, 28) } };
    const { results } = resultsOf([
      school(
        "ОО-1",
        [
          worker({ sex: "Ж", birthDate: d(1964, 2, 29) }),
          worker({ sex: "Ж", birthDate: d(1966, 3, 1) }),
        ],
        feb
      ),
    ]);
    expect(fullYears(d(1964, 2, 29), d(2023, 2, 28))).toBe(59);
    // end year 2025: Ж 59; born 29.02.1964 is 60, born 01.03.1966 is 58
    expect(find(results, "PENSION").numerator).toBe(1);
  });

  test("the birth cut-off agrees with fullYears around 29 February", () => {
    for (const end of [d(2025, 2, 28), d(2024, 2, 29), d(2024, 2, 28), d(2025, 3, 1)]) {
      for (const years of [35, 36, 59, 64]) {
        const cut = latestBirthWithAge(end, years);
        expect(fullYears(cut, end)).toBeGreaterThanOrEqual(years);
        expect(fullYears(cut + 1, end)).toBeLessThan(years);
      }
    }
  });
});

describe("PK_3Y: from the same calendar date 3 years before the end, up to the end", () => {
  test("exactly 3 years counts, the day before does not", () => {
    const rows = [d(2022, 8, 31), d(2022, 8, 30), d(2025, 8, 31)].map((c) =>
      worker({ courseDate: c, courseOrganisation: "Региональная" })
    );
    expect(figures("PK_3Y", rows).slice(0, 2)).toEqual([2, 3]);
  });

  test("a period ending on 29 February starts the window on 28 February", () => {
    const leap = { passport: { periodStart: d(2027, 3, 1), periodEnd: d(2028, 2, 29) } };
    const rows = [d(2025, 2, 28), d(2025, 2, 27)].map((c) =>
      worker({ courseDate: c, courseOrganisation: "Региональная" })
    );
    const { results } = resultsOf([school("ОО-1", rows, leap)]);
    expect([find(results, "PK_3Y").numerator, find(results, "PK_3Y").denominator]).toEqual([1, 2]);
  });

  test("managers count (ALL), external part-timers do not", () => {
    const rows = [
      worker({
        workerCategory: "Заместитель руководителя",
        courseDate: d(2024, 1, 1),
        courseOrganisation: "Региональная",
      }),
      worker({
        employment: "Внешнее совместительство",
        courseDate: d(2024, 1, 1),
        courseOrganisation: "Региональная",
      }),
    ];
    expect(figures("PK_3Y", rows)).toEqual([1, 1, 100]);
  });
});
