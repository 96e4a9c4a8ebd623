/**
 * Clusters of workers (recommendations.md): a worker may be in several;
 * «специалисты» are those in none of the others. Membership is written in the
 * indicators' condition language and compiled by its one evaluator
 * (compile-condition.ts) against the common period; titles and the recommended
 * support forms (ИОМ by cluster) are data.
 */
import { compileCondition, type WorkerPredicate } from "../indicators/compile-condition";
import type { Condition } from "../indicators/conditions";
import { commonContext } from "../indicators/school-context";
import { TOTAL, type Scope, type Settings } from "../indicators/types";
import type { Passport, Period, SchoolData, Worker } from "../model";
import { WORKER_CATEGORY } from "../schema/values";
import { allWorkers } from "./population";

/** Who is in a cluster: a condition on the row, a property of the school, or (null) no other cluster. */
export type ClusterMembership =
  { where: Condition } | { school: (passport: Passport) => boolean } | null;

export interface ClusterSpec {
  key: string;
  /** Russian; {young} and {beginner} are the settings' limits. */
  title: string;
  support: string;
  member: ClusterMembership;
}

export const CLUSTERS: readonly ClusterSpec[] = [
  {
    key: "young",
    title: "Молодые педагоги до {young} лет",
    member: { where: { op: "named", name: "young" } },
    support:
      "Наставничество «опытный педагог – молодой специалист», школа молодого педагога, участие в проектах поддержки молодых педагогов; ИОМ с акцентом на методические и психолого-педагогические компетенции.",
  },
  {
    key: "beginners",
    title: "Молодые специалисты со стажем до {beginner} лет",
    member: { where: { op: "named", name: "beginner" } },
    support:
      "Закрепление наставника, адаптационная программа, посещение уроков наставника и коллег; ИОМ на первые годы работы.",
  },
  {
    key: "pension",
    title: "Педагоги пенсионного возраста",
    member: { where: { op: "named", name: "pensionAge" } },
    support:
      "Передача опыта через наставничество и МО, ПК по цифровым компетенциям, профилактика профессионального выгорания; ИОМ с учётом нагрузки.",
  },
  {
    key: "reserve",
    title: "Кадровый резерв",
    member: { where: { op: "true", field: "managementReserve" } },
    support:
      "ПК по управлению качеством образования, стажировки в управленческих командах, участие в проектах ОО; ИОМ развития управленческих компетенций.",
  },
  {
    key: "managers",
    title: "Руководители (руководитель, заместитель руководителя)",
    member: {
      where: {
        op: "in",
        field: "workerCategory",
        values: [WORKER_CATEGORY[1], WORKER_CATEGORY[2]],
      },
    },
    support:
      "ПК по управлению качеством образования, сетевые проекты управленческих команд, анализ результатов мониторинга и принятие управленческих решений.",
  },
  {
    key: "specialNeeds",
    title: "Работающие с детьми с ОВЗ",
    member: { where: { op: "true", field: "specialNeeds" } },
    support:
      "ПК по инклюзивному образованию, консультации специалистов (психолог, дефектолог, тьютор), сетевые сообщества по работе с детьми с ОВЗ; ИОМ по инклюзивным дефицитам.",
  },
  {
    key: "gifted",
    title: "Работающие с одарёнными детьми",
    member: { where: { op: "true", field: "giftedChildren" } },
    support:
      "ПК по работе с одарёнными детьми, подготовка к олимпиадам и конкурсам, экспертная деятельность, сетевые сообщества.",
  },
  {
    key: "lowResults",
    title: "Педагоги ОО с низкими образовательными результатами",
    member: { school: (passport) => passport.lowResults === true },
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

/** A worker's clusters: the keys it belongs to (at least one: «специалисты» otherwise). */
export type ClustersOf = (w: Worker, school: SchoolData) => string[];

/** Compiles every cluster's membership once for a period and settings. */
export function clusterMembership(period: Period, settings: Settings): ClustersOf {
  const context = commonContext(period, settings);
  const tests = CLUSTERS.map((c): ((w: Worker, school: SchoolData) => boolean) | null => {
    const member = c.member;
    if (member === null) return null;
    if ("school" in member) return (_w, school) => member.school(school.passport);
    const pred: WorkerPredicate = compileCondition(member.where, context);
    return (w) => pred(w);
  });
  const rest = CLUSTERS.filter((c) => c.member === null).map((c) => c.key);
  return (w, school) => {
    const keys: string[] = [];
    tests.forEach((test, i) => {
      if (test?.(w, school)) keys.push(CLUSTERS[i].key);
    });
    return keys.length ? keys : [...rest];
  };
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
  const clustersOf = clusterMembership(period, settings);
  const total: ScopeCounts = { scope: TOTAL, workers: 0, counts: CLUSTERS.map(() => 0) };
  const rows = schools.map((school): ScopeCounts => {
    const own: ScopeCounts = {
      scope: school.passport.schoolCode ?? school.file,
      workers: 0,
      counts: CLUSTERS.map(() => 0),
    };
    for (const { worker } of allWorkers([school])) {
      own.workers++;
      for (const key of clustersOf(worker, school)) {
        own.counts[CLUSTERS.findIndex((c) => c.key === key)]++;
      }
    }
    total.workers += own.workers;
    own.counts.forEach((n, i) => (total.counts[i] += n));
    return own;
  });
  return [total, ...rows];
}
