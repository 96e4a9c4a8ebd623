/**
 * The municipality workbook: consolidated data sheets built from the school
 * schema (never re-typed), settings, the people-filled `Меры`, and the names of
 * the output sheets the project writes. See docs/spec/template.md.
 */
import { COMMUNITIES, PASSPORT, TEACHERS } from "./school";
import type { FieldSpec, TableSheetSpec } from "./types";
import * as V from "./values";

const SCHOOL_CODE = PASSPORT.fields[0];

const schoolCodeColumn: FieldSpec = {
  ...SCHOOL_CODE,
  help: "Код ОО, из паспорта которой взята строка.",
};

/** Where a consolidated row came from, and whether it had errors. */
export const SOURCE_FIELDS: readonly FieldSpec[] = [
  {
    key: "sourceFile",
    header: "Файл ОО",
    type: "text",
    required: false,
    width: 24,
    help: "Файл школы, из которого взята строка.",
  },
  {
    key: "sourceRow",
    header: "Строка в файле ОО",
    type: "integer",
    required: false,
    width: 10,
    help: "Номер строки в файле школы.",
  },
  {
    key: "rowErrors",
    header: "Ошибки строки",
    type: "text",
    required: false,
    width: 30,
    help: "Ошибки проверки: строка с ошибками хранится, но не входит в показатели.",
  },
];

export const SCHOOLS: TableSheetSpec = {
  kind: "table",
  name: "ОО",
  tableName: "ОО",
  keyHeader: SCHOOL_CODE.header,
  help: "Одна строка на ОО: паспорт организации.",
  fields: [...PASSPORT.fields, SOURCE_FIELDS[0]],
};

export const CONSOLIDATED_TEACHERS: TableSheetSpec = {
  kind: "table",
  name: "Сводные данные",
  tableName: "СводныеДанные",
  keyHeader: TEACHERS.keyHeader,
  help: "Все строки листов «Педагоги» всех ОО; строки с ошибками хранятся и отмечены.",
  fields: [schoolCodeColumn, ...TEACHERS.fields, ...SOURCE_FIELDS],
};

export const CONSOLIDATED_COMMUNITIES: TableSheetSpec = {
  kind: "table",
  name: "Сообщества и проекты",
  tableName: "СообществаСвод",
  keyHeader: COMMUNITIES.keyHeader,
  mayBeEmpty: true,
  help: "Сообщества и проекты всех ОО.",
  fields: [schoolCodeColumn, ...COMMUNITIES.fields, SOURCE_FIELDS[0]],
};

/** Targets table of `Настройки` (one row per indicator code). */
export const TARGETS: TableSheetSpec = {
  kind: "table",
  name: "Настройки",
  tableName: "Цели",
  keyHeader: "Код",
  help: "Целевые значения показателей и параметры расчёта. Можно менять: отчёт не стирает этот лист.",
  fields: [
    {
      key: "code",
      header: "Код",
      type: "text",
      required: true,
      width: 18,
      help: "Код показателя из каталога.",
    },
    {
      key: "title",
      header: "Показатель",
      type: "text",
      required: false,
      width: 60,
      help: "Название показателя.",
    },
    {
      key: "direction",
      header: "Направление",
      type: "list",
      required: false,
      values: V.DIRECTION,
      width: 12,
      help: "≥ — чем больше, тем лучше; ≤ — чем меньше, тем лучше; — — нейтральный показатель (динамика без оценки, статуса нет).",
    },
    {
      key: "target",
      header: "Целевое значение",
      type: "number",
      required: false,
      width: 14,
      help: "Цель на текущий период; пусто — цель не задана.",
    },
    {
      key: "nextTarget",
      header: "Целевое значение на следующий период",
      type: "number",
      required: false,
      width: 18,
      help: "Цель на следующий период.",
    },
    {
      key: "previous",
      header: "Значение за предыдущий период",
      type: "number",
      required: false,
      width: 18,
      help: "Значение прошлого периода, если нет файла прошлого периода.",
    },
  ],
};

/** Parameters block of `Настройки`: label/value pairs beside the targets. */
export const PARAMETERS = {
  labelHeader: "Параметр",
  valueHeader: "Значение",
  youngAgeLimit: "Возраст молодого педагога, лет (включительно)",
  beginnerExperience: "Стаж начинающего педагога, лет (меньше)",
} as const;

/**
 * What the parameters of `Настройки` may be: the reader refuses a value outside
 * (and keeps the default), the sheet's validation and its texts say the same.
 */
export const PARAMETER_BOUNDS = {
  /** Whole years of age at the period's end, inclusive. */
  youngAgeLimit: { min: 18, max: 70 },
  /** Years of experience (a fraction allowed). */
  beginnerExperience: { min: 0, max: 50 },
} as const;

/** Pension ages by the period's end year and sex (block of `Настройки`). */
export const PENSION_AGES = {
  fromYearHeader: "Пенсионный возраст: год окончания периода с",
  maleHeader: "Мужчины",
  femaleHeader: "Женщины",
} as const;

/** Whole numbers only: the year a pension-age row applies from, and the ages themselves. */
export const PENSION_AGE_BOUNDS = {
  fromYear: { min: 1900, max: 2200 },
  age: { min: 40, max: 90 },
} as const;

/**
 * `Реквизиты документов` block of `Настройки` (Settings.official): label/value pairs
 * the справка, the feedback workbook and the passports read. Labels in this order;
 * `date` rows hold a date (ДД.ММ.ГГГГ), the others text.
 */
export const OFFICIAL_DETAILS = {
  labelHeader: "Реквизиты документов",
  valueHeader: "Значение",
  rows: [
    { key: "authority", label: "Орган управления образованием", type: "text" },
    { key: "act", label: "Нормативный акт (муниципальный/региональный)", type: "text" },
    { key: "signerPosition", label: "Должность подписывающего", type: "text" },
    { key: "signerName", label: "ФИО подписывающего", type: "text" },
    { key: "noteDate", label: "Дата справки", type: "date" },
    { key: "contact", label: "Контакт для ОО (ФИО, телефон, e-mail)", type: "text" },
    { key: "replyBy", label: "Срок ответа ОО", type: "date" },
    {
      key: "responsible",
      label: "Ответственный по умолчанию (паспорта показателей)",
      type: "text",
    },
  ],
} as const;

export const MEASURE_STATUS = ["Запланирована", "Выполняется", "Выполнена", "Отменена"] as const;
export const MEASURE_LEVEL = ["муниципальный", "ОО"] as const;

/** `Меры`: filled by people, never cleared by the project. */
export const MEASURES: TableSheetSpec = {
  kind: "table",
  name: "Меры",
  tableName: "Меры",
  keyHeader: "Мера",
  mayBeEmpty: true,
  help: "Меры и управленческие решения по итогам мониторинга; заполняет методист.",
  fields: [
    {
      key: "measure",
      header: "Мера",
      type: "text",
      required: true,
      width: 50,
      help: "Что сделать.",
    },
    {
      key: "indicator",
      header: "Показатель",
      type: "text",
      required: false,
      width: 16,
      help: "Код показателя, на который направлена мера.",
    },
    {
      key: "level",
      header: "Уровень",
      type: "list",
      required: false,
      values: MEASURE_LEVEL,
      width: 16,
      help: "муниципальный или ОО.",
    },
    {
      key: "schoolCode",
      header: "Код ОО",
      type: "text",
      required: false,
      width: 12,
      help: "Для меры уровня ОО — код школы.",
    },
    {
      key: "responsible",
      header: "Ответственный",
      type: "text",
      required: false,
      width: 24,
      help: "Кто отвечает за меру.",
    },
    {
      key: "due",
      header: "Срок",
      type: "date",
      required: false,
      help: "Срок выполнения, ДД.ММ.ГГГГ.",
    },
    {
      key: "status",
      header: "Статус",
      type: "list",
      required: false,
      values: MEASURE_STATUS,
      width: 16,
      help: "Запланирована, Выполняется, Выполнена или Отменена.",
    },
    {
      key: "decision",
      header: "Управленческое решение",
      type: "text",
      required: false,
      width: 30,
      help: "Номер и дата приказа или распоряжения.",
    },
  ],
};

/** Sheets the project writes and may replace; nothing else is ever touched. */
export const OUTPUT_SHEETS = {
  summary: "Сводка",
  bySchool: "Показатели по ОО",
  recommendations: "Рекомендации",
  clusters: "Кластеры",
  trainingPlan: "План ПК",
  effectiveness: "Эффективность",
  dynamics: "Динамика",
  errors: "Ошибки",
  note: "Аналитическая справка",
  passports: "Паспорта показателей",
  tallies: "Счётчики показателей",
  collection: "Сбор данных",
} as const;

/**
 * The hidden tally sheet (`Счётчики показателей`): one row per ОО, each indicator's
 * contribution as the engine sums it — numerator and denominator, or a count. The live
 * `Сводка` formulas read it (docs/decisions/functions.md). Columns are `<CODE>: <part>`.
 */
export const TALLIES = {
  name: OUTPUT_SHEETS.tallies,
  keyHeader: "Код ОО (счётчики показателей)",
  numerator: "числитель",
  denominator: "знаменатель",
  count: "число",
} as const;

/** The tally column header of a code's part. */
export function tallyHeader(code: string, part: "numerator" | "denominator" | "count"): string {
  return `${code}: ${TALLIES[part]}`;
}

/**
 * `Список ОО`: the schools the methodologist expects this round, with whom to call. Created
 * once from the consolidation the workbook held (or the files received), then hers: the
 * report reads it for `Сбор данных` and never writes over it (docs/decisions/report.md).
 */
export const SCHOOL_LIST: TableSheetSpec = {
  kind: "table",
  name: "Список ОО",
  tableName: "СписокОО",
  keyHeader: SCHOOL_CODE.header,
  mayBeEmpty: true,
  help: "Ожидаемые ОО сбора данных: код, наименование, контакт. Заполняет методист; отчёт не стирает этот лист.",
  fields: [
    { ...SCHOOL_CODE, required: true },
    { ...PASSPORT.fields[1], required: false },
    {
      key: "contact",
      header: "Контакт",
      type: "text",
      required: false,
      width: 30,
      help: "Кому звонить: ФИО, телефон.",
    },
    {
      key: "email",
      header: "E-mail",
      type: "text",
      required: false,
      width: 26,
      help: "Адрес для напоминаний.",
    },
  ],
};

/** Sheets whose content belongs to people: created once, then only appended to. */
export const PEOPLE_SHEETS = [MEASURES.name, TARGETS.name, SCHOOL_LIST.name] as const;

export const MUNICIPALITY_DATA_SHEETS = [
  SCHOOLS,
  CONSOLIDATED_TEACHERS,
  CONSOLIDATED_COMMUNITIES,
] as const;

/** The rule's code: the key of both tables of `Правила рекомендаций`. */
const RULE_CODE: FieldSpec = {
  key: "rule",
  header: "Код правила",
  type: "text",
  required: true,
  width: 22,
  help: "Код правила; не менять.",
};

/** `Правила рекомендаций`: rule texts a methodologist may edit (recommendations.md, Rules). */
export const RULE_TEXTS: TableSheetSpec = {
  kind: "table",
  name: "Правила рекомендаций",
  tableName: "ПравилаТексты",
  keyHeader: RULE_CODE.header,
  help: "Тексты рекомендаций по правилам; в фигурных скобках — подставляемые значения. Можно править текст.",
  fields: [
    RULE_CODE,
    {
      key: "addressee",
      header: "Адресат",
      type: "list",
      required: true,
      values: ["МОУО", "ММС", "ЦНППМ", "ОО", "Педагог"],
      width: 10,
      help: "Кому адресована рекомендация; не менять.",
    },
    {
      key: "trigger",
      header: "Условие",
      type: "text",
      required: false,
      width: 50,
      help: "Когда срабатывает правило (для справки).",
    },
    {
      key: "text",
      header: "Текст рекомендации",
      type: "text",
      required: true,
      width: 90,
      help: "Шаблон текста; {indicator}, {value}, {target} и т. п. заменяются значениями.",
    },
  ],
};

/** The editable thresholds of the rules, in a second table of the same sheet. */
export const RULE_PARAMS: TableSheetSpec = {
  kind: "table",
  name: RULE_TEXTS.name,
  tableName: "ПравилаПараметры",
  keyHeader: RULE_CODE.header,
  help: "Пороги и сроки правил рекомендаций; можно менять значение.",
  fields: [
    RULE_CODE,
    {
      key: "param",
      header: "Параметр",
      type: "text",
      required: true,
      width: 10,
      help: "Код параметра; не менять.",
    },
    {
      key: "label",
      header: "Описание",
      type: "text",
      required: false,
      width: 50,
      help: "Что задаёт параметр.",
    },
    { key: "value", header: "Значение", type: "number", required: true, width: 12, help: "Число." },
  ],
};
