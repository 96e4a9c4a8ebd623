/**
 * The teacher table (`Педагоги`), declared once: every column's key, header, type,
 * allowed values and help. The `Worker` type, the reader, the row rules, the engine's
 * field getters, the templates and the consolidated `Сводные данные` all follow from
 * this list; a new column is one entry here (docs/architecture.md, "A new column").
 */
import type { FieldSpec } from "./types";
import * as V from "./values";
import { yesNo } from "./yes-no";

export const TEACHER_FIELDS = [
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
] as const satisfies readonly FieldSpec[];
