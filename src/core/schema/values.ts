/** Allowed values of the list columns, exactly as the spec spells them. */

export const YES = "Да";
export const NO = "Нет";
export const YES_NO = [YES, NO] as const;

export const SEX = ["М", "Ж"] as const;

export const WORKER_CATEGORY = [
  "Педагогический работник",
  "Руководитель",
  "Заместитель руководителя",
] as const;
export const PEDAGOGICAL_WORKER = WORKER_CATEGORY[0];

export const EDUCATION_LEVEL = [
  "Высшее",
  "Среднее профессиональное",
  "Нет профессионального образования",
] as const;
export const NO_PROFESSIONAL_EDUCATION = EDUCATION_LEVEL[2];

export const QUALIFICATION_CATEGORY = [
  "Без категории",
  "Соответствие занимаемой должности",
  "Первая",
  "Высшая",
  "Педагог-методист",
  "Педагог-наставник",
] as const;
export const NO_CATEGORY = QUALIFICATION_CATEGORY[0];

export const DIAGNOSTICS_LEVEL = ["ЦНППМ", "Региональный", "Муниципальный", "Школьный"] as const;

export const DEFICITS = [
  "Предметные",
  "Методические",
  "Психолого-педагогические",
  "Коммуникативные",
  "Функциональная грамотность",
  "Цифровые",
  "Воспитательные",
  "Инклюзивные",
] as const;

export const COURSE_ORGANISATION = [
  "Региональная",
  "Муниципальная",
  "Сторонняя дистанционно",
  "Сторонняя очно",
] as const;

export const CONTEST_LEVEL = [
  "Не участвовал",
  "Школьный",
  "Муниципальный",
  "Региональный",
  "Всероссийский",
  "Международный",
] as const;
export const NO_CONTEST = CONTEST_LEVEL[0];

export const CONTEST_RESULT = ["Участник", "Призёр", "Победитель"] as const;

export const SKILL_ASSESSMENT = ["Не проходил", "Успешно", "Неуспешно"] as const;

export const BURNOUT = ["Не проводилась", "Низкий", "Средний", "Высокий"] as const;

export const EMPLOYMENT = ["Основное место работы", "Внешнее совместительство"] as const;
export const EXTERNAL_PART_TIME = EMPLOYMENT[1];

export const COMMUNITY_TYPE = [
  "Проект поддержки молодых педагогов",
  "Методическое объединение",
  "Профессиональное сообщество",
  "Сетевое сообщество",
] as const;

export const COMMUNITY_LEVEL = [
  "Школьный",
  "Муниципальный",
  "Региональный",
  "Всероссийский",
] as const;

/**
 * ≥: the more the better; ≤: the less the better; «—»: neutral (indicators.md: a
 * trend without «лучше/хуже» and no status), for the counts that describe rather
 * than judge (PART_TIME, AGE_U35, EXP_U3) unless a person sets a direction.
 */
export const DIRECTION = ["≥", "≤", "—"] as const;
export type Direction = (typeof DIRECTION)[number];
export const NEUTRAL: Direction = "—";
