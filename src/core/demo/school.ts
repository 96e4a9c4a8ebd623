/** One synthetic school: passport, staff rows and communities, by schema key. */
import type { CellValue, Period } from "../model";
import * as V from "../schema/values";
import { dateFromDay, dayOf } from "../time/day";
import * as P from "./pools";
import type { Random } from "./random";
import { makeWorker, type Role, type RowValues } from "./worker";

export interface SchoolValues {
  code: string;
  passport: RowValues;
  teachers: RowValues[];
  communities: RowValues[];
}

const SHARED_COMMUNITIES: readonly (readonly [string, string, string])[] = [
  ["Проект поддержки молодых педагогов", "Ассоциация молодых педагогов «Старт»", "Муниципальный"],
  ["Сетевое сообщество", "Сетевое сообщество учителей математики", "Региональный"],
  ["Профессиональное сообщество", "Клуб «Педагогический поиск»", "Муниципальный"],
  ["Сетевое сообщество", "Цифровая школа: сообщество педагогов", "Всероссийский"],
];

export function makeSchool(rnd: Random, index: number, period: Period): SchoolValues {
  const code = `ОО-${String(index + 1).padStart(2, "0")}`;
  const size = rnd.int(18, 60);
  const deputies = size > 35 ? 3 : 2;
  const teachers: RowValues[] = [];
  for (let i = 0; i < size; i += 1) {
    const role: Role = i === 0 ? "head" : i <= deputies ? "deputy" : "teacher";
    teachers.push(
      makeWorker(rnd, role, String((index + 1) * 1000 + i + 1).padStart(5, "0"), period)
    );
  }
  return {
    code,
    passport: passportFor(rnd, index, code, teachers, period),
    teachers,
    communities: communitiesFor(rnd, teachers.length),
  };
}

function passportFor(
  rnd: Random,
  index: number,
  code: string,
  teachers: RowValues[],
  period: Period
): RowValues {
  const pedagogues = teachers.filter(
    (t) => t.workerCategory === V.PEDAGOGICAL_WORKER && t.employment !== V.EXTERNAL_PART_TIME
  ).length;
  const managers =
    teachers.length - teachers.filter((t) => t.workerCategory === V.PEDAGOGICAL_WORKER).length;
  const pedPositions = pedagogues + rnd.pick([0, 0.5, 1, 1.5, 2, 3]);
  const head = String(teachers[1]?.fullName ?? teachers[0].fullName ?? "");
  const yes = (p: number): CellValue => (rnd.chance(p) ? V.YES : V.NO);
  return {
    schoolCode: code,
    schoolName: rnd.pick(P.SCHOOL_KINDS).replace("{n}", String(index + 1)),
    municipality: P.MUNICIPALITY,
    periodStart: dateFromDay(period.start),
    periodEnd: dateFromDay(period.end),
    filledOn: dateFromDay(dayOf(2025, 9, rnd.int(5, 20))),
    responsible: `Заместитель директора ${initials(head)}`,
    pedPositions,
    pedVacancies: Math.min(
      rnd.weighted([
        [0, 50],
        [1, 30],
        [2, 15],
        [3, 5],
      ]),
      Math.floor(pedPositions)
    ),
    mgrPositions: managers,
    mgrVacancies: rnd.chance(0.1) ? 1 : 0,
    mentoringModel: yes(0.7),
    mgrQualityTraining: yes(0.5),
    lowResults: yes(0.15),
  };
}

function communitiesFor(rnd: Random, staff: number): RowValues[] {
  const rows: RowValues[] = [
    {
      type: "Методическое объединение",
      title: "ШМО учителей начальных классов",
      level: "Школьный",
      participants: rnd.int(3, 8),
    },
    {
      type: "Методическое объединение",
      title: "ШМО учителей естественно-научного цикла",
      level: "Школьный",
      participants: rnd.int(3, 7),
    },
  ];
  for (const [type, title, level] of rnd.some(SHARED_COMMUNITIES, rnd.int(1, 3))) {
    rows.push({
      type,
      title,
      level,
      participants: rnd.chance(0.85) ? rnd.int(1, Math.max(1, Math.floor(staff / 6))) : null,
    });
  }
  return rows;
}

function initials(fullName: string): string {
  const [surname, name, patronymic] = fullName.split(" ");
  return name && patronymic ? `${surname} ${name[0]}. ${patronymic[0]}.` : fullName;
}
