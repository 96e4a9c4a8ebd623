/**
 * The recommendation rules of recommendations.md as data: code, Russian title,
 * trigger in words, one text template per addressee, and the editable parameters.
 * Placeholders: {indicator} {value} {target} {direction} {gap} {needed}
 * {schools} {candidates} {deadline} {responsible} {count} {workersCount}
 * {teachers} {deficits} {diagnosed} {school} {courseDate} {diagDate}
 * {attestation} {category} {attestDate} {dueDate} {experienceYears} {basis} {subject} {years};
 * {experience} (the bare number) and {deficits} are filled for texts edited earlier;
 * {code} and {workers} are still filled for texts edited before issue 13.
 * {needed}, {schools} and {candidates} are whole sentences (with a leading
 * space) or nothing, so a template reads right whether or not they apply.
 * Individual rules are listed in the order of priority of one worker's line
 * (law first: ПК, аттестация; then diagnostics, ИОМ, mentoring, retraining, burnout).
 */
import { ATTESTATION_TERM_YEARS } from "../rules/attestation";
import type { RecommendationRule } from "./types";

const GAP = "{value} при цели {direction} {target} (отставание — {gap})";

export const INDICATOR_RULES: readonly RecommendationRule[] = [
  {
    code: "IND_BELOW_TARGET",
    title: "Показатель муниципалитета не достигнут",
    group: "indicator",
    trigger: "Статус показателя в целом по муниципалитету — «несоответствие»",
    params: [{ key: "schools", label: "Сколько ОО с наибольшим вкладом называть", value: 3 }],
    texts: [
      {
        addressee: "МОУО",
        template: `Показатель «{indicator}» не достигнут: ${GAP}.{needed}{schools} До {deadline} включить в комплекс мер управленческие решения по достижению показателя в ОО с наибольшим отставанием, определить ответственных и рассмотреть итоги на совещании руководителей ОО.`,
      },
      {
        addressee: "ЦНППМ",
        template: `Показатель «{indicator}» не достигнут: ${GAP}.{needed}{schools} До {deadline} учесть отставание в графике повышения квалификации и в программах ПК и ПП для педагогических работников ОО с наибольшим отставанием.`,
      },
      {
        addressee: "ММС",
        template: `Показатель «{indicator}» не достигнут: ${GAP}.{needed}{schools} До {deadline} организовать методическое сопровождение ОО с наибольшим отставанием и включить вопрос в план работы муниципальной методической службы.`,
      },
    ],
  },
  {
    code: "SCHOOL_BELOW_TARGET",
    title: "Показатель ОО не достигнут",
    group: "indicator",
    trigger: "Статус показателя в ОО — «несоответствие»",
    params: [],
    texts: [
      {
        addressee: "ОО",
        template: `Показатель «{indicator}» в ОО: ${GAP}.{needed}{candidates} Срок — до {deadline}; ответственный — {responsible}.`,
      },
    ],
  },
  {
    code: "DEFICIT_FOCUS",
    title: "Наиболее частые профессиональные дефициты",
    group: "indicator",
    trigger:
      "Самые частые категории выявленных дефицитов у работников, прошедших диагностику в периоде",
    params: [{ key: "top", label: "Сколько самых частых дефицитов называть", value: 3 }],
    texts: [
      {
        addressee: "ЦНППМ",
        template:
          "По итогам диагностики в отчётном периоде ({diagnosed} чел.) чаще всего выявлены дефициты: {deficits}. Разработать или обновить программы повышения квалификации и профессиональной переподготовки с ориентацией на эти дефициты.",
      },
      {
        addressee: "МОУО",
        template:
          "Спланировать график повышения квалификации педагогических работников с учётом наиболее частых профессиональных дефицитов: {deficits} (из {diagnosed} чел., прошедших диагностику в периоде).",
      },
    ],
  },
  {
    code: "SCHOOL_BEST_PRACTICE",
    title: "Лучшая практика ОО",
    group: "indicator",
    trigger:
      "ОО достигает цели и входит в лучшую четверть ОО по показателю (не менее 4 ОО с данными)",
    params: [
      { key: "topShare", label: "Доля лучших ОО, %", value: 25 },
      { key: "minSchools", label: "Наименьшее число ОО с данными", value: 4 },
    ],
    texts: [
      {
        addressee: "ММС",
        template:
          "{school} входит в лучшую четверть ОО по показателю «{indicator}»: {value} при цели {direction} {target}. Изучить и распространить практику ОО (семинар, стажировочная площадка, публикация опыта).",
      },
    ],
  },
];

export const INDIVIDUAL_RULES: readonly RecommendationRule[] = [
  {
    code: "T_PK_OVERDUE",
    title: "Повышение квалификации",
    group: "individual",
    trigger: "Нет даты окончания ПК за 3 года до конца периода",
    params: [{ key: "years", label: "Срок повышения квалификации, лет", value: 3 }],
    texts: [
      {
        addressee: "Педагог",
        template:
          "Направить на повышение квалификации: последнее ПК — {courseDate}; повышать квалификацию нужно не реже одного раза в {years} года.",
      },
    ],
  },
  {
    code: "T_ATTEST_DUE",
    title: "Аттестация",
    group: "individual",
    trigger: `Педагогический работник (не руководитель и не заместитель: их аттестует учредитель, 273-ФЗ ст. 51) с категорией «Первая» или «Высшая», присвоенной до 01.09.2023, или с «Соответствием занимаемой должности»; срок (аттестация + ${ATTESTATION_TERM_YEARS} лет) истекает раньше, чем через год после конца периода`,
    params: [
      { key: "term", label: "Срок действия аттестации, лет", value: ATTESTATION_TERM_YEARS },
      { key: "horizon", label: "Горизонт планирования после конца периода, лет", value: 1 },
    ],
    texts: [
      {
        addressee: "Педагог",
        template: "Запланировать аттестацию: {attestation} (дата аттестации — {attestDate}).",
      },
    ],
  },
  {
    code: "T_DIAG_MISSING",
    title: "Диагностика профессиональных дефицитов",
    group: "individual",
    trigger: "Нет даты диагностики дефицитов или она более чем за 3 года до конца периода",
    params: [{ key: "years", label: "Давность диагностики, лет", value: 3 }],
    texts: [
      {
        addressee: "Педагог",
        template:
          "Направить на диагностику профессиональных дефицитов (последняя диагностика — {diagDate}).",
      },
    ],
  },
  {
    code: "T_IOM_MISSING",
    title: "Индивидуальный образовательный маршрут",
    group: "individual",
    trigger:
      "Диагностика дефицитов в пределах 3 лет до конца периода (давность — параметр правила T_DIAG_MISSING), ИОМ разработан = Нет",
    params: [],
    texts: [
      {
        addressee: "Педагог",
        template:
          "Разработать индивидуальный образовательный маршрут {basis}; диагностика — {diagDate}.",
      },
    ],
  },
  {
    code: "T_YOUNG_NO_MENTOR",
    title: "Наставничество",
    group: "individual",
    trigger: "Молодой педагог со стажем меньше 3 лет, Наставляемый = Нет",
    params: [],
    texts: [
      {
        addressee: "Педагог",
        template:
          "Закрепить наставника за молодым специалистом (педагогический стаж — {experienceYears}) и включить в программу наставничества.",
      },
    ],
  },
  {
    code: "T_RETRAIN_NEEDED",
    title: "Профессиональная переподготовка",
    group: "individual",
    trigger: "Педагогическое образование = Нет и Переподготовка завершена = Нет",
    params: [],
    texts: [
      {
        addressee: "Педагог",
        template: "Направить на профессиональную переподготовку педагогической направленности.",
      },
    ],
  },
  {
    code: "T_PROFILE_MISMATCH",
    title: "Переподготовка по профилю предмета",
    group: "individual",
    trigger: "Образование соответствует профилю = Нет",
    params: [],
    texts: [
      {
        addressee: "Педагог",
        template:
          "Направить на профессиональную переподготовку по профилю преподаваемого предмета ({subject}).",
      },
    ],
  },
  {
    code: "T_BURNOUT_HIGH",
    title: "Профилактика профессионального выгорания",
    group: "individual",
    trigger: "Диагностика выгорания = Высокий (в муниципальных листах — только число по ОО)",
    params: [],
    texts: [
      {
        addressee: "Педагог",
        template:
          "Организовать психолого-педагогическое сопровождение и мероприятия по профилактике профессионального выгорания.",
      },
      {
        addressee: "ОО",
        template:
          "Высокий уровень профессионального выгорания — {workersCount}. Организовать психолого-педагогическое сопровождение и профилактику выгорания (поимённый список — в обратной связи для ОО).",
      },
    ],
  },
];

export const DEFAULT_RULES: readonly RecommendationRule[] = [
  ...INDICATOR_RULES,
  ...INDIVIDUAL_RULES,
];

/**
 * Indicators about methodical work: their IND_BELOW_TARGET also goes to ММС
 * (the municipal methodical service organises МО, communities, mentoring,
 * contests, expertise and ИОМ support).
 */
export const METHODICAL_INDICATORS: readonly string[] = [
  "IOM",
  "CONTEST",
  "EXPERT",
  "YOUNG_SUPPORT",
  "YOUNG_PROJECTS",
  "MENTORS",
  "NETWORK",
  "MO",
  "SKILL_ASSESS",
  "SKILL_SCHOOLS",
  "MENTORING_SCHOOLS",
  "YOUNG_PROJECT_COUNT",
  "COMMUNITY_COUNT",
  "TUTORS_PER_100",
];

/**
 * Indicators whose lag ПК and retraining programmes do not close (age and
 * experience structure, vacancies, staffing, part-timers, burnout): their
 * IND_BELOW_TARGET does not go to ЦНППМ («учесть отставание в графике ПК и в
 * программах ПК и ПП» would be advice without a lever).
 */
export const NO_PK_LEVER: readonly string[] = [
  "PENSION",
  "BURNOUT_HIGH",
  "VAC_PED",
  "VAC_MGR",
  "PART_TIME",
  "AGE_U35",
  "EXP_U3",
  "STAFFING",
];

/**
 * Indicators whose school gap names no one: burnout is private (counts only),
 * and age or experience structure is not closed by sending a person anywhere.
 */
export const NO_WORKER_LIST: readonly string[] = ["BURNOUT_HIGH", "AGE_U35", "EXP_U3", "PENSION"];

/**
 * The indicators each individual rule serves: a справка for one profile shows an
 * individual rule's counts (and its per-school rollups) only when the profile
 * has one of them. Sheets and JSON keep every rule.
 */
export const RULE_INDICATORS: Readonly<Record<string, readonly string[]>> = {
  T_PK_OVERDUE: ["PK_3Y", "PK_REG"],
  T_ATTEST_DUE: ["ATTEST", "CATEGORY"],
  T_DIAG_MISSING: ["DIAG", "DIAG_REG"],
  T_IOM_MISSING: ["IOM"],
  T_YOUNG_NO_MENTOR: ["YOUNG_SUPPORT", "MENTORS"],
  T_RETRAIN_NEEDED: ["RETRAIN_REG", "RETRAIN_SENT", "DPO_NOPROF"],
  T_PROFILE_MISMATCH: ["PROFILE"],
  T_BURNOUT_HIGH: ["BURNOUT_HIGH", "BURNOUT_DIAG"],
};

/** Whether a rule without an indicator of its own serves one of `codes` (a rule not in the map: yes). */
export function ruleServes(rule: string, codes: ReadonlySet<string>): boolean {
  const served = RULE_INDICATORS[rule];
  return served === undefined || served.some((c) => codes.has(c));
}

export function ruleByCode(rules: readonly RecommendationRule[], code: string): RecommendationRule {
  const rule = rules.find((r) => r.code === code);
  if (!rule) throw new Error(`No recommendation rule ${code}`);
  return rule;
}
