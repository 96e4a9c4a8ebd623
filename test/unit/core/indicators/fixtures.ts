/** Hand-made rows and schools for the indicator tests. */
import type { Community, Passport, SchoolData, Worker } from "../../../../src/core/model";
import { dayOf } from "../../../../src/core/time/day";

export const START = dayOf(2024, 9, 1);
export const END = dayOf(2025, 8, 31);
export const d = dayOf;

let counter = 0;

/** A pedagogical worker at his main job with nothing done in the period; override what a test needs. */
export function worker(overrides: Partial<Worker> = {}): Worker {
  counter += 1;
  return {
    schoolCode: "ОО-1",
    row: counter + 1,
    hasErrors: false,
    tabNumber: String(counter).padStart(4, "0"),
    fullName: null,
    sex: "Ж",
    birthDate: dayOf(1980, 5, 10),
    workerCategory: "Педагогический работник",
    position: "учитель",
    subject: "математика",
    educationLevel: "Высшее",
    pedagogicalEducation: true,
    educationMatchesProfile: true,
    pedExperience: 10,
    qualificationCategory: "Без категории",
    attestationDate: null,
    diagnosticsDate: null,
    diagnosticsLevel: null,
    deficits: [],
    iomDeveloped: false,
    courseDate: null,
    courseOrganisation: null,
    courseFromDiagnostics: false,
    courseQualityManagement: false,
    retrainingSent: false,
    retrainingCompleted: false,
    retrainingInRegion: false,
    contestLevel: "Не участвовал",
    contestResult: null,
    expertActivity: false,
    methodicalAssociation: false,
    networkCommunities: false,
    mentor: false,
    mentee: false,
    youngSupportProjects: false,
    skillAssessment: "Не проходил",
    burnout: "Не проводилась",
    managementReserve: false,
    tutorOrSupervisor: false,
    specialNeeds: false,
    giftedChildren: false,
    note: null,
    employment: "Основное место работы",
    courseInRegistry: false,
    ...overrides,
  };
}

export function passport(overrides: Partial<Passport> = {}): Passport {
  return {
    schoolCode: "ОО-1",
    schoolName: "Школа № 1",
    municipality: "Район",
    periodStart: START,
    periodEnd: END,
    filledOn: null,
    responsible: null,
    pedPositions: 10,
    pedVacancies: 1,
    mgrPositions: 3,
    mgrVacancies: 0,
    mentoringModel: true,
    mgrQualityTraining: false,
    lowResults: false,
    ...overrides,
  };
}

export function community(overrides: Partial<Community> = {}): Community {
  return {
    schoolCode: "ОО-1",
    row: 2,
    hasErrors: false,
    type: "Проект поддержки молодых педагогов",
    title: "Школа молодого педагога",
    level: "Муниципальный",
    participants: 3,
    ...overrides,
  };
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
