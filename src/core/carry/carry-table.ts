/**
 * What happens to each `Педагоги` column when last period's row is carried into
 * the next period's pre-filled school workbook (issue 14): `keep` — it describes
 * the person or a last date, still true; `grow` — `Педагогический стаж, лет`
 * grows by the time between the periods; `ask` — an answer about the period
 * itself, left empty and marked «обновите» for the school. One entry per
 * TEACHER_FIELDS key (a unit test checks it); reasons in docs/decisions/template.md.
 */
import type { TeacherKey } from "../schema/teacher-row";

export type CarryRule = "keep" | "grow" | "ask";

export const CARRY_RULES: readonly { key: TeacherKey; rule: CarryRule }[] = [
  { key: "tabNumber", rule: "keep" },
  { key: "fullName", rule: "keep" },
  { key: "sex", rule: "keep" },
  { key: "birthDate", rule: "keep" },
  { key: "workerCategory", rule: "keep" },
  { key: "position", rule: "keep" },
  { key: "subject", rule: "keep" },
  { key: "educationLevel", rule: "keep" },
  { key: "pedagogicalEducation", rule: "keep" },
  { key: "educationMatchesProfile", rule: "keep" },
  { key: "pedExperience", rule: "grow" },
  { key: "qualificationCategory", rule: "keep" },
  { key: "attestationDate", rule: "keep" },
  { key: "diagnosticsDate", rule: "keep" },
  { key: "diagnosticsLevel", rule: "keep" },
  { key: "deficits", rule: "keep" },
  { key: "iomDeveloped", rule: "keep" },
  { key: "courseDate", rule: "keep" },
  { key: "courseOrganisation", rule: "keep" },
  { key: "courseFromDiagnostics", rule: "keep" },
  { key: "courseQualityManagement", rule: "keep" },
  { key: "retrainingSent", rule: "keep" },
  { key: "retrainingCompleted", rule: "keep" },
  { key: "retrainingInRegion", rule: "keep" },
  { key: "contestLevel", rule: "ask" },
  { key: "contestResult", rule: "ask" },
  { key: "expertActivity", rule: "ask" },
  { key: "methodicalAssociation", rule: "ask" },
  { key: "networkCommunities", rule: "ask" },
  { key: "mentor", rule: "ask" },
  { key: "mentee", rule: "ask" },
  { key: "youngSupportProjects", rule: "ask" },
  { key: "skillAssessment", rule: "ask" },
  { key: "burnout", rule: "ask" },
  { key: "managementReserve", rule: "ask" },
  { key: "tutorOrSupervisor", rule: "ask" },
  { key: "specialNeeds", rule: "ask" },
  { key: "giftedChildren", rule: "ask" },
  { key: "note", rule: "keep" },
  { key: "employment", rule: "keep" },
  { key: "courseInRegistry", rule: "keep" },
];

const RULE_OF = new Map<string, CarryRule>(CARRY_RULES.map((r) => [r.key, r.rule]));

export function carryRule(key: string): CarryRule {
  return RULE_OF.get(key) ?? "ask";
}

/** Passport fields the school answers anew for the new period (staffing and yes/no answers). */
export const PASSPORT_ASK_KEYS: readonly string[] = [
  "filledOn",
  "responsible",
  "pedPositions",
  "pedVacancies",
  "mgrPositions",
  "mgrVacancies",
  "mentoringModel",
  "mgrQualityTraining",
  "lowResults",
];
