/** Structure of diagnosed deficits: count per category, per school and in total. */
import { TOTAL } from "../indicators/types";
import type { SchoolData } from "../model";
import { deficitStructure } from "../recommend/deficits";
import { DEFICITS } from "../schema/values";
import type { ScopeCounts } from "./clusters";
import { inAll } from "./population";

/** Over workers of ALL with any diagnostics date; `workers` is how many were diagnosed. */
export function deficitCounts(schools: readonly SchoolData[]): ScopeCounts[] {
  const total: ScopeCounts = { scope: TOTAL, workers: 0, counts: DEFICITS.map(() => 0) };
  const rows = schools.map((school): ScopeCounts => {
    const diagnosed = school.workers.filter((w) => inAll(w) && w.diagnosticsDate !== null);
    const s = deficitStructure(diagnosed);
    total.workers += s.diagnosed;
    s.counts.forEach((c, i) => (total.counts[i] += c.count));
    return {
      scope: school.passport.schoolCode ?? school.file,
      workers: s.diagnosed,
      counts: s.counts.map((c) => c.count),
    };
  });
  return [total, ...rows];
}
