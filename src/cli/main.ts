// Entry point of `pedmonitor` (bundled to dist/cli/pedmonitor.cjs by scripts/build-cli.mjs).
import { processIo } from "./io";
import { run } from "./run";

run(process.argv.slice(2), processIo).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`Непредвиденная ошибка: ${String(e)}\n`);
    process.exitCode = 2;
  },
);
