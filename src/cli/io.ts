/** Where the command line writes, and how a command says "nothing usable" (exit code 2). */
import { internalErrorText } from "./internal-error";

export interface Io {
  /** The one-screen summary (stdout). */
  out(text: string): void;
  /** Progress and errors (stderr). */
  err(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_DATA_ERRORS = 1;
export const EXIT_UNUSABLE = 2;

/** A Russian message for the person at the terminal; the run stops with exit code 2. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliError";
  }
}

/** A reader of our output went away (`pedmonitor validate … | head -1`): stop printing to it, go on working. */
const closed = { out: false, err: false };

export const processIo: Io = {
  out: (text) => void (closed.out || process.stdout.write(`${text}\n`)),
  err: (text) => void (closed.err || process.stderr.write(`${text}\n`)),
};

function isEpipe(e: unknown): boolean {
  return (e as NodeJS.ErrnoException | null)?.code === "EPIPE";
}

/**
 * Installed once by the entry point: EPIPE on stdout or stderr ends printing
 * quietly (the files are still written and the exit code kept); any error
 * that escapes everything else becomes one Russian line and exit code 2.
 */
export function installProcessGuards(): void {
  const fail = (e: unknown): void => {
    if (!closed.err) process.stderr.write(`${internalErrorText(e)}\n`);
    process.exit(EXIT_UNUSABLE);
  };
  process.stdout.on("error", (e) => (isEpipe(e) ? void (closed.out = true) : fail(e)));
  process.stderr.on("error", (e) => {
    closed.err = true;
    if (!isEpipe(e)) process.exit(EXIT_UNUSABLE);
  });
  process.on("uncaughtException", fail);
  process.on("unhandledRejection", fail);
}
