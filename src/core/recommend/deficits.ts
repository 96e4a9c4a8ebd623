/** Counts of diagnosed deficit categories: DEFICIT_FOCUS and the `Кластеры` block. */
import type { Period, Worker } from "../model";
import { DEFICITS } from "../schema/values";

export interface DeficitCount {
  deficit: string;
  count: number;
  /** 100 × count / diagnosed; null when no one was diagnosed. */
  share: number | null;
}

export interface DeficitStructure {
  /** Workers the counts are taken over. */
  diagnosed: number;
  counts: DeficitCount[];
}

export function diagnosedInPeriod(w: Worker, period: Period): boolean {
  return (
    w.diagnosticsDate !== null &&
    w.diagnosticsDate >= period.start &&
    w.diagnosticsDate <= period.end
  );
}

/** Count per category (in the schema's order) over the given workers. */
export function deficitStructure(workers: readonly Worker[]): DeficitStructure {
  const counts = new Map<string, number>(DEFICITS.map((d) => [d, 0]));
  for (const w of workers)
    for (const d of new Set(w.deficits)) {
      if (counts.has(d)) counts.set(d, (counts.get(d) ?? 0) + 1);
    }
  const diagnosed = workers.length;
  return {
    diagnosed,
    counts: [...counts].map(([deficit, count]) => ({
      deficit,
      count,
      share: diagnosed > 0 ? (100 * count) / diagnosed : null,
    })),
  };
}

/** The `n` most frequent categories named at least once; ties keep the schema's order. */
export function topDeficits(structure: DeficitStructure, n: number): DeficitCount[] {
  return structure.counts
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, Math.max(0, n));
}
