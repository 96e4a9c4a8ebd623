/**
 * Command-line arguments without a dependency: `--name value`, `--name=value`,
 * flags, and positionals, checked against what each command declares.
 */
import { CliError } from "./io";

/** "list": a value option that may be given several times (`--previous A --previous B`). */
export type OptionKind = "value" | "flag" | "list";

export interface ArgsSpec {
  options: Readonly<Record<string, OptionKind>>;
  /** Positionals the command takes. */
  minPositionals: number;
  maxPositionals: number;
  /** Why an option may not be given twice, said after the refusal (every value option is refused twice). */
  repeated?: Readonly<Record<string, string>>;
}

export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string | true>;
  /** Every value of each "list" option, in the order given. */
  lists?: Map<string, string[]>;
}

export function parseArgs(argv: readonly string[], spec: ArgsSpec, command: string): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  const lists = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (!arg.startsWith("--") || arg === "--") {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = splitOnce(arg.slice(2), "=");
    const kind = spec.options[name];
    if (kind === undefined)
      throw new CliError(
        `Неизвестный параметр --${name} для команды ${command}. Справка: pedmonitor ${command} --help`
      );
    if (kind === "flag") {
      if (inline !== undefined) throw new CliError(`Параметр --${name} не принимает значения.`);
      options.set(name, true);
      continue;
    }
    const value = inline ?? argv[i + 1];
    if (value === undefined || (inline === undefined && value.startsWith("--")))
      throw new CliError(`После --${name} нужно значение.`);
    if (inline === undefined) i += 1;
    if (kind === "list") {
      lists.set(name, [...(lists.get(name) ?? []), value]);
      continue;
    }
    const earlier = options.get(name);
    // Given twice, the last would win silently: say so instead.
    if (typeof earlier === "string")
      throw new CliError(
        `Параметр --${name} указан больше одного раза («${earlier}», «${value}»): укажите его один раз.` +
          (spec.repeated?.[name] ? ` ${spec.repeated[name]}` : "")
      );
    options.set(name, value);
  }
  if (positionals.length < spec.minPositionals)
    throw new CliError(
      `Команде ${command} не хватает аргументов. Справка: pedmonitor ${command} --help`
    );
  if (positionals.length > spec.maxPositionals)
    throw new CliError(
      `Лишние аргументы для команды ${command}: ${positionals.slice(spec.maxPositionals).join(" ")}`
    );
  return { positionals, options, lists };
}

/** Every value of a "list" option, in the order given; empty when absent. */
export function listOption(args: ParsedArgs, name: string): string[] {
  return args.lists?.get(name) ?? [];
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.options.get(name);
  return typeof value === "string" ? value : undefined;
}

/** A whole number option within bounds, or the default. */
export function intOption(
  args: ParsedArgs,
  name: string,
  fallback: number,
  min: number,
  max: number
): number {
  const text = stringOption(args, name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^-?\d+$/.test(text) || value < min || value > max) {
    throw new CliError(`--${name}: нужно целое число от ${min} до ${max}, а указано «${text}».`);
  }
  return value;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
