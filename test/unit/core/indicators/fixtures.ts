/**
 * Rows and schools for the indicator tests: the shared fixtures (test/unit/core/fixtures)
 * with indicator-neutral defaults — a pedagogical worker at his main job with nothing done
 * in a period ending 31.08.2025 — so that each test turns on only what it counts.
 */
import type { Community, Passport, SchoolData, Worker } from "../../../../src/core/model";
import { dayOf } from "../../../../src/core/time/day";
import * as shared from "../fixtures/worker";

export const START = dayOf(2024, 9, 1);
export const END = dayOf(2025, 8, 31);
export const d = dayOf;

let counter = 0;

/** A pedagogical worker at his main job with nothing done in the period; override what a test needs. */
export function worker(overrides: Partial<Worker> = {}): Worker {
  counter += 1;
  return shared.worker({
    row: counter + 1,
    tabNumber: String(counter).padStart(4, "0"),
    birthDate: dayOf(1980, 5, 10),
    pedExperience: 10,
    qualificationCategory: "Без категории",
    attestationDate: null,
    diagnosticsDate: null,
    diagnosticsLevel: null,
    iomDeveloped: false,
    courseDate: null,
    courseOrganisation: null,
    courseFromDiagnostics: false,
    methodicalAssociation: false,
    ...overrides,
  });
}

export function passport(overrides: Partial<Passport> = {}): Passport {
  return shared.passport({
    schoolName: "Школа № 1",
    municipality: "Район",
    periodStart: START,
    periodEnd: END,
    filledOn: null,
    responsible: null,
    pedPositions: 10,
    ...overrides,
  });
}

export function community(overrides: Partial<Community> = {}): Community {
  return shared.community({
    type: "Проект поддержки молодых педагогов",
    title: "Школа молодого педагога",
    ...overrides,
  });
}

export function school(
  code: string,
  workers: Worker[],
  extra: { passport?: Partial<Passport>; communities?: Community[]; bad?: string[] } = {}
): SchoolData {
  return {
    file: `${code}.xlsx`,
    passport: passport({ schoolCode: code, ...extra.passport }),
    badPassportFields: extra.bad ?? [],
    workers: workers.map((w) => ({ ...w, schoolCode: code })),
    communities: (extra.communities ?? []).map((c) => ({ ...c, schoolCode: code })),
    issues: [],
  };
}
