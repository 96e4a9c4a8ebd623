/**
 * One getter per Worker field. A generic `w[field]` inside a shared closure
 * sees every field name at one load site and turns megamorphic (a hash lookup
 * per row and condition); a getter per field keeps each load monomorphic,
 * which makes the one-pass engine several times faster on 100,000 rows.
 */
import type { Worker } from "../model";
import type { WorkerField } from "./conditions";

export type Getter = (w: Worker) => unknown;

export const GET: Record<WorkerField, Getter> = {
  schoolCode: (w) => w.schoolCode,
  tabNumber: (w) => w.tabNumber,
  fullName: (w) => w.fullName,
  sex: (w) => w.sex,
  birthDate: (w) => w.birthDate,
  workerCategory: (w) => w.workerCategory,
  position: (w) => w.position,
  subject: (w) => w.subject,
  educationLevel: (w) => w.educationLevel,
  pedagogicalEducation: (w) => w.pedagogicalEducation,
  educationMatchesProfile: (w) => w.educationMatchesProfile,
  pedExperience: (w) => w.pedExperience,
  qualificationCategory: (w) => w.qualificationCategory,
  attestationDate: (w) => w.attestationDate,
  diagnosticsDate: (w) => w.diagnosticsDate,
  diagnosticsLevel: (w) => w.diagnosticsLevel,
  deficits: (w) => w.deficits,
  iomDeveloped: (w) => w.iomDeveloped,
  courseDate: (w) => w.courseDate,
  courseOrganisation: (w) => w.courseOrganisation,
  courseFromDiagnostics: (w) => w.courseFromDiagnostics,
  courseQualityManagement: (w) => w.courseQualityManagement,
  retrainingSent: (w) => w.retrainingSent,
  retrainingCompleted: (w) => w.retrainingCompleted,
  retrainingInRegion: (w) => w.retrainingInRegion,
  contestLevel: (w) => w.contestLevel,
  contestResult: (w) => w.contestResult,
  expertActivity: (w) => w.expertActivity,
  methodicalAssociation: (w) => w.methodicalAssociation,
  networkCommunities: (w) => w.networkCommunities,
  mentor: (w) => w.mentor,
  mentee: (w) => w.mentee,
  youngSupportProjects: (w) => w.youngSupportProjects,
  skillAssessment: (w) => w.skillAssessment,
  burnout: (w) => w.burnout,
  managementReserve: (w) => w.managementReserve,
  tutorOrSupervisor: (w) => w.tutorOrSupervisor,
  specialNeeds: (w) => w.specialNeeds,
  giftedChildren: (w) => w.giftedChildren,
  note: (w) => w.note,
  employment: (w) => w.employment,
  courseInRegistry: (w) => w.courseInRegistry,
};

export function getter(field: WorkerField): Getter {
  const get = GET[field];
  if (!get) throw new Error(`Показатель ссылается на неизвестное поле «${field}».`);
  return get;
}

/** Field ids for the engine's row program: index into FIELD_IDS. */
export const FIELD_IDS: readonly WorkerField[] = Object.keys(GET) as WorkerField[];

/**
 * Row `r` of a block: the fields conditions commonly test into their columns,
 * `cols[id][r]`. Straight-line monomorphic loads, once per row: this is the only
 * pass over the (possibly scattered) Worker objects, so the processor can keep many
 * rows' cache misses in flight, as in a bare loop. The rest go in by loadRareColumns
 * and the yes/no flags' values by loadFlagColumns, only for a program that tests
 * them (every store costs: this copy is most of the engine's time). The flags' Да
 * and Нет are read by yesFlags / noFlags.
 */
export function loadColumns(w: Worker, cols: unknown[][], r: number): void {
  cols[3][r] = w.sex;
  cols[4][r] = w.birthDate;
  cols[8][r] = w.educationLevel;
  cols[11][r] = w.pedExperience;
  cols[12][r] = w.qualificationCategory;
  cols[13][r] = w.attestationDate;
  cols[14][r] = w.diagnosticsDate;
  cols[15][r] = w.diagnosticsLevel;
  cols[18][r] = w.courseDate;
  cols[19][r] = w.courseOrganisation;
  cols[25][r] = w.contestLevel;
  cols[33][r] = w.skillAssessment;
  cols[34][r] = w.burnout;
}

/** Fields in RARE_FIELDS: identity, free text, the population's own fields. */
export function loadRareColumns(w: Worker, cols: unknown[][], r: number): void {
  cols[0][r] = w.schoolCode;
  cols[1][r] = w.tabNumber;
  cols[2][r] = w.fullName;
  cols[5][r] = w.workerCategory;
  cols[6][r] = w.position;
  cols[7][r] = w.subject;
  cols[16][r] = w.deficits;
  cols[26][r] = w.contestResult;
  cols[39][r] = w.note;
  cols[40][r] = w.employment;
}

export const RARE_FIELDS: readonly WorkerField[] = [
  "schoolCode",
  "tabNumber",
  "fullName",
  "workerCategory",
  "position",
  "subject",
  "deficits",
  "contestResult",
  "note",
  "employment",
];

export function loadFlagColumns(w: Worker, cols: unknown[][], r: number): void {
  cols[9][r] = w.pedagogicalEducation;
  cols[10][r] = w.educationMatchesProfile;
  cols[17][r] = w.iomDeveloped;
  cols[20][r] = w.courseFromDiagnostics;
  cols[21][r] = w.courseQualityManagement;
  cols[22][r] = w.retrainingSent;
  cols[23][r] = w.retrainingCompleted;
  cols[24][r] = w.retrainingInRegion;
  cols[27][r] = w.expertActivity;
  cols[28][r] = w.methodicalAssociation;
  cols[29][r] = w.networkCommunities;
  cols[30][r] = w.mentor;
  cols[31][r] = w.mentee;
  cols[32][r] = w.youngSupportProjects;
  cols[35][r] = w.managementReserve;
  cols[36][r] = w.tutorOrSupervisor;
  cols[37][r] = w.specialNeeds;
  cols[38][r] = w.giftedChildren;
  cols[41][r] = w.courseInRegistry;
}

/**
 * The Worker's yes/no fields, in the bit order of yesFlags. The engine gives `true` on
 * flag i the atom bit i, so those atoms cost nothing per row beyond yesFlags.
 */
export const FLAG_FIELDS: readonly WorkerField[] = [
  "pedagogicalEducation",
  "educationMatchesProfile",
  "iomDeveloped",
  "courseFromDiagnostics",
  "courseQualityManagement",
  "retrainingSent",
  "retrainingCompleted",
  "retrainingInRegion",
  "expertActivity",
  "methodicalAssociation",
  "networkCommunities",
  "mentor",
  "mentee",
  "youngSupportProjects",
  "managementReserve",
  "tutorOrSupervisor",
  "specialNeeds",
  "giftedChildren",
  "courseInRegistry",
];

/** Bit i: flag i is Да. Straight-line monomorphic loads. */
export function yesFlags(w: Worker): number {
  return (
    (+(w.pedagogicalEducation === true) << 0) |
    (+(w.educationMatchesProfile === true) << 1) |
    (+(w.iomDeveloped === true) << 2) |
    (+(w.courseFromDiagnostics === true) << 3) |
    (+(w.courseQualityManagement === true) << 4) |
    (+(w.retrainingSent === true) << 5) |
    (+(w.retrainingCompleted === true) << 6) |
    (+(w.retrainingInRegion === true) << 7) |
    (+(w.expertActivity === true) << 8) |
    (+(w.methodicalAssociation === true) << 9) |
    (+(w.networkCommunities === true) << 10) |
    (+(w.mentor === true) << 11) |
    (+(w.mentee === true) << 12) |
    (+(w.youngSupportProjects === true) << 13) |
    (+(w.managementReserve === true) << 14) |
    (+(w.tutorOrSupervisor === true) << 15) |
    (+(w.specialNeeds === true) << 16) |
    (+(w.giftedChildren === true) << 17) |
    (+(w.courseInRegistry === true) << 18)
  );
}

/** Bit i: flag i is Нет. */
export function noFlags(w: Worker): number {
  return (
    (+(w.pedagogicalEducation === false) << 0) |
    (+(w.educationMatchesProfile === false) << 1) |
    (+(w.iomDeveloped === false) << 2) |
    (+(w.courseFromDiagnostics === false) << 3) |
    (+(w.courseQualityManagement === false) << 4) |
    (+(w.retrainingSent === false) << 5) |
    (+(w.retrainingCompleted === false) << 6) |
    (+(w.retrainingInRegion === false) << 7) |
    (+(w.expertActivity === false) << 8) |
    (+(w.methodicalAssociation === false) << 9) |
    (+(w.networkCommunities === false) << 10) |
    (+(w.mentor === false) << 11) |
    (+(w.mentee === false) << 12) |
    (+(w.youngSupportProjects === false) << 13) |
    (+(w.managementReserve === false) << 14) |
    (+(w.tutorOrSupervisor === false) << 15) |
    (+(w.specialNeeds === false) << 16) |
    (+(w.giftedChildren === false) << 17) |
    (+(w.courseInRegistry === false) << 18)
  );
}
