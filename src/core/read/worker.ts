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

export type WorkerBuilder = (values: readonly unknown[], row: number, schoolCode: string, hasErrors: boolean) => Worker;

export function makeWorkerBuilder(fields: readonly FieldSpec[]): WorkerBuilder {
  const at = (key: string): number => fields.findIndex((f) => f.key === key);
  const missing = TEACHERS.fields.find((f) => at(f.key) < 0);
  if (missing) throw new Error(`Schema: sheet lacks ${missing.key}`);
  const i = Object.fromEntries(TEACHERS.fields.map((f) => [f.key, at(f.key)])) as Record<string, number>;
  const src = at("sourceFile");
  const srcRow = at("sourceRow");
  const text = (v: unknown): string | null => (v as string | null) ?? null;
  const day = (v: unknown): Day | null => (v as Day | null) ?? null;
  const num = (v: unknown): number | null => (v as number | null) ?? null;
  const yes = (v: unknown): boolean | null => (v as boolean | null) ?? null;
  return (v, row, schoolCode, hasErrors) => {
    const worker: Worker = {
      schoolCode,
      row,
      hasErrors,
      tabNumber: (v[i.tabNumber] as string | null) ?? "",
      fullName: text(v[i.fullName]),
      sex: text(v[i.sex]),
      birthDate: day(v[i.birthDate]),
      workerCategory: text(v[i.workerCategory]),
      position: text(v[i.position]),
      subject: text(v[i.subject]),
      educationLevel: text(v[i.educationLevel]),
      pedagogicalEducation: yes(v[i.pedagogicalEducation]),
      educationMatchesProfile: yes(v[i.educationMatchesProfile]),
      pedExperience: num(v[i.pedExperience]),
      qualificationCategory: text(v[i.qualificationCategory]),
      attestationDate: day(v[i.attestationDate]),
      diagnosticsDate: day(v[i.diagnosticsDate]),
      diagnosticsLevel: text(v[i.diagnosticsLevel]),
      deficits: (v[i.deficits] as string[] | null) ?? [],
      iomDeveloped: yes(v[i.iomDeveloped]),
      courseDate: day(v[i.courseDate]),
      courseOrganisation: text(v[i.courseOrganisation]),
      courseFromDiagnostics: v[i.courseFromDiagnostics] === true,
      courseQualityManagement: v[i.courseQualityManagement] === true,
      retrainingSent: yes(v[i.retrainingSent]),
      retrainingCompleted: yes(v[i.retrainingCompleted]),
      retrainingInRegion: v[i.retrainingInRegion] === true,
      contestLevel: text(v[i.contestLevel]),
      contestResult: text(v[i.contestResult]),
      expertActivity: yes(v[i.expertActivity]),
      methodicalAssociation: yes(v[i.methodicalAssociation]),
      networkCommunities: yes(v[i.networkCommunities]),
      mentor: yes(v[i.mentor]),
      mentee: yes(v[i.mentee]),
      youngSupportProjects: yes(v[i.youngSupportProjects]),
      skillAssessment: text(v[i.skillAssessment]),
      burnout: text(v[i.burnout]),
      managementReserve: yes(v[i.managementReserve]),
      tutorOrSupervisor: yes(v[i.tutorOrSupervisor]),
      specialNeeds: yes(v[i.specialNeeds]),
      giftedChildren: yes(v[i.giftedChildren]),
      note: text(v[i.note]),
      employment: (v[i.employment] as string | null) ?? EMPLOYMENT[0],
      courseInRegistry: v[i.courseInRegistry] === true,
    };
    if (src >= 0 || srcRow >= 0) {
      worker.sourceFile = src >= 0 ? text(v[src]) : null;
      worker.sourceRow = srcRow >= 0 ? num(v[srcRow]) : null;
    }
    return worker;
  };
}
