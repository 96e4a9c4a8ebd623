/** Where the command line writes, and how a command says "nothing usable" (exit code 2). */
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

export const processIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};
