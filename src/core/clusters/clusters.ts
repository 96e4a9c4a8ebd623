/**
 * Clusters of workers (recommendations.md): a worker may be in several;
 * «специалисты» are those in none of the others. Membership, titles and the
 * recommended support forms (ИОМ by cluster) are data.
 */
import { TOTAL, type Scope, type Settings } from "../indicators/types";
import type { Period, SchoolData, Worker } from "../model";
import { allWorkers, isBeginner, isManager, isPensionAge, isYoung } from "./population";

interface Ctx {
  school: SchoolData;
  period: Period;
  settings: Settings;
}

export interface ClusterSpec {
  key: string;
  /** Russian; {young} and {beginner} are the settings' limits. */
  title: string;
  support: string;
  member: ((w: Worker, ctx: Ctx) => boolean) | null;
}

export const CLUSTERS: readonly ClusterSpec[] = [
  {
    key: "young",
    title: "Молодые педагоги до {young} лет",
    member: (w, c) => isYoung(w, c.period, c.settings),
    support:
      "Наставничество «опытный педагог – молодой специалист», школа молодого педагога, участие в проектах поддержки молодых педагогов; ИОМ с акцентом на методические и психолого-педагогические компетенции.",
  },
  {
    key: "beginners",
    title: "Молодые специалисты со стажем до {beginner} лет",
    member: (w, c) => isBeginner(w, c.settings),
    support:
      "Закрепление наставника, адаптационная программа, посещение уроков наставника и коллег; ИОМ на первые годы работы.",
  },
  {
    key: "pension",
    title: "Педагоги пенсионного возраста",
    member: (w, c) => isPensionAge(w, c.period, c.settings),
    support:
      "Передача опыта через наставничество и МО, ПК по цифровым компетенциям, профилактика профессионального выгорания; ИОМ с учётом нагрузки.",
  },
  {
    key: "reserve",
    title: "Кадровый резерв",
    member: (w) => w.managementReserve === true,
    support:
      "ПК по управлению качеством образования, стажировки в управленческих командах, участие в проектах ОО; ИОМ развития управленческих компетенций.",
  },
  {
    key: "managers",
    title: "Руководители (руководитель, заместитель руководителя)",
    member: (w) => isManager(w),
    support:
      "ПК по управлению качеством образования, сетевые проекты управленческих команд, анализ результатов мониторинга и принятие управленческих решений.",
  },
  {
    key: "specialNeeds",
    title: "Работающие с детьми с ОВЗ",
    member: (w) => w.specialNeeds === true,
    support:
      "ПК по инклюзивному образованию, консультации специалистов (психолог, дефектолог, тьютор), сетевые сообщества по работе с детьми с ОВЗ; ИОМ по инклюзивным дефицитам.",
  },
  {
    key: "gifted",
    title: "Работающие с одарёнными детьми",
    member: (w) => w.giftedChildren === true,
    support:
      "ПК по работе с одарёнными детьми, подготовка к олимпиадам и конкурсам, экспертная деятельность, сетевые сообщества.",
  },
  {
    key: "lowResults",
    title: "Педагоги ОО с низкими образовательными результатами",
    member: (_w, c) => c.school.passport.lowResults === true,
    support:
      "Адресная методическая помощь ОО, сетевое партнёрство с успешными ОО, ПК по предметным и методическим дефицитам; ИОМ по результатам диагностики.",
  },
  {
    key: "specialists",
    title: "Специалисты (не вошедшие в другие кластеры)",
    member: null,
    support:
      "Участие в МО и профессиональных конкурсах, экспертная деятельность, сетевые сообщества; ИОМ по результатам диагностики дефицитов.",
  },
];

export function clusterTitle(spec: ClusterSpec, settings: Settings): string {
  return spec.title
    .replace("{young}", String(settings.youngAgeLimit))
    .replace("{beginner}", String(settings.beginnerExperience));
}

/** Keys of the clusters a worker belongs to (at least one: «специалисты» otherwise). */
export function clustersOf(w: Worker, ctx: Ctx): string[] {
  const keys = CLUSTERS.filter((c) => c.member?.(w, ctx)).map((c) => c.key);
  return keys.length ? keys : CLUSTERS.filter((c) => c.member === null).map((c) => c.key);
}

export interface ScopeCounts {
  scope: Scope;
  /** Workers of ALL counted in the scope. */
  workers: number;
  /** One count per entry of the block's columns. */
  counts: number[];
}

/** Cluster counts over the workers of ALL: total first, then each school. */
export function clusterCounts(
  schools: readonly SchoolData[],
  period: Period,
  settings: Settings
): ScopeCounts[] {
  const total: ScopeCounts = { scope: TOTAL, workers: 0, counts: CLUSTERS.map(() => 0) };
  const rows = schools.map((school): ScopeCounts => {
    const own: ScopeCounts = {
      scope: school.passport.schoolCode ?? school.file,
      workers: 0,
      counts: CLUSTERS.map(() => 0),
    };
    for (const { worker } of allWorkers([school])) {
      own.workers++;
      for (const key of clustersOf(worker, { school, period, settings })) {
        own.counts[CLUSTERS.findIndex((c) => c.key === key)]++;
      }
    }
    total.workers += own.workers;
    own.counts.forEach((n, i) => (total.counts[i] += n));
    return own;
  });
  return [total, ...rows];
}
