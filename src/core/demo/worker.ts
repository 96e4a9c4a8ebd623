/**
 * One synthetic worker row, by schema key: a consistent person (age,
 * experience, category, diagnostics before courses, contest level with a
 * result…) so that only the deliberately planted faults are errors.
 */
import type { CellValue } from "../model";
import type { TeacherKey } from "../schema/teacher-row";
import { NO_TERM_FROM } from "../rules/attestation";
import * as V from "../schema/values";
import { addYears, dateFromDay, type Day } from "../time/day";
import type { Period } from "../model";
import * as P from "./pools";
import type { Random } from "./random";

export type Role = "head" | "deputy" | "teacher";
export type RowValues = Record<string, CellValue>;

const yn = (value: boolean): string => (value ? V.YES : V.NO);
const AGE_BANDS: readonly (readonly [[number, number], number])[] = [
  [[22, 29], 14],
  [[30, 39], 20],
  [[40, 49], 25],
  [[50, 59], 25],
  [[60, 70], 16],
];

export function makeWorker(rnd: Random, role: Role, tabNumber: string, period: Period): RowValues {
  const female = rnd.chance(0.82);
  const [low, high] = rnd.weighted(AGE_BANDS);
  const age = role === "teacher" ? rnd.int(low, high) : rnd.int(35, 62);
  const birth = addYears(period.end, -age) - rnd.int(1, 360);
  const noProfession = role === "teacher" && rnd.chance(0.02);
  const experience = experienceFor(rnd, age);
  const category = categoryFor(rnd, experience, period);
  const diagnostics = rnd.chance(0.55) ? dayBetween(rnd, period.start - 700, period.end) : null;
  const course = rnd.chance(0.78) ? dayBetween(rnd, addYears(period.end, -4), period.end) : null;
  const deficits =
    diagnostics !== null && rnd.chance(0.7) ? rnd.some(V.DEFICITS, rnd.int(1, 3)) : [];
  const retrainingSent = rnd.chance(0.05);
  const retrainingDone = retrainingSent && rnd.chance(0.6);
  const contest = rnd.weighted<string>([
    [V.NO_CONTEST, 72],
    ["Школьный", 10],
    ["Муниципальный", 10],
    ["Региональный", 6],
    ["Всероссийский", 2],
  ]);
  const young = age <= 35;
  // Every column gets a value made to fit the person; a column not listed here is left
  // empty. `satisfies` keeps the keys the schema's (TeacherKey).
  return {
    tabNumber,
    fullName: fullName(rnd, female),
    sex: female ? "Ж" : "М",
    birthDate: date(birth),
    workerCategory:
      role === "head"
        ? V.WORKER_CATEGORY[1]
        : role === "deputy"
          ? V.WORKER_CATEGORY[2]
          : V.PEDAGOGICAL_WORKER,
    ...positionFor(rnd, role),
    educationLevel: noProfession
      ? V.NO_PROFESSIONAL_EDUCATION
      : rnd.chance(0.86)
        ? "Высшее"
        : "Среднее профессиональное",
    pedagogicalEducation: yn(!noProfession && rnd.chance(0.88)),
    educationMatchesProfile: yn(rnd.chance(0.9)),
    pedExperience: experience,
    qualificationCategory: category,
    attestationDate:
      category === V.NO_CATEGORY ? null : date(attestation(rnd, experience, period, category)),
    diagnosticsDate: diagnostics === null ? null : date(diagnostics),
    diagnosticsLevel:
      diagnostics === null
        ? null
        : rnd.weighted<string>([
            ["ЦНППМ", 25],
            ["Региональный", 15],
            ["Муниципальный", 25],
            ["Школьный", 35],
          ]),
    deficits: deficits.length ? deficits.join("; ") : null,
    iomDeveloped: yn(deficits.length > 0 && rnd.chance(0.5)),
    courseDate: course === null ? null : date(course),
    courseOrganisation:
      course === null
        ? null
        : rnd.weighted<string>([
            ["Региональная", 40],
            ["Муниципальная", 15],
            ["Сторонняя дистанционно", 35],
            ["Сторонняя очно", 10],
          ]),
    courseFromDiagnostics:
      course !== null && diagnostics !== null && diagnostics < course && rnd.chance(0.5)
        ? V.YES
        : null,
    courseQualityManagement:
      course !== null && role !== "teacher" && rnd.chance(0.5) ? V.YES : null,
    retrainingSent: yn(retrainingSent),
    retrainingCompleted: yn(retrainingDone),
    retrainingInRegion: retrainingDone && rnd.chance(0.5) ? V.YES : null,
    contestLevel: contest,
    contestResult:
      contest === V.NO_CONTEST
        ? null
        : rnd.weighted<string>([
            ["Участник", 60],
            ["Призёр", 25],
            ["Победитель", 15],
          ]),
    expertActivity: yn(rnd.chance(0.15)),
    methodicalAssociation: yn(role === "teacher" ? rnd.chance(0.85) : rnd.chance(0.3)),
    networkCommunities: yn(rnd.chance(0.4)),
    mentor: yn(experience >= 10 && rnd.chance(0.15)),
    mentee: yn(experience < 3 && rnd.chance(0.7)),
    youngSupportProjects: yn(young && rnd.chance(0.5)),
    skillAssessment: rnd.weighted<string>([
      ["Не проходил", 80],
      ["Успешно", 15],
      ["Неуспешно", 5],
    ]),
    burnout: rnd.weighted<string>([
      ["Не проводилась", 50],
      ["Низкий", 25],
      ["Средний", 17],
      ["Высокий", 8],
    ]),
    managementReserve: yn(role === "teacher" && age >= 30 && age <= 50 && rnd.chance(0.08)),
    tutorOrSupervisor: yn(rnd.chance(0.05)),
    specialNeeds: yn(rnd.chance(0.4)),
    giftedChildren: yn(rnd.chance(0.3)),
    note: rnd.chance(0.04) ? rnd.pick(P.NOTES) : null,
    employment:
      role === "teacher" && rnd.chance(0.07)
        ? V.EXTERNAL_PART_TIME
        : rnd.chance(0.5)
          ? "Основное место работы"
          : null,
    courseInRegistry: course !== null && rnd.chance(0.4) ? V.YES : null,
  } satisfies { [K in TeacherKey]?: CellValue };
}

/** Experience never exceeds the years since 22; young beginners get fractions of a year. */
function experienceFor(rnd: Random, age: number): number {
  const possible = age - 22;
  if (possible <= 0 || (age <= 25 && rnd.chance(0.6))) return rnd.pick([0, 0.5, 1, 1.5, 2]);
  return Math.min(possible, Math.round(possible * (0.4 + 0.6 * rnd.next())));
}

/**
 * Mostly within the 5-year term; now and then older, so the demo shows a lapsed
 * attestation. Педагог-методист and Педагог-наставник only from 01.09.2023, the day
 * they exist (categoryFor gives them only when the period ends after it).
 */
function attestation(rnd: Random, experience: number, period: Period, category: string): Day {
  const years = Math.min(rnd.chance(0.93) ? 4.5 : 6, experience);
  const from = period.end - Math.round(years * 365);
  const newOnly = category === METHODIST || category === MENTOR;
  return dayBetween(rnd, newOnly ? Math.max(from, NO_TERM_FROM) : from, period.end);
}

const [, , , , METHODIST, MENTOR] = V.QUALIFICATION_CATEGORY;

function categoryFor(rnd: Random, experience: number, period: Period): string {
  if (experience < 2) return rnd.chance(0.85) ? V.NO_CATEGORY : "Соответствие занимаемой должности";
  const newCategories = period.end >= NO_TERM_FROM ? 5 : 0;
  return rnd.weighted<string>([
    [V.NO_CATEGORY, 12],
    ["Соответствие занимаемой должности", 15],
    ["Первая", 33],
    ["Высшая", 30],
    [METHODIST, newCategories],
    [MENTOR, newCategories],
  ]);
}

function positionFor(rnd: Random, role: Role): RowValues {
  if (role === "head")
    return { position: P.HEAD_POSITION, subject: rnd.chance(0.5) ? rnd.pick(P.SUBJECTS) : null };
  if (role === "deputy")
    return { position: rnd.pick(P.DEPUTY_POSITIONS), subject: rnd.pick(P.SUBJECTS) };
  if (rnd.chance(0.82)) return { position: "учитель", subject: rnd.weighted(P.WEIGHTED_SUBJECTS) };
  const [position, subject] = rnd.pick(P.SPECIALISTS);
  return { position, subject };
}

function fullName(rnd: Random, female: boolean): string {
  const surname = rnd.pick(P.SURNAMES);
  const [male, fem] = rnd.pick(P.PATRONYMICS);
  return female
    ? `${surname}а ${rnd.pick(P.FEMALE_NAMES)} ${fem}`
    : `${surname} ${rnd.pick(P.MALE_NAMES)} ${male}`;
}

export function dayBetween(rnd: Random, from: Day, to: Day): Day {
  return rnd.int(Math.min(from, to), to);
}

export function date(day: Day): Date {
  return dateFromDay(day);
}
