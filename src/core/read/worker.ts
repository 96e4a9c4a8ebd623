/**
 * Turns a row's parsed values (schema order of the sheet being read) into a
 * Worker. The field positions are resolved once per sheet, so building a worker
 * is one object literal with a stable shape.
 */
import type { Worker } from "../model";
import type { FieldSpec } from "../schema/types";
import { TEACHERS } from "../schema/school";
import { EMPLOYMENT } from "../schema/values";
import type { Day } from "../time/day";

/** Position of each Worker field among the `Педагоги` columns, resolved once. */
function position(key: string): number {
  return TEACHERS.fields.findIndex((f) => f.key === key);
}
const K_tabNumber = position("tabNumber");
const K_fullName = position("fullName");
const K_sex = position("sex");
const K_birthDate = position("birthDate");
const K_workerCategory = position("workerCategory");
const K_position = position("position");
const K_subject = position("subject");
const K_educationLevel = position("educationLevel");
const K_pedagogicalEducation = position("pedagogicalEducation");
const K_educationMatchesProfile = position("educationMatchesProfile");
const K_pedExperience = position("pedExperience");
const K_qualificationCategory = position("qualificationCategory");
const K_attestationDate = position("attestationDate");
const K_diagnosticsDate = position("diagnosticsDate");
const K_diagnosticsLevel = position("diagnosticsLevel");
const K_deficits = position("deficits");
const K_iomDeveloped = position("iomDeveloped");
const K_courseDate = position("courseDate");
const K_courseOrganisation = position("courseOrganisation");
const K_courseFromDiagnostics = position("courseFromDiagnostics");
const K_courseQualityManagement = position("courseQualityManagement");
const K_retrainingSent = position("retrainingSent");
const K_retrainingCompleted = position("retrainingCompleted");
const K_retrainingInRegion = position("retrainingInRegion");
const K_contestLevel = position("contestLevel");
const K_contestResult = position("contestResult");
const K_expertActivity = position("expertActivity");
const K_methodicalAssociation = position("methodicalAssociation");
const K_networkCommunities = position("networkCommunities");
const K_mentor = position("mentor");
const K_mentee = position("mentee");
const K_youngSupportProjects = position("youngSupportProjects");
const K_skillAssessment = position("skillAssessment");
const K_burnout = position("burnout");
const K_managementReserve = position("managementReserve");
const K_tutorOrSupervisor = position("tutorOrSupervisor");
const K_specialNeeds = position("specialNeeds");
const K_giftedChildren = position("giftedChildren");
const K_note = position("note");
const K_employment = position("employment");
const K_courseInRegistry = position("courseInRegistry");

/** Shared by every worker without deficits (parsed lists are shared and frozen too). */
export const NO_DEFICITS: string[] = Object.freeze([]) as unknown as string[];

/** A parsed value as a Worker field holds it (the row loop keeps values as unknown). */
export const asText = (v: unknown): string | null => (v as string | null) ?? null;
export const asDay = (v: unknown): Day | null => (v as Day | null) ?? null;
export const asNumber = (v: unknown): number | null => (v as number | null) ?? null;
export const asYesNo = (v: unknown): boolean | null => (v as boolean | null) ?? null;
export const asDeficits = (v: unknown): string[] => (v as string[] | null) ?? NO_DEFICITS;

export type WorkerBuilder = (
  values: readonly unknown[],
  row: number,
  schoolCode: string,
  hasErrors: boolean
) => Worker;

export function makeWorkerBuilder(fields: readonly FieldSpec[]): WorkerBuilder {
  const at = (key: string): number => fields.findIndex((f) => f.key === key);
  const missing = TEACHERS.fields.find((f) => at(f.key) < 0);
  if (missing) throw new Error(`Schema: sheet lacks ${missing.key}`);
  // The sheet holds the 41 columns in schema order from `o` on (a consolidated sheet puts `Код ОО` first).
  const o = at(TEACHERS.fields[0].key);
  const misplaced = TEACHERS.fields.find((f, k) => at(f.key) !== o + k);
  if (misplaced) throw new Error(`Schema: ${misplaced.key} out of order`);
  const src = at("sourceFile");
  const srcRow = at("sourceRow");
  const text = asText;
  const day = asDay;
  const num = asNumber;
  const yes = asYesNo;
  return (v, row, schoolCode, hasErrors) => {
    const worker: Worker = {
      schoolCode,
      row,
      hasErrors,
      tabNumber: (v[o + K_tabNumber] as string | null) ?? "",
      fullName: text(v[o + K_fullName]),
      sex: text(v[o + K_sex]),
      birthDate: day(v[o + K_birthDate]),
      workerCategory: text(v[o + K_workerCategory]),
      position: text(v[o + K_position]),
      subject: text(v[o + K_subject]),
      educationLevel: text(v[o + K_educationLevel]),
      pedagogicalEducation: yes(v[o + K_pedagogicalEducation]),
      educationMatchesProfile: yes(v[o + K_educationMatchesProfile]),
      pedExperience: num(v[o + K_pedExperience]),
      qualificationCategory: text(v[o + K_qualificationCategory]),
      attestationDate: day(v[o + K_attestationDate]),
      diagnosticsDate: day(v[o + K_diagnosticsDate]),
      diagnosticsLevel: text(v[o + K_diagnosticsLevel]),
      deficits: asDeficits(v[o + K_deficits]),
      iomDeveloped: yes(v[o + K_iomDeveloped]),
      courseDate: day(v[o + K_courseDate]),
      courseOrganisation: text(v[o + K_courseOrganisation]),
      courseFromDiagnostics: v[o + K_courseFromDiagnostics] === true,
      courseQualityManagement: v[o + K_courseQualityManagement] === true,
      retrainingSent: yes(v[o + K_retrainingSent]),
      retrainingCompleted: yes(v[o + K_retrainingCompleted]),
      retrainingInRegion: v[o + K_retrainingInRegion] === true,
      contestLevel: text(v[o + K_contestLevel]),
      contestResult: text(v[o + K_contestResult]),
      expertActivity: yes(v[o + K_expertActivity]),
      methodicalAssociation: yes(v[o + K_methodicalAssociation]),
      networkCommunities: yes(v[o + K_networkCommunities]),
      mentor: yes(v[o + K_mentor]),
      mentee: yes(v[o + K_mentee]),
      youngSupportProjects: yes(v[o + K_youngSupportProjects]),
      skillAssessment: text(v[o + K_skillAssessment]),
      burnout: text(v[o + K_burnout]),
      managementReserve: yes(v[o + K_managementReserve]),
      tutorOrSupervisor: yes(v[o + K_tutorOrSupervisor]),
      specialNeeds: yes(v[o + K_specialNeeds]),
      giftedChildren: yes(v[o + K_giftedChildren]),
      note: text(v[o + K_note]),
      employment: (v[o + K_employment] as string | null) ?? EMPLOYMENT[0],
      courseInRegistry: v[o + K_courseInRegistry] === true,
    };
    if (src >= 0 || srcRow >= 0) {
      worker.sourceFile = src >= 0 ? text(v[src]) : null;
      worker.sourceRow = srcRow >= 0 ? num(v[srcRow]) : null;
    }
    return worker;
  };
}
