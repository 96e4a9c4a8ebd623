/**
 * Synthetic rows for the indicator benchmarks: Workers with plausible shares
 * of every flag, spread over 50 schools, and the same rows as an Excel range
 * (header row, serial dates, Да/Нет) for the custom-function case.
 */
import type { SchoolData, Worker } from "../../src/core/model";
import { TEACHERS } from "../../src/core/schema/school";
import { emptyTeacherValues } from "../../src/core/schema/teacher-row";
import * as V from "../../src/core/schema/values";
import { dayOf, serialFromDay } from "../../src/core/time/day";

export const PERIOD = { start: dayOf(2024, 9, 1), end: dayOf(2025, 8, 31) };
export const SCHOOLS = 50;

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

export function syntheticWorkers(rows: number, seed = 7): Worker[] {
  const r = random(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(r() * values.length)];
  const maybe = (p: number) => r() < p;
  const dateIn = (from: number, to: number) => from + Math.floor(r() * (to - from + 1));
  const workers: Worker[] = [];
  for (let i = 0; i < rows; i++) {
    const diag = maybe(0.4) ? dateIn(dayOf(2022, 1, 1), PERIOD.end) : null;
    const course = maybe(0.6) ? dateIn(dayOf(2020, 1, 1), PERIOD.end) : null;
    workers.push({
      schoolCode: `ОО-${(i % SCHOOLS) + 1}`,
      row: i + 2,
      hasErrors: maybe(0.01),
      // Every column of the schema empty first: a column added to TEACHER_FIELDS needs no edit here.
      ...emptyTeacherValues(),
      tabNumber: String(i + 1),
      fullName: null,
      sex: maybe(0.8) ? "Ж" : "М",
      birthDate: dateIn(dayOf(1955, 1, 1), dayOf(2002, 1, 1)),
      workerCategory: maybe(0.88) ? V.WORKER_CATEGORY[0] : pick(V.WORKER_CATEGORY.slice(1)),
      position: "учитель",
      subject: "математика",
      educationLevel: maybe(0.03)
        ? V.NO_PROFESSIONAL_EDUCATION
        : pick(V.EDUCATION_LEVEL.slice(0, 2)),
      pedagogicalEducation: maybe(0.85),
      educationMatchesProfile: maybe(0.9),
      pedExperience: Math.floor(r() * 40),
      qualificationCategory: pick(V.QUALIFICATION_CATEGORY),
      attestationDate: maybe(0.5) ? dateIn(dayOf(2019, 1, 1), PERIOD.end) : null,
      diagnosticsDate: diag,
      diagnosticsLevel: diag === null ? null : pick(V.DIAGNOSTICS_LEVEL),
      deficits: diag === null ? [] : [pick(V.DEFICITS)],
      iomDeveloped: diag !== null && maybe(0.5),
      courseDate: course,
      courseOrganisation: course === null ? null : pick(V.COURSE_ORGANISATION),
      courseFromDiagnostics: course !== null && maybe(0.3),
      courseQualityManagement: maybe(0.05),
      retrainingSent: maybe(0.1),
      retrainingCompleted: maybe(0.05),
      retrainingInRegion: maybe(0.03),
      contestLevel: pick(V.CONTEST_LEVEL),
      contestResult: null,
      expertActivity: maybe(0.2),
      methodicalAssociation: maybe(0.7),
      networkCommunities: maybe(0.4),
      mentor: maybe(0.15),
      mentee: maybe(0.1),
      youngSupportProjects: maybe(0.1),
      skillAssessment: pick(V.SKILL_ASSESSMENT),
      burnout: pick(V.BURNOUT),
      managementReserve: maybe(0.05),
      tutorOrSupervisor: maybe(0.03),
      specialNeeds: maybe(0.3),
      giftedChildren: maybe(0.2),
      note: null,
      employment: maybe(0.07) ? V.EXTERNAL_PART_TIME : V.EMPLOYMENT[0],
      courseInRegistry: course !== null && maybe(0.5),
    });
  }
  return workers;
}

export function syntheticSchools(workers: Worker[]): SchoolData[] {
  const by = new Map<string, Worker[]>();
  for (const w of workers)
    (by.get(w.schoolCode) ?? by.set(w.schoolCode, []).get(w.schoolCode)!).push(w);
  return [...by].map(([code, rows]) => ({
    file: `${code}.xlsx`,
    passport: {
      schoolCode: code,
      schoolName: code,
      municipality: "Район",
      periodStart: PERIOD.start,
      periodEnd: PERIOD.end,
      filledOn: null,
      responsible: null,
      pedPositions: 50,
      pedVacancies: 2,
      mgrPositions: 4,
      mgrVacancies: 0,
      mentoringModel: true,
      mgrQualityTraining: false,
      lowResults: false,
    },
    badPassportFields: [],
    workers: rows,
    communities: [],
    issues: [],
  }));
}

const DATE_KEYS = new Set(["birthDate", "attestationDate", "diagnosticsDate", "courseDate"]);

/** The rows as Excel passes a `Педагоги` range to a custom function (without the error flag). */
export function excelRange(workers: Worker[]): (string | number)[][] {
  const keys = TEACHERS.fields.map((f) => f.key);
  const body = workers.map((w) =>
    keys.map((key) => {
      const v = (w as unknown as Record<string, unknown>)[key];
      if (v === null || v === undefined) return "";
      if (typeof v === "boolean") return v ? "Да" : "Нет";
      if (Array.isArray(v)) return v.join("; ");
      if (DATE_KEYS.has(key)) return serialFromDay(v as number);
      return v as string | number;
    })
  );
  return [TEACHERS.fields.map((f) => f.header), ...body];
}
