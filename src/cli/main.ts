// Entry point of `pedmonitor` (bundled to dist/cli/pedmonitor.cjs by scripts/build-cli.mjs).
import { internalErrorText } from "./internal-error";
import { EXIT_UNUSABLE, installProcessGuards, processIo } from "./io";
import { run } from "./run";

installProcessGuards();
run(process.argv.slice(2), processIo).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    processIo.err(internalErrorText(e));
    process.exitCode = EXIT_UNUSABLE;
  }
);
