// Builds the command line and the benchmark runner into dist/cli (runs on `npm ci` via `prepare`).
import { build } from "esbuild";

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: true,
  packages: "external",
  logLevel: "warning",
};

await build({
  ...common,
  entryPoints: ["src/cli/main.ts"],
  outfile: "dist/cli/pedmonitor.cjs",
  banner: { js: "#!/usr/bin/env node" },
});
await build({ ...common, entryPoints: ["bench/index.ts"], outfile: "dist/cli/bench.cjs" });
