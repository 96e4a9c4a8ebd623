/**
 * Files the command line must not leave behind (a half-written temporary
 * file, its output lock): removed when the process exits. While a temporary
 * file exists, SIGINT, SIGTERM and SIGHUP remove them too, then the signal is
 * raised again so the process still ends as killed by it. Outside that window
 * no signal handler is installed, so Ctrl-C stops a long synchronous step at
 * once; the lock it leaves names a process that is gone, and the next run
 * takes it as stale (output-lock.ts), as after SIGKILL, which no handler sees.
 */
import { unlinkSync } from "node:fs";

const SIGNALS: readonly NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
/** Path → whether it also keeps the signal handlers installed. */
const paths = new Map<string, boolean>();
let exitHook = false;
let signalHooks = false;

function removeAll(): void {
  for (const path of paths.keys()) {
    try {
      unlinkSync(path);
    } catch {
      // Already gone, or the folder went away: nothing left to clean.
    }
  }
  paths.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeAll();
  syncSignalHooks();
  process.kill(process.pid, signal);
}

function syncSignalHooks(): void {
  const wanted = [...paths.values()].some(Boolean);
  if (wanted === signalHooks) return;
  signalHooks = wanted;
  for (const signal of SIGNALS) {
    if (wanted) process.on(signal, onSignal);
    else process.off(signal, onSignal);
  }
}

/**
 * Removes `path` at exit (and on a signal, with `signals`), unless `forget`
 * is called first.
 */
export function removeOnExit(
  path: string,
  options: { signals?: boolean } = {}
): { forget(): void } {
  if (!exitHook) {
    exitHook = true;
    process.on("exit", removeAll);
  }
  paths.set(path, paths.get(path) === true || options.signals === true);
  syncSignalHooks();
  return {
    forget: () => {
      paths.delete(path);
      syncSignalHooks();
    },
  };
}
