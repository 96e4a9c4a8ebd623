/**
 * A benchmark case of `npm run bench`: it measures the project's work and a
 * baseline side by side in one run and reports their ratio, against a target when a
 * user or a peer defines one (HyperFormula, ExcelJS parse-only, Office's 5 MB), else
 * as information only (e.g. the ratio to a bare pass over the same data).
 */
export interface BenchOutcome {
  /** measured ratio (project time / baseline time, or baseline / project for "faster than") */
  ratio: number;
  /** one line of figures: rows, milliseconds, memory */
  detail: string;
  /** a second condition of the target besides the ratio (e.g. peak memory); false misses it */
  alsoMet?: boolean;
}

export interface BenchCase {
  issue: number;
  name: string;
  /** e.g. "≥ 50× faster than HyperFormula"; absent: the ratio is printed for information. */
  target?: string;
  /** passes when ratio ≤ maxRatio (or ≥ minRatio) */
  maxRatio?: number;
  minRatio?: number;
  /** Runs only when asked for by name (`npm run bench -- NAME`): it takes minutes. */
  optIn?: boolean;
  run(): Promise<BenchOutcome>;
}

/** Median wall time of `fn` over `runs` runs, in milliseconds. */
export async function medianMs(fn: () => unknown | Promise<unknown>, runs = 3): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
