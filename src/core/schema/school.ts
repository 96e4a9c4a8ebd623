/**
 * The school workbook (ОО): the only place where its sheets, headers, types and
 * allowed values are written. See docs/spec/template.md.
 */
import type { FieldSpec, FormSheetSpec, TableSheetSpec } from "./types";
import * as V from "./values";

const yesNo = (key: string, header: string, help: string, optional = false): FieldSpec => ({
  key,
  header,
  type: "yesno",
  required: !optional,
  values: V.YES_NO,
  ...(optional ? { emptyMeans: V.NO } : {}),
  help,
});

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
  fields: [
    {
      key: "tabNumber",
      header: "Табельный номер",
      type: "text",
      required: true,
      unique: true,
      width: 12,
      help: "Табельный номер работника; в пределах ОО не повторяется. По нему адресуются рекомендации вместо ФИО.",
    },
    {
      key: "fullName",
      header: "ФИО",
      type: "text",
      required: false,
      width: 24,
      help: "Можно не заполнять (персональные данные).",
    },
    {
      key: "sex",
      header: "Пол",
      type: "list",
      required: true,
      values: V.SEX,
      width: 6,
      help: "М или Ж (нужен для пенсионного возраста).",
    },
    {
      key: "birthDate",
      header: "Дата рождения",
      type: "date",
      required: true,
      help: "ДД.ММ.ГГГГ. Возраст на конец периода — от 16 до 100 лет.",
    },
    {
      key: "workerCategory",
      header: "Категория работника",
      type: "list",
      required: true,
      values: V.WORKER_CATEGORY,
      width: 24,
      help: "Педагогический работник, Руководитель или Заместитель руководителя.",
    },
    {
      key: "position",
      header: "Должность",
      type: "text",
      required: true,
      width: 20,
      help: "Должность по штатному расписанию, например «учитель».",
    },
    {
      key: "subject",
      header: "Преподаваемый предмет",
      type: "text",
      required: false,
      width: 18,
      help: "Основной предмет или направление работы.",
    },
    {
      key: "educationLevel",
      header: "Уровень образования",
      type: "list",
      required: true,
      values: V.EDUCATION_LEVEL,
      width: 22,
      help: "Высшее, Среднее профессиональное или Нет профессионального образования.",
    },
    yesNo(
      "pedagogicalEducation",
      "Педагогическое образование",
      "Да, если базовое образование педагогическое."
    ),
    yesNo(
      "educationMatchesProfile",
      "Образование соответствует профилю",
      "Да, если образование соответствует профилю преподаваемого предмета."
    ),
    {
      key: "pedExperience",
      header: "Педагогический стаж, лет",
      type: "number",
      required: true,
      min: 0,
      help: "Полных лет педагогического стажа; можно дробное число (2,5).",
    },
    {
      key: "qualificationCategory",
      header: "Квалификационная категория",
      type: "list",
      required: true,
      values: V.QUALIFICATION_CATEGORY,
      width: 22,
      help: "Категория по последней аттестации.",
    },
    {
      key: "attestationDate",
      header: "Дата аттестации",
      type: "date",
      required: false,
      requiredWhen: { field: "qualificationCategory", notIn: [V.NO_CATEGORY] },
      help: "Дата приказа о последней аттестации; обязательна, если категория не «Без категории».",
    },
    {
      key: "diagnosticsDate",
      header: "Дата диагностики дефицитов",
      type: "date",
      required: false,
      help: "Дата последней диагностики профессиональных дефицитов; пусто — диагностику не проходил.",
    },
    {
      key: "diagnosticsLevel",
      header: "Уровень диагностики",
      type: "list",
      required: false,
      requiredWhen: { field: "diagnosticsDate", filled: true },
      values: V.DIAGNOSTICS_LEVEL,
      width: 16,
      help: "Где проведена диагностика; обязательно, если указана её дата.",
    },
    {
      key: "deficits",
      header: "Выявленные дефициты",
      type: "multilist",
      required: false,
      values: V.DEFICITS,
      width: 30,
      help: "Один или несколько дефицитов через «;», например: Методические; Цифровые.",
    },
    yesNo(
      "iomDeveloped",
      "ИОМ разработан",
      "Да, если по итогам диагностики разработан индивидуальный образовательный маршрут."
    ),
    {
      key: "courseDate",
      header: "Дата окончания ПК",
      type: "date",
      required: false,
      help: "Дата окончания последнего курса повышения квалификации; пусто — курсов не было.",
    },
    {
      key: "courseOrganisation",
      header: "Организация ПК",
      type: "list",
      required: false,
      requiredWhen: { field: "courseDate", filled: true },
      values: V.COURSE_ORGANISATION,
      width: 22,
      help: "Кто провёл последний курс; обязательно, если указана дата окончания ПК.",
    },
    yesNo(
      "courseFromDiagnostics",
      "ПК по итогам диагностики",
      "Да, если курс подобран по выявленным дефицитам. Пусто — Нет.",
      true
    ),
    yesNo(
      "courseQualityManagement",
      "ПК по управлению качеством",
      "Да, если курс был по управлению качеством образования. Пусто — Нет.",
      true
    ),
    yesNo(
      "retrainingSent",
      "Направлен на переподготовку",
      "Да, если работник направлен на профессиональную переподготовку."
    ),
    yesNo(
      "retrainingCompleted",
      "Переподготовка завершена",
      "Да, если переподготовка завершена (только для направленных)."
    ),
    yesNo(
      "retrainingInRegion",
      "Переподготовка педагогической направленности в регионе",
      "Да, если пройдена переподготовка педагогической направленности в регионе. Пусто — Нет.",
      true
    ),
    {
      key: "contestLevel",
      header: "Уровень конкурса",
      type: "list",
      required: true,
      values: V.CONTEST_LEVEL,
      width: 16,
      help: "Высший уровень профессионального конкурса за период.",
    },
    {
      key: "contestResult",
      header: "Результат конкурса",
      type: "list",
      required: false,
      requiredWhen: { field: "contestLevel", notIn: [V.NO_CONTEST] },
      values: V.CONTEST_RESULT,
      width: 14,
      help: "Участник, Призёр или Победитель; обязательно, если участвовал.",
    },
    yesNo(
      "expertActivity",
      "Экспертная деятельность",
      "Да, если эксперт, член жюри или конкурсной комиссии."
    ),
    yesNo(
      "methodicalAssociation",
      "Участие в МО",
      "Да, если участвует в методическом объединении учителей-предметников."
    ),
    yesNo(
      "networkCommunities",
      "Участие в сетевых сообществах",
      "Да, если участвует в сетевых педагогических сообществах."
    ),
    yesNo("mentor", "Наставник", "Да, если является наставником."),
    yesNo("mentee", "Наставляемый", "Да, если за работником закреплён наставник."),
    yesNo(
      "youngSupportProjects",
      "Участие в проектах поддержки молодых педагогов",
      "Да, если участвует в проектах поддержки молодых педагогов."
    ),
    {
      key: "skillAssessment",
      header: "Оценка профмастерства",
      type: "list",
      required: true,
      values: V.SKILL_ASSESSMENT,
      width: 14,
      help: "Не проходил, Успешно или Неуспешно.",
    },
    {
      key: "burnout",
      header: "Диагностика выгорания",
      type: "list",
      required: true,
      values: V.BURNOUT,
      width: 16,
      help: "Уровень выгорания по диагностике или «Не проводилась».",
    },
    yesNo(
      "managementReserve",
      "Кадровый резерв",
      "Да, если включён в управленческий кадровый резерв."
    ),
    yesNo(
      "tutorOrSupervisor",
      "Тьютор или супервизор",
      "Да, если выполняет функции тьютора или супервизора."
    ),
    yesNo(
      "specialNeeds",
      "Работа с детьми с ОВЗ",
      "Да, если работает с детьми с ограниченными возможностями здоровья."
    ),
    yesNo("giftedChildren", "Работа с одарёнными детьми", "Да, если работает с одарёнными детьми."),
    {
      key: "note",
      header: "Примечание",
      type: "text",
      required: false,
      width: 24,
      help: "Любые пояснения.",
    },
    {
      key: "employment",
      header: "Вид занятости",
      type: "list",
      required: false,
      values: V.EMPLOYMENT,
      emptyMeans: "Основное место работы",
      width: 22,
      help: "Пусто — основное место работы. Внешние совместители считаются отдельно.",
    },
    yesNo(
      "courseInRegistry",
      "Программа ПК из федерального реестра",
      "Да, если программа последнего курса есть в федеральном реестре ДПП. Пусто — Нет.",
      true
    ),
  ],
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
