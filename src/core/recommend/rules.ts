/**
 * The recommendation rules of recommendations.md as data: code, trigger in
 * words, one text template per addressee, and the editable parameters.
 * Placeholders: {indicator} {code} {value} {target} {direction} {gap} {count}
 * {teachers} {workers} {deficits} {diagnosed} {school} {courseDate} {diagDate}
 * {category} {attestDate} {dueDate} {experience} {subject} {years}.
 */
import { ATTESTATION_TERM_YEARS } from "../rules/attestation";
import type { RecommendationRule } from "./types";

const GAP = "{value} при цели {direction} {target} (отставание {gap})";

export const INDICATOR_RULES: readonly RecommendationRule[] = [
  {
    code: "IND_BELOW_TARGET",
    group: "indicator",
    trigger: "Статус показателя в целом по муниципалитету — «несоответствие»",
    params: [],
    texts: [
      {
        addressee: "МОУО",
        template: `Показатель «{indicator}» ({code}) не достигнут: ${GAP}. Рассмотреть итоги мониторинга на совещании руководителей ОО, включить в комплекс мер управленческие решения по достижению показателя, определить ответственных и сроки.`,
      },
      {
        addressee: "ЦНППМ",
        template: `Показатель «{indicator}» ({code}): ${GAP}. Учесть отставание при формировании графика повышения квалификации и корректировке ДПП ПК и ПП для педагогических работников муниципалитета.`,
      },
      {
        addressee: "ММС",
        template: `Показатель «{indicator}» ({code}): ${GAP}. Организовать методическое сопровождение ОО с наибольшим отставанием и включить вопрос в план работы муниципальной методической службы.`,
      },
    ],
  },
  {
    code: "SCHOOL_BELOW_TARGET",
    group: "indicator",
    trigger: "Статус показателя в ОО — «несоответствие»",
    params: [],
    texts: [
      {
        addressee: "ОО",
        template: `Показатель «{indicator}» ({code}) в ОО: ${GAP}.{workers} Обеспечить участие этих работников в мероприятиях, от которых зависит показатель, и учесть их в персонифицированном техническом задании на повышение квалификации.`,
      },
    ],
  },
  {
    code: "DEFICIT_FOCUS",
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
          "ОО {school} входит в лучшую четверть ОО по показателю «{indicator}» ({code}): {value} при цели {direction} {target}. Изучить и распространить практику ОО (семинар, стажировочная площадка, публикация опыта).",
      },
    ],
  },
];

export const INDIVIDUAL_RULES: readonly RecommendationRule[] = [
  {
    code: "T_PK_OVERDUE",
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
    code: "T_DIAG_MISSING",
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
    group: "individual",
    trigger: "Есть дата диагностики, ИОМ разработан = Нет",
    params: [],
    texts: [
      {
        addressee: "Педагог",
        template:
          "Разработать индивидуальный образовательный маршрут на основе выявленных дефицитов ({deficits}); диагностика — {diagDate}.",
      },
    ],
  },
  {
    code: "T_YOUNG_NO_MENTOR",
    group: "individual",
    trigger: "Молодой педагог со стажем меньше 3 лет, Наставляемый = Нет",
    params: [],
    texts: [
      {
        addressee: "Педагог",
        template:
          "Закрепить наставника за молодым специалистом (педагогический стаж {experience} г.) и включить в программу наставничества.",
      },
    ],
  },
  {
    code: "T_RETRAIN_NEEDED",
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
          "Работников с высоким уровнем профессионального выгорания: {count}. Организовать психолого-педагогическое сопровождение и профилактику выгорания (поимённый список — в обратной связи для ОО).",
      },
    ],
  },
  {
    code: "T_ATTEST_DUE",
    group: "individual",
    trigger: `Срок действия категории (аттестация + ${ATTESTATION_TERM_YEARS} лет) истекает раньше, чем через год после конца периода`,
    params: [
      { key: "term", label: "Срок действия категории, лет", value: ATTESTATION_TERM_YEARS },
      { key: "horizon", label: "Горизонт планирования после конца периода, лет", value: 1 },
    ],
    texts: [
      {
        addressee: "Педагог",
        template:
          "Запланировать аттестацию: срок действия категории «{category}» (аттестация {attestDate}) истекает {dueDate}.",
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
 * Indicators whose school gap names no one: burnout is private (counts only),
 * and age or experience structure is not closed by sending a person anywhere.
 */
export const NO_WORKER_LIST: readonly string[] = ["BURNOUT_HIGH", "AGE_U35", "EXP_U3", "PENSION"];

export function ruleByCode(rules: readonly RecommendationRule[], code: string): RecommendationRule {
  const rule = rules.find((r) => r.code === code);
  if (!rule) throw new Error(`No recommendation rule ${code}`);
  return rule;
}
