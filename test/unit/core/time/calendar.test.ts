/**
 * The one calendar (time/day.ts, allocation-free) agrees with JavaScript's Date,
 * the independent reference below, on every day of 1890–2110.
 */
import fc from "fast-check";
import {
  addYears as addYearsTo,
  civilDay,
  dayOf,
  daysInMonth,
  daysFromCivil,
  fullYears as fullYearsAt,
  packedYmd,
} from "../../../../src/core/time/day";
import { AgesAt } from "../../../../src/core/validate/ages";

const MS_PER_DAY = 86_400_000;
/** Reference: calendar date of a day through Date. */
function ymdOf(day: number): { year: number; month: number; date: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() };
}
const refDay = (y: number, m: number, d: number): number =>
  Math.floor(Date.UTC(y, m - 1, d) / MS_PER_DAY);
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
/** Reference: same date `years` later through Date, 29 February → 28 February. */
function addYears(day: number, years: number): number {
  const { year, month, date } = ymdOf(day);
  const target = year + years;
  const last = new Date(Date.UTC(target, month, 0)).getUTCDate();
  return refDay(target, month, Math.min(date, last));
}
/** Reference: full years through Date. */
function fullYears(birth: number, at: number): number {
  const b = ymdOf(birth);
  const a = ymdOf(at);
  let years = a.year - b.year;
  if (a.month < b.month || (a.month === b.month && a.date < b.date)) years -= 1;
  if (b.month === 2 && b.date === 29 && a.month === 2 && a.date === 28 && !isLeap(a.year))
    years += 1;
  return years;
}

const days = fc.integer({ min: dayOf(1890, 1, 1), max: dayOf(2110, 12, 31) });

describe("calendar arithmetic", () => {
  it("dayOf is Date.UTC's day for real dates", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1890, max: 2110 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (y, m, d) => {
          expect(dayOf(y, m, d)).toBe(refDay(y, m, d));
        }
      )
    );
  });
  it("round-trips days through year/month/date", () => {
    fc.assert(
      fc.property(days, (d) => {
        const { year, month, date } = ymdOf(d);
        expect(packedYmd(d)).toBe(year * 10000 + month * 100 + date);
        expect(daysFromCivil(year, month, date)).toBe(d);
      })
    );
  });
  it("counts full years and adds years as time/day.ts does", () => {
    fc.assert(
      fc.property(days, days, fc.integer({ min: -30, max: 30 }), (a, b, n) => {
        expect(fullYearsAt(Math.min(a, b), Math.max(a, b))).toBe(
          fullYears(Math.min(a, b), Math.max(a, b))
        );
        expect(addYearsTo(a, n)).toBe(addYears(a, n));
      })
    );
  });
  it("handles 29 February", () => {
    expect(fullYearsAt(dayOf(2000, 2, 29), dayOf(2025, 2, 28))).toBe(25);
    expect(addYearsTo(dayOf(2024, 2, 29), 1)).toBe(dayOf(2025, 2, 28));
  });
});

describe("the bound date-before-age-14 uses", () => {
  it("14 years after any day are at most 14 × 366 days after it", () => {
    fc.assert(
      fc.property(fc.integer({ min: dayOf(1900, 1, 1), max: dayOf(2099, 12, 31) }), (birth) => {
        expect(addYears(birth, 14) - birth).toBeLessThanOrEqual(14 * 366);
      }),
      { numRuns: 2000 }
    );
  });
});

describe("AgesAt", () => {
  it("gives fullYearsAt for any births and days, the remembered day or others", () => {
    const day = fc.integer({ min: dayOf(1850, 1, 1), max: dayOf(2099, 12, 31) });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(day, fc.constantFrom(dayOf(2025, 8, 31), dayOf(2024, 2, 29)), day)),
        (asks) => {
          const ages = new AgesAt();
          for (const [birth, at, other] of asks) {
            expect(ages.age(birth, at)).toBe(fullYearsAt(birth, at));
            expect(ages.age(birth, other)).toBe(fullYearsAt(birth, other));
          }
        }
      ),
      { numRuns: 300 }
    );
  });
});

describe("civilDay", () => {
  it("is daysFromCivil for a real date and NaN otherwise, in and out of the table's years", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1700, max: 2300 }),
        fc.integer({ min: -1, max: 14 }),
        fc.integer({ min: -1, max: 33 }),
        (year, month, date) => {
          const real = month >= 1 && month <= 12 && date >= 1 && date <= daysInMonth(year, month);
          if (real) expect(civilDay(year, month, date)).toBe(daysFromCivil(year, month, date));
          else expect(civilDay(year, month, date)).toBeNaN();
        }
      ),
      { numRuns: 5000 }
    );
  });
});
