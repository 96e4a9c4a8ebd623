/** The settings the spec gives when `Настройки` is silent. */
import { CATALOG } from "./catalog";
import type { OfficialDetails, PensionAge, Settings, Target } from "./types";

/** The 2018 pension reform's schedule by the period's end year (indicators.md, Terms). */
export const DEFAULT_PENSION_AGES: readonly PensionAge[] = [
  { fromYear: 1900, male: 62, female: 57 },
  { fromYear: 2023, male: 63, female: 58 },
  { fromYear: 2025, male: 64, female: 59 },
  { fromYear: 2027, male: 65, female: 60 },
];

export const DEFAULT_YOUNG_AGE_LIMIT = 35;
export const DEFAULT_BEGINNER_EXPERIENCE = 3;

export function defaultTargets(): Map<string, Target> {
  const targets = new Map<string, Target>();
  for (const e of CATALOG) {
    targets.set(e.code, {
      code: e.code,
      direction: e.direction,
      target: e.target,
      nextTarget: e.nextTarget,
      previous: null,
    });
  }
  return targets;
}

/** Nothing filled yet; the default responsible party is neutral, never one district's institution. */
export function defaultOfficialDetails(): OfficialDetails {
  return {
    authority: "",
    act: "",
    signerPosition: "",
    signerName: "",
    noteDate: null,
    contact: "",
    replyBy: null,
    responsible: "Муниципальная методическая служба",
  };
}

export function defaultSettings(): Settings {
  return {
    targets: defaultTargets(),
    youngAgeLimit: DEFAULT_YOUNG_AGE_LIMIT,
    beginnerExperience: DEFAULT_BEGINNER_EXPERIENCE,
    pensionAges: DEFAULT_PENSION_AGES.map((p) => ({ ...p })),
    official: defaultOfficialDetails(),
  };
}
