/**
 * Issue 16 item 5: the attestation term once. Validation (attestation-lapsed) and
 * recommendations (attestation due) give the same day for every category and date,
 * and both follow the calendar's 29 February rule.
 */
import fc from "fast-check";
import type { Worker } from "../../../../src/core/model";
import { attestationDue } from "../../../../src/core/recommend/individual";
import {
  attestationLapsesOn,
  categoryInEffectOn,
  NO_TERM_FROM,
} from "../../../../src/core/rules/attestation";
import { QUALIFICATION_CATEGORY } from "../../../../src/core/schema/values";
import { dayOf } from "../../../../src/core/time/day";

const worker = (category: string | null, granted: number | null): Worker =>
  ({ qualificationCategory: category, attestationDate: granted }) as unknown as Worker;

describe("the attestation term", () => {
  it("is the same day for validation and recommendations", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(null, ...QUALIFICATION_CATEGORY),
        fc.option(fc.integer({ min: dayOf(1990, 1, 1), max: dayOf(2030, 12, 31) })),
        (category, granted) => {
          expect(attestationDue(worker(category, granted), 5)).toBe(
            attestationLapsesOn(category, granted)
          );
        }
      )
    );
  });

  it("ends 5 years on for Соответствие and for Первая/Высшая granted before 01.09.2023 only", () => {
    const [none, conformity, first, highest, methodist] = QUALIFICATION_CATEGORY;
    expect(attestationLapsesOn(conformity, dayOf(2020, 2, 29))).toBe(dayOf(2025, 2, 28));
    expect(attestationLapsesOn(first, NO_TERM_FROM - 1)).toBe(dayOf(2028, 8, 31));
    expect(attestationLapsesOn(highest, NO_TERM_FROM)).toBeNull();
    expect(attestationLapsesOn(methodist, dayOf(2015, 1, 1))).toBeNull();
    expect(attestationLapsesOn(none, dayOf(2015, 1, 1))).toBeNull();
    expect(attestationDue(worker(conformity, dayOf(2020, 1, 10)), 3)).toBe(dayOf(2023, 1, 10));
  });

  describe("a category in effect at the period's end (CATEGORY)", () => {
    const [none, conformity, first, highest, methodist, mentor] = QUALIFICATION_CATEGORY;
    const end = dayOf(2028, 8, 31);
    it("Первая granted 31.08.2023 lapses on 31.08.2028, the end itself; granted 01.09.2023 has no term", () => {
      expect(categoryInEffectOn(first, dayOf(2023, 8, 31), end)).toBe(false);
      expect(categoryInEffectOn(first, dayOf(2023, 8, 31), end - 1)).toBe(true);
      expect(categoryInEffectOn(first, NO_TERM_FROM, end)).toBe(true);
      expect(categoryInEffectOn(highest, NO_TERM_FROM, dayOf(2040, 1, 1))).toBe(true);
    });
    it("granted + 5 years must be later than the end", () => {
      const at = dayOf(2025, 8, 31);
      expect(categoryInEffectOn(highest, dayOf(2020, 8, 31), at)).toBe(false);
      expect(categoryInEffectOn(highest, dayOf(2020, 9, 1), at)).toBe(true);
      expect(categoryInEffectOn(first, dayOf(2019, 3, 1), at)).toBe(false);
    });
    it("Педагог-методист and Педагог-наставник count from 01.09.2023 only", () => {
      const at = dayOf(2025, 8, 31);
      expect(categoryInEffectOn(methodist, dayOf(2019, 5, 20), at)).toBe(false);
      expect(categoryInEffectOn(mentor, NO_TERM_FROM - 1, at)).toBe(false);
      expect(categoryInEffectOn(methodist, NO_TERM_FROM, at)).toBe(true);
      expect(categoryInEffectOn(mentor, dayOf(2025, 8, 31), at)).toBe(true);
    });
    it("СЗД, no category, no date or a grant after the end never count", () => {
      const at = dayOf(2025, 8, 31);
      expect(categoryInEffectOn(conformity, dayOf(2024, 1, 1), at)).toBe(false);
      expect(categoryInEffectOn(none, dayOf(2024, 1, 1), at)).toBe(false);
      expect(categoryInEffectOn(first, null, at)).toBe(false);
      expect(categoryInEffectOn(null, dayOf(2024, 1, 1), at)).toBe(false);
      expect(categoryInEffectOn(highest, at + 1, at)).toBe(false);
    });
  });
});
