/** `npm run bench`: runs every case, prints ratios against the issues' targets. */
import type { BenchCase } from "./types";
import { cases as registry } from "./cases";

async function main(): Promise<void> {
  const only = process.argv[2];
  const cases: BenchCase[] = registry.filter((c) => (only ? c.name.includes(only) : !c.optIn));
  let failed = 0;
  for (const c of cases) {
    const { ratio, detail, alsoMet = true } = await c.run();
    const ok =
      alsoMet &&
      (c.maxRatio === undefined || ratio <= c.maxRatio) &&
      (c.minRatio === undefined || ratio >= c.minRatio);
    if (!ok) failed++;
    console.log(
      `#${c.issue} ${c.name}: ${ratio.toFixed(2)}× (target ${c.target}) ${ok ? "OK" : "MISSED"} — ${detail}`
    );
  }
  console.log(`bench: ${cases.length - failed} met, ${failed} missed`);
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
