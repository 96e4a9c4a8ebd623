/**
 * Worker clusters of recommendations.md ("Clusters") as data over the same
 * condition language as the indicators, and their counts per school and in
 * total. A worker may be in several clusters; "Специалисты" are those in none.
 * Only rows without errors of ALL (external part-timers are their main
 * employer's) are counted. The age- and experience-based clusters are about
 * pedagogues, so they take PED; the others take ALL.
 */
import type { SchoolData } from "../model";
import { EXTERNAL_PART_TIME, PEDAGOGICAL_WORKER, WORKER_CATEGORY } from "../schema/values";
import { POPULATION_BIT, populationMask } from "./compile";
import { compileConditions, type WorkerPredicate } from "./compile-condition";
import type { Population, Selection } from "./conditions";
import { schoolScope } from "./engine";
import { schoolContext } from "./school-context";
import { TOTAL, type Scope, type Settings } from "./types";

export interface ClusterDefinition {
  id: string;
  name: string;
  /** Rows of the cluster; absent for the school-level cluster. */
  selection?: Selection;
  /** Every counted row of a school whose passport says Да here. */
  schoolFlag?: "lowResults";
}

export const CLUSTERS: readonly ClusterDefinition[] = [
  { id: "young", name: "Молодые педагоги до 35 лет", selection: { population: "PED", where: [{ op: "named", name: "young" }] } },
  { id: "beginners", name: "Молодые специалисты со стажем до 3 лет", selection: { population: "PED", where: [{ op: "named", name: "beginner" }] } },
  { id: "pension", name: "Педагоги пенсионного возраста", selection: { population: "PED", where: [{ op: "named", name: "pensionAge" }] } },
  { id: "reserve", name: "Кадровый резерв", selection: { population: "ALL", where: [{ op: "true", field: "managementReserve" }] } },
  { id: "managers", name: "Руководители", selection: { population: "ALL", where: [{ op: "in", field: "workerCategory", values: WORKER_CATEGORY.slice(1) }] } },
  { id: "specialNeeds", name: "Работающие с детьми с ОВЗ", selection: { population: "ALL", where: [{ op: "true", field: "specialNeeds" }] } },
  { id: "gifted", name: "Работающие с одарёнными детьми", selection: { population: "ALL", where: [{ op: "true", field: "giftedChildren" }] } },
  { id: "lowResults", name: "Педагоги ОО с низкими образовательными результатами", schoolFlag: "lowResults" },
  { id: "specialists", name: "Специалисты" },
];

export interface ClusterCounts {
  clusters: readonly ClusterDefinition[];
  /** Scope → count per cluster (in CLUSTERS order); `total` first, then schools in input order. */
  counts: Map<Scope, number[]>;
}

export function countClusters(schools: readonly SchoolData[], settings: Settings): ClusterCounts {
  const n = CLUSTERS.length;
  const counts = new Map<Scope, number[]>([[TOTAL, new Array(n).fill(0)]]);
  for (const school of schools) {
    const scope = schoolScope(school);
    if (!counts.has(scope)) counts.set(scope, new Array(n).fill(0));
    const local = counts.get(scope) as number[];
    const total = counts.get(TOTAL) as number[];
    const ctx = schoolContext(school.passport, settings);
    const preds: (WorkerPredicate | null)[] = CLUSTERS.map((c) => (c.selection ? compileConditions(c.selection.where ?? [], ctx) : null));
    const bits = CLUSTERS.map((c) => POPULATION_BIT[(c.selection?.population ?? "ALL") as Population]);
    const lowResults = school.passport.lowResults === true && !school.badPassportFields.includes("lowResults");
    for (const w of school.workers) {
      const mask = populationMask(w.employment, w.workerCategory, EXTERNAL_PART_TIME, PEDAGOGICAL_WORKER);
      if (w.hasErrors || (mask & POPULATION_BIT.ALL) === 0) continue;
      let any = false;
      for (let k = 0; k < n; k++) {
        const def = CLUSTERS[k];
        const p = preds[k];
        const member = p ? (mask & bits[k]) !== 0 && p(w) : def.schoolFlag ? lowResults : !any;
        if (member) {
          any = true;
          local[k]++;
          total[k]++;
        }
      }
    }
  }
  return { clusters: CLUSTERS, counts };
}
