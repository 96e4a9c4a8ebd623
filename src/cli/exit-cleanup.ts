/**
 * Files the command line must not leave behind (a half-written temporary
 * file, its output lock): removed when the process exits, and on SIGINT,
 * SIGTERM and SIGHUP, after which the signal is raised again so the process
 * still ends as killed by it. SIGKILL cannot be caught: what it leaves is a
 * temporary file beside the untouched target, and a lock whose process is
 * gone, which the next run recognises as stale (output-lock.ts).
 */
import { unlinkSync } from "node:fs";

const SIGNALS: readonly NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
const paths = new Set<string>();
let installed = false;

function removeAll(): void {
  for (const path of paths) {
    try {
      unlinkSync(path);
    } catch {
      // Already gone, or the folder went away: nothing left to clean.
    }
  }
  paths.clear();
}

function install(): void {
  if (installed) return;
  installed = true;
  process.on("exit", removeAll);
  for (const signal of SIGNALS) {
    process.once(signal, () => {
      removeAll();
      process.kill(process.pid, signal);
    });
  }
}

/** Removes `path` at exit or on a signal, unless `forget` is called first. */
export function removeOnExit(path: string): { forget(): void } {
  install();
  paths.add(path);
  return { forget: () => void paths.delete(path) };
}
