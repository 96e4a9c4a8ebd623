/**
 * The indicator catalog of indicators.md as data: one entry per code, in the
 * spec's order. Adding an indicator is one entry here and one test row.
 */
import * as V from "../schema/values";
import type { Condition, WorkerField } from "./conditions";
import { narrowing, type CatalogEntry, type IndicatorPassport, type Measure } from "./measures";
import type { Unit } from "./types";

const courseInPeriod: Condition = { op: "inPeriod", field: "courseDate" };
const diagInPeriod: Condition = { op: "inPeriod", field: "diagnosticsDate" };
const yes = (field: WorkerField): Condition => ({ op: "true", field });

interface Row {
  code: string;
  title: string;
  unit?: Unit;
  flow?: boolean;
  formula: string;
  sources: string[];
  down?: boolean;
  /** Neutral: described, not judged (indicators.md, «Targets and status»). */
  neutral?: boolean;
  target?: number;
  nextTarget?: number;
  measure: Measure;
}

const DIAG_TITLE =
  "Доля педагогических работников и управленческих кадров, прошедших диагностику профессиональных дефицитов";

const ROWS: Row[] = [
  {
    code: "DIAG",
    title: DIAG_TITLE,
    flow: true,
    sources: ["000", "001", "002", "003"],
    target: 30,
    nextTarget: 100,
    formula:
      "Работники (кроме внешних совместителей) с датой диагностики дефицитов в отчётном периоде / все работники × 100",
    measure: narrowing("ALL", [], [diagInPeriod]),
  },
  {
    code: "DIAG_REG",
    title: `${DIAG_TITLE} на региональном уровне (ЦНППМ)`,
    flow: true,
    sources: ["001", "002", "003"],
    target: 12,
    nextTarget: 26,
    formula:
      "Работники с датой диагностики в отчётном периоде и уровнем диагностики ЦНППМ или Региональный / все работники × 100",
    measure: narrowing(
      "ALL",
      [],
      [
        diagInPeriod,
        {
          op: "in",
          field: "diagnosticsLevel",
          values: [V.DIAGNOSTICS_LEVEL[0], V.DIAGNOSTICS_LEVEL[1]],
        },
      ]
    ),
  },
  {
    code: "IOM",
    title: "Доля работников, для которых по итогам диагностики разработаны ИОМ",
    sources: ["002", "003"],
    target: 10,
    nextTarget: 20,
    formula: "Работники с ИОМ = Да и заполненной датой диагностики / все работники × 100",
    measure: narrowing(
      "ALL",
      [],
      [yes("iomDeveloped"), { op: "filled", field: "diagnosticsDate" }]
    ),
  },
  {
    code: "ATTEST",
    title: "Доля педагогов, прошедших аттестацию в отчётном периоде",
    flow: true,
    sources: ["000"],
    formula: "Педагоги с датой аттестации в отчётном периоде / все педагоги × 100",
    measure: narrowing("PED", [], [{ op: "inPeriod", field: "attestationDate" }]),
  },
  {
    code: "PK_REG",
    title: "Доля педагогов, освоивших программы ПК в регионе",
    flow: true,
    sources: ["000", "002"],
    target: 5,
    nextTarget: 6.8,
    formula:
      "Педагоги с датой окончания ПК в отчётном периоде в региональной организации / все педагоги × 100",
    measure: narrowing(
      "PED",
      [],
      [courseInPeriod, { op: "eq", field: "courseOrganisation", value: V.COURSE_ORGANISATION[0] }]
    ),
  },
  {
    code: "PK_REMOTE",
    title: "Доля педагогов, освоивших программы ПК дистанционно в сторонних организациях",
    flow: true,
    sources: ["000"],
    formula:
      "Педагоги с датой окончания ПК в отчётном периоде в сторонней организации дистанционно / все педагоги × 100",
    measure: narrowing(
      "PED",
      [],
      [courseInPeriod, { op: "eq", field: "courseOrganisation", value: V.COURSE_ORGANISATION[2] }]
    ),
  },
  {
    code: "PK_DIAG",
    title: "Доля педагогов, освоивших ДПП, подобранные с учётом диагностики дефицитов",
    flow: true,
    sources: ["003", "004"],
    formula:
      "Педагоги с датой окончания ПК в отчётном периоде и «ПК по итогам диагностики» = Да / все педагоги × 100",
    measure: narrowing("PED", [], [courseInPeriod, yes("courseFromDiagnostics")]),
  },
  {
    code: "PK_REGISTRY",
    title:
      "Доля педагогов, прошедших ПК по программам из федерального реестра (качество программ ДПО)",
    flow: true,
    sources: ["004"],
    formula:
      "Педагоги, окончившие ПК в отчётном периоде по программе из федерального реестра / педагоги, окончившие ПК в отчётном периоде × 100",
    measure: narrowing("PED", [courseInPeriod], [yes("courseInRegistry")]),
  },
  {
    code: "DIAG_BEFORE_PK",
    title: "Доля педагогов, у которых обучению предшествовала диагностика дефицитов",
    flow: true,
    sources: ["004"],
    formula:
      "Педагоги, окончившие ПК в отчётном периоде, с датой диагностики раньше даты окончания ПК / педагоги, окончившие ПК в отчётном периоде × 100",
    measure: narrowing("PED", [courseInPeriod], [{ op: "named", name: "diagnosedBeforeCourse" }]),
  },
  {
    code: "PK_3Y",
    title: "Доля работников, повышавших квалификацию за последние 3 года",
    sources: ["004"],
    target: 100,
    formula:
      "Работники с датой окончания ПК не ранее той же календарной даты за 3 года до конца периода (29.02 → 28.02) и не позднее конца периода / все работники × 100",
    measure: narrowing("ALL", [], [{ op: "withinYears", field: "courseDate", years: 3 }]),
  },
  {
    code: "CONTEST",
    title: "Доля педагогов, участвующих в профессиональных конкурсах",
    flow: true,
    sources: ["000", "001"],
    formula: "Педагоги с уровнем конкурса, отличным от «Не участвовал» / все педагоги × 100",
    measure: narrowing("PED", [], [{ op: "notIn", field: "contestLevel", values: [V.NO_CONTEST] }]),
  },
  {
    code: "EXPERT",
    title: "Доля педагогов, вовлечённых в экспертную деятельность",
    sources: ["000", "001", "003"],
    formula: "Педагоги с «Экспертная деятельность» = Да / все педагоги × 100",
    measure: narrowing("PED", [], [yes("expertActivity")]),
  },
  {
    code: "DPO_NOPROF",
    title: "Доля педагогов без профессионального образования, освоивших программы ДПО",
    flow: true,
    sources: ["000"],
    formula:
      "Педагоги без профессионального образования, окончившие ПК в отчётном периоде или завершившие переподготовку / педагоги без профессионального образования × 100",
    measure: narrowing(
      "PED",
      [{ op: "eq", field: "educationLevel", value: V.NO_PROFESSIONAL_EDUCATION }],
      [{ op: "any", of: [courseInPeriod, yes("retrainingCompleted")] }]
    ),
  },
  {
    code: "RETRAIN_REG",
    title:
      "Доля педагогов с непедагогическим базовым образованием, освоивших переподготовку педагогической направленности в регионе",
    sources: ["000"],
    formula:
      "Педагоги с «Педагогическое образование» = Нет, завершившие переподготовку педагогической направленности в регионе / все педагоги × 100",
    measure: narrowing(
      "PED",
      [],
      [
        { op: "false", field: "pedagogicalEducation" },
        yes("retrainingCompleted"),
        yes("retrainingInRegion"),
      ]
    ),
  },
  {
    code: "RETRAIN_SENT",
    title: "Доля прошедших профессиональную переподготовку от числа направленных",
    flow: true,
    sources: ["003", "004"],
    formula:
      "Работники, направленные на переподготовку и завершившие её / работники, направленные на переподготовку × 100",
    measure: narrowing("ALL", [yes("retrainingSent")], [yes("retrainingCompleted")]),
  },
  {
    code: "YOUNG_SUPPORT",
    title: "Доля молодых педагогов в первые 3 года работы, участвующих в формах поддержки",
    sources: ["003"],
    formula:
      "Молодые педагоги (до 35 лет включительно) со стажем меньше 3 лет, у которых есть наставник или которые участвуют в проектах поддержки / все такие педагоги × 100",
    measure: narrowing(
      "PED",
      [
        { op: "named", name: "young" },
        { op: "named", name: "beginner" },
      ],
      [{ op: "any", of: [yes("mentee"), yes("youngSupportProjects")] }]
    ),
  },
  {
    code: "YOUNG_PROJECTS",
    title: "Доля педагогов, участвующих в проектах поддержки молодых педагогов",
    sources: ["001"],
    formula:
      "Педагоги с «Участие в проектах поддержки молодых педагогов» = Да / все педагоги × 100",
    measure: narrowing("PED", [], [yes("youngSupportProjects")]),
  },
  {
    code: "MENTORS",
    title: "Доля педагогов-наставников",
    sources: ["001", "002"],
    formula: "Педагоги с «Наставник» = Да / все педагоги × 100",
    measure: narrowing("PED", [], [yes("mentor")]),
  },
  {
    code: "NETWORK",
    title: "Доля педагогов, включённых в сетевые сообщества",
    sources: ["001", "002"],
    formula: "Педагоги с «Участие в сетевых сообществах» = Да / все педагоги × 100",
    measure: narrowing("PED", [], [yes("networkCommunities")]),
  },
  {
    code: "MO",
    title: "Доля педагогов, участвующих в работе МО учителей-предметников",
    sources: ["003"],
    formula: "Педагоги с «Участие в МО» = Да / все педагоги × 100",
    measure: narrowing("PED", [], [yes("methodicalAssociation")]),
  },
  {
    code: "PROFILE",
    title: "Доля педагогов, имеющих образование, соответствующее профилю",
    sources: ["001"],
    formula: "Педагоги с «Образование соответствует профилю» = Да / все педагоги × 100",
    measure: narrowing("PED", [], [yes("educationMatchesProfile")]),
  },
  {
    code: "SKILL_ASSESS",
    title: "Доля педагогов, успешно прошедших оценку профмастерства",
    sources: ["002"],
    formula: "Педагоги с «Оценка профмастерства» = Успешно / все педагоги × 100",
    measure: narrowing(
      "PED",
      [],
      [{ op: "eq", field: "skillAssessment", value: V.SKILL_ASSESSMENT[1] }]
    ),
  },
  {
    code: "CATEGORY",
    title: "Доля педагогов с квалификационной категорией",
    sources: ["002"],
    formula:
      "Педагоги с категорией, действующей на конец периода (Первая или Высшая, присвоенная с 01.09.2023, или присвоенная раньше, если дата аттестации + 5 лет позже конца периода; Педагог-методист или Педагог-наставник, присвоенные с 01.09.2023; «Соответствие занимаемой должности» не категория) / все педагоги × 100",
    measure: narrowing("PED", [], [{ op: "named", name: "categoryInEffect" }]),
  },
  {
    code: "BURNOUT_DIAG",
    title: "Доля работников, прошедших диагностику профессионального выгорания",
    sources: ["000"],
    formula:
      "Работники с результатом диагностики выгорания (не «Не проводилась») / все работники × 100",
    measure: narrowing("ALL", [], [{ op: "notIn", field: "burnout", values: [V.BURNOUT[0]] }]),
  },
  {
    code: "BURNOUT_HIGH",
    title: "Доля работников с высоким уровнем выгорания (из прошедших диагностику)",
    sources: ["000"],
    down: true,
    formula:
      "Работники с высоким уровнем выгорания / работники с уровнем Низкий, Средний или Высокий × 100",
    measure: narrowing(
      "ALL",
      [{ op: "in", field: "burnout", values: V.BURNOUT.slice(1) }],
      [{ op: "eq", field: "burnout", value: V.BURNOUT[3] }]
    ),
  },
  {
    code: "AGE_U35",
    title: "Доля педагогов в возрасте до 35 лет",
    neutral: true,
    sources: ["002"],
    formula:
      "Педагоги в возрасте не старше 35 лет (полных лет на конец периода) / все педагоги × 100",
    measure: narrowing("PED", [], [{ op: "named", name: "young" }]),
  },
  {
    code: "EXP_U3",
    title: "Доля педагогов со стажем до 3 лет",
    neutral: true,
    sources: ["002"],
    formula: "Педагоги с педагогическим стажем меньше 3 лет / все педагоги × 100",
    measure: narrowing("PED", [], [{ op: "named", name: "beginner" }]),
  },
  {
    code: "PENSION",
    title: "Доля педагогов пенсионного возраста",
    sources: ["002"],
    down: true,
    formula:
      "Педагоги, достигшие пенсионного возраста (по полу и году окончания периода) / все педагоги × 100",
    measure: narrowing("PED", [], [{ op: "named", name: "pensionAge" }]),
  },
  {
    code: "TUTORS_PER_100",
    title: "Число тьюторов и супервизоров на 100 педагогов",
    unit: "на 100 педагогов",
    sources: ["002"],
    target: 1,
    formula: "Работники с «Тьютор или супервизор» = Да / все педагоги × 100",
    measure: {
      kind: "share",
      numerator: { population: "ALL", where: [yes("tutorOrSupervisor")] },
      denominator: { population: "PED" },
    },
  },
  {
    code: "MENTORING_SCHOOLS",
    title: "Доля ОО, реализующих целевую модель наставничества «учитель – учитель»",
    sources: ["003"],
    formula:
      "ОО, в паспорте которых «Реализуется целевая модель наставничества учитель-учитель» = Да / все ОО × 100",
    measure: { kind: "schoolFlag", field: "mentoringModel" },
  },
  {
    code: "MGR_QUALITY",
    title:
      "Доля ОО, управленческие команды которых повысили квалификацию по управлению качеством образования",
    sources: ["003"],
    formula:
      "ОО, в паспорте которых управленческая команда повысила квалификацию по управлению качеством образования / все ОО × 100",
    measure: { kind: "schoolFlag", field: "mgrQualityTraining" },
  },
  {
    code: "SKILL_SCHOOLS",
    title: "Доля ОО, в которых большинство педагогов прошли оценку профмастерства",
    sources: ["002"],
    formula:
      "ОО, где больше половины педагогов имеют оценку профмастерства Успешно или Неуспешно / все ОО × 100",
    measure: {
      kind: "schoolMajority",
      denominator: { population: "PED" },
      numerator: {
        population: "PED",
        where: [{ op: "in", field: "skillAssessment", values: V.SKILL_ASSESSMENT.slice(1) }],
      },
    },
  },
  {
    code: "STAFFING",
    title: "Обеспеченность ОО педагогическими кадрами, %",
    sources: ["001"],
    formula:
      "(Σ штатных должностей педагогов − Σ вакансий педагогов) / Σ штатных должностей педагогов × 100",
    measure: { kind: "staffing" },
  },
  {
    code: "VAC_PED",
    title: "Количество вакансий педагогических работников",
    unit: "единиц",
    sources: ["002", "003"],
    down: true,
    formula: "Σ вакансий педагогических работников по паспортам ОО",
    measure: { kind: "passportSum", field: "pedVacancies" },
  },
  {
    code: "VAC_MGR",
    title: "Количество вакансий управленческих кадров",
    unit: "единиц",
    sources: ["003"],
    down: true,
    formula: "Σ вакансий управленческих кадров по паспортам ОО",
    measure: { kind: "passportSum", field: "mgrVacancies" },
  },
  {
    code: "PART_TIME",
    title: "Число внешних совместителей",
    unit: "человек",
    neutral: true,
    sources: ["федеральная статистика кадров"],
    formula: "Строки с видом занятости «Внешнее совместительство» (в ALL не входят)",
    measure: { kind: "workerCount", selection: { population: "EXTERNAL" } },
  },
  {
    code: "YOUNG_PROJECT_COUNT",
    title: "Количество проектов поддержки молодых педагогов",
    unit: "единиц",
    flow: true,
    sources: ["001"],
    formula:
      "Число различных названий (без учёта регистра, пробелов, ё/е) среди строк «Сообщества и проекты» типа «Проект поддержки молодых педагогов»",
    measure: { kind: "distinctCommunities", types: [V.COMMUNITY_TYPE[0]] },
  },
  {
    code: "COMMUNITY_COUNT",
    title: "Количество методических объединений и профессиональных сообществ муниципального уровня",
    unit: "единиц",
    sources: ["001"],
    formula:
      "Число различных названий среди строк «Сообщества и проекты» типа МО, профессиональное или сетевое сообщество с уровнем «Муниципальный»",
    measure: {
      kind: "distinctCommunities",
      types: V.COMMUNITY_TYPE.slice(1),
      levels: [V.COMMUNITY_LEVEL[1]],
    },
  },
];

/**
 * What the catalog knows of an indicator whatever the profile. Periodicity, the
 * responsible party and the collection method depend on the profile's document
 * and on `Настройки`: passports.ts `passportFor`.
 */
function passportOf(row: Row): IndicatorPassport {
  return {
    code: row.code,
    title: row.title,
    unit: row.unit ?? "%",
    kind: row.flow ? "за период" : "на конец периода",
    formula: row.formula,
    sources: row.sources,
  };
}

export const CATALOG: readonly CatalogEntry[] = ROWS.map((row) => ({
  ...passportOf(row),
  direction: row.neutral ? V.NEUTRAL : row.down ? "≤" : "≥",
  target: row.target ?? null,
  nextTarget: row.nextTarget ?? null,
  measure: row.measure,
}));

export const CATALOG_CODES: readonly string[] = CATALOG.map((e) => e.code);

const BY_CODE = new Map(CATALOG.map((e) => [e.code, e]));

export function catalogEntry(code: string): CatalogEntry | undefined {
  return BY_CODE.get(code.trim().toUpperCase());
}
