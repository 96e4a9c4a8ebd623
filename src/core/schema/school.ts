/**
 * The school workbook (ОО): the only place where its sheets, headers, types and
 * allowed values are written. See docs/spec/template.md.
 */
import { TEACHER_FIELDS } from "./teachers";
import type { FormSheetSpec, TableSheetSpec } from "./types";
import * as V from "./values";
import { yesNo } from "./yes-no";

export const PASSPORT: FormSheetSpec = {
  kind: "form",
  name: "Паспорт ОО",
  labelHeader: "Показатель",
  valueHeader: "Значение",
  keyHeader: "Показатель",
  help: "Сведения об образовательной организации и отчётном периоде: одна строка на показатель.",
  fields: [
    {
      key: "schoolCode",
      header: "Код ОО",
      type: "code",
      required: true,
      help: "Код организации, выданный муниципалитетом: до 32 букв, цифр, «-» и «_», например ОО-12.",
    },
    {
      key: "schoolName",
      header: "Наименование ОО",
      type: "text",
      required: true,
      help: "Краткое наименование организации по уставу.",
    },
    {
      key: "municipality",
      header: "Муниципалитет",
      type: "text",
      required: true,
      help: "Муниципальный район или городской округ.",
    },
    {
      key: "periodStart",
      header: "Начало отчётного периода",
      type: "date",
      required: true,
      help: "Первый день отчётного периода, ДД.ММ.ГГГГ (обычно 01.09 прошлого года).",
    },
    {
      key: "periodEnd",
      header: "Конец отчётного периода",
      type: "date",
      required: true,
      help: "Последний день отчётного периода, ДД.ММ.ГГГГ: позже начала и не более чем через 2 года.",
    },
    {
      key: "filledOn",
      header: "Дата заполнения",
      type: "date",
      required: false,
      help: "Когда заполнена форма, ДД.ММ.ГГГГ.",
    },
    {
      key: "responsible",
      header: "Ответственный за заполнение",
      type: "text",
      required: false,
      help: "Должность и фамилия ответственного.",
    },
    {
      key: "pedPositions",
      header: "Штатных должностей педагогических работников",
      type: "number",
      required: true,
      min: 0,
      help: "Число штатных единиц педагогических работников по штатному расписанию (может быть дробным).",
    },
    {
      key: "pedVacancies",
      header: "Вакансий педагогических работников",
      type: "integer",
      required: true,
      min: 0,
      help: "Целое число вакантных должностей педагогов, не больше числа штатных должностей.",
    },
    {
      key: "mgrPositions",
      header: "Штатных должностей управленческих кадров",
      type: "number",
      required: true,
      min: 0,
      help: "Число штатных единиц руководителя и заместителей.",
    },
    {
      key: "mgrVacancies",
      header: "Вакансий управленческих кадров",
      type: "integer",
      required: true,
      min: 0,
      help: "Целое число вакантных управленческих должностей, не больше числа штатных.",
    },
    yesNo(
      "mentoringModel",
      "Реализуется целевая модель наставничества учитель-учитель",
      "Да, если в ОО действует целевая модель наставничества в формате «учитель – учитель»."
    ),
    yesNo(
      "mgrQualityTraining",
      "Управленческая команда повысила квалификацию по управлению качеством образования",
      "Да, если управленческая команда ОО прошла ПК по вопросам управления качеством образования."
    ),
    yesNo(
      "lowResults",
      "ОО с низкими образовательными результатами",
      "Да, если ОО отнесена к школам с низкими образовательными результатами."
    ),
  ],
};

export const TEACHERS: TableSheetSpec = {
  kind: "table",
  name: "Педагоги",
  tableName: "Педагоги",
  keyHeader: "Табельный номер",
  help: "Одна строка на каждого педагогического работника и руководителя (включая внешних совместителей).",
  fields: TEACHER_FIELDS,
};

export const COMMUNITIES: TableSheetSpec = {
  kind: "table",
  name: "Сообщества и проекты",
  tableName: "Сообщества",
  keyHeader: "Тип",
  mayBeEmpty: true,
  help: "Проекты поддержки молодых педагогов, методические объединения и сообщества, в которых участвуют педагоги ОО. Лист может быть пустым.",
  fields: [
    {
      key: "type",
      header: "Тип",
      type: "list",
      required: true,
      values: V.COMMUNITY_TYPE,
      width: 34,
      help: "Вид проекта или сообщества.",
    },
    {
      key: "title",
      header: "Название",
      type: "text",
      required: true,
      width: 40,
      help: "Название, одинаковое во всех ОО для одного сообщества.",
    },
    {
      key: "level",
      header: "Уровень",
      type: "list",
      required: true,
      values: V.COMMUNITY_LEVEL,
      width: 16,
      help: "Школьный, Муниципальный, Региональный или Всероссийский.",
    },
    {
      key: "participants",
      header: "Участников из ОО",
      type: "integer",
      required: false,
      min: 0,
      width: 14,
      help: "Сколько педагогов ОО участвует (целое число).",
    },
  ],
};

export const INSTRUCTION_SHEET = "Инструкция";

/** Sheets of a school workbook in the template's order. */
export const SCHOOL_DATA_SHEETS = [PASSPORT, TEACHERS, COMMUNITIES] as const;
