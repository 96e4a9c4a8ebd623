/**
 * Issue 16 item 5: the attestation term once. Validation (attestation-lapsed) and
 * recommendations (attestation due) give the same day for every category and date,
 * and both follow the calendar's 29 February rule.
 */
import fc from "fast-check";
import type { Worker } from "../../../../src/core/model";
import { attestationDue } from "../../../../src/core/recommend/individual";
import { attestationLapsesOn, NO_TERM_FROM } from "../../../../src/core/rules/attestation";
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
});
