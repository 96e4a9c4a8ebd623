/**
 * One run at a time per output file. A lock file beside the target, created
 * with O_EXCL, names the process that writes it; a second run that finds it
 * refuses at once (exit 2) with a message saying who holds it. A lock whose
 * process is gone (SIGKILL, power cut) is stale: it is removed and taken.
 * Locks are re-entrant within one process: `report` holds the lock on --out
 * for the whole run (it reads the workbook it will write), and the atomic
 * write inside that run finds it already held.
 */
import {
  existsSync,
  mkdirSync,
  openSync,
  closeSync,
  writeSync,
  readFileSync,
  realpathSync,
  statSync,
  unlinkSync,
} from "node:fs";
import { hostname } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { removeOnExit } from "./exit-cleanup";
import { writeFailureReason } from "./fs-errors";
import { CliError } from "./io";

/** A lock file with no readable owner is taken as stale after this long (a crash between create and write). */
const UNREADABLE_STALE_MS = 60_000;

interface Held {
  lockPath: string;
  depth: number;
  cleanup: { forget(): void };
}

const held = new Map<string, Held>();

/**
 * The file a path really names: the real path of an existing target (a symlink
 * followed to her workbook), else its folder's real path + its name. Two names of
 * one workbook (`her.xlsx`, `alias.xlsx` → her.xlsx) share one lock and one write.
 */
export function realTargetSync(target: string): string {
  const full = resolve(target);
  try {
    return realpathSync(full);
  } catch {
    try {
      return join(realpathSync(dirname(full)), basename(full));
    } catch {
      return full;
    }
  }
}

export function lockPathOf(target: string): string {
  const real = realTargetSync(target);
  return join(dirname(real), `.${basename(real)}.pedmonitor-lock`);
}

interface Owner {
  pid: number;
  host: string;
  started: string;
}

function readOwner(lockPath: string): Owner | null {
  try {
    const [pid, host, started] = readFileSync(lockPath, "utf8").split("\n");
    const n = Number(pid);
    return Number.isInteger(n) && n > 0
      ? { pid: n, host: host ?? "", started: started ?? "" }
      : null;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists and belongs to someone else.
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** True when the lock's owner is certainly gone: a process of this machine that no longer runs. */
function isStale(lockPath: string, owner: Owner | null): boolean {
  if (owner === null) {
    const age = Date.now() - (statSync(lockPath, { throwIfNoEntry: false })?.mtimeMs ?? 0);
    return age > UNREADABLE_STALE_MS;
  }
  // This process's own pid in a lock it does not hold: a dead process had the same pid.
  return owner.host === hostname() && (owner.pid === process.pid || !alive(owner.pid));
}

function busy(target: string, lockPath: string, owner: Owner | null): CliError {
  const who = owner
    ? ` (процесс ${owner.pid}${owner.host !== hostname() ? ` на компьютере ${owner.host}` : ""}, начат ${owner.started})`
    : "";
  return new CliError(
    `Файл ${target} сейчас записывает другой запуск ПедМонитора${who}. Файл не изменён. ` +
      `Дождитесь окончания того запуска и повторите. Если другого запуска нет, удалите файл блокировки ${lockPath}.`
  );
}

function tryCreate(lockPath: string): boolean {
  let fd: number;
  try {
    fd = openSync(lockPath, "wx");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw e;
  }
  try {
    writeSync(fd, `${process.pid}\n${hostname()}\n${new Date().toISOString()}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** Takes the lock on `target` (its folder is created), or refuses with exit 2 while another run holds it. */
export function lockOutput(target: string): void {
  const key = realTargetSync(target);
  const mine = held.get(key);
  if (mine) {
    mine.depth += 1;
    return;
  }
  const lockPath = lockPathOf(key);
  try {
    mkdirSync(dirname(key), { recursive: true });
    for (let attempt = 0; !tryCreate(lockPath); attempt += 1) {
      const owner = readOwner(lockPath);
      if (attempt >= 2 || !isStale(lockPath, owner)) throw busy(target, lockPath, owner);
      unlinkSync(lockPath);
    }
  } catch (e) {
    if (e instanceof CliError) throw e;
    const what = existsSync(key) ? "не изменён" : "не создан";
    throw new CliError(
      `Файл ${target} ${what}: не удалось создать файл блокировки ${lockPath}: ${writeFailureReason(e)}.`
    );
  }
  held.set(key, { lockPath, depth: 1, cleanup: removeOnExit(lockPath) });
}

/** Gives the lock back (when the last holder in this process lets go, the lock file is removed). */
export function releaseOutput(target: string): void {
  const key = realTargetSync(target);
  const mine = held.get(key);
  if (!mine) return;
  mine.depth -= 1;
  if (mine.depth > 0) return;
  held.delete(key);
  mine.cleanup.forget();
  try {
    unlinkSync(mine.lockPath);
  } catch {
    // Removed by hand meanwhile: nothing to give back.
  }
}

export async function withOutputLock<T>(target: string, work: () => Promise<T>): Promise<T> {
  lockOutput(target);
  try {
    return await work();
  } finally {
    releaseOutput(target);
  }
}
