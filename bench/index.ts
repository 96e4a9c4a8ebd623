/**
 * `npm run bench`: runs every case (or those whose name contains the first argument),
 * prints each ratio against its target, or for information when the case has none.
 */
import type { BenchCase } from "./types";
import { cases as registry } from "./cases";

async function main(): Promise<void> {
  const only = process.argv[2];
  const cases: BenchCase[] = registry.filter((c) => (only ? c.name.includes(only) : !c.optIn));
  let met = 0;
  let missed = 0;
  for (const c of cases) {
    const { ratio, detail, alsoMet = true } = await c.run();
    if (c.target === undefined) {
      console.log(
        `#${c.issue} ${c.name}: ${ratio.toFixed(2)}× (information, no target) — ${detail}`
      );
      continue;
    }
    const ok =
      alsoMet &&
      (c.maxRatio === undefined || ratio <= c.maxRatio) &&
      (c.minRatio === undefined || ratio >= c.minRatio);
    if (ok) met++;
    else missed++;
    console.log(
      `#${c.issue} ${c.name}: ${ratio.toFixed(2)}× (target ${c.target}) ${ok ? "OK" : "MISSED"} — ${detail}`
    );
  }
  console.log(`bench: ${met} met, ${missed} missed`);
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
