/** The shape of a command: what it accepts, its help, and how it runs. */
import type { ArgsSpec, ParsedArgs } from "../args";
import type { Io } from "../io";

export interface Command {
  /** One line for the general help. */
  summary: string;
  /** Full help of the command (usage and options), in Russian. */
  help: string;
  args: ArgsSpec;
  /** Returns the exit code: 0 no errors, 1 the data had errors; throws CliError for 2. */
  run(args: ParsedArgs, io: Io): Promise<number>;
}
