/** The command line without the process: parse, dispatch, map failures to exit code 2. */
import { parseArgs } from "./args";
import { COMMANDS } from "./commands";
import { internalErrorText } from "./internal-error";
import { CliError, EXIT_OK, EXIT_UNUSABLE, type Io } from "./io";

export function generalHelp(): string {
  const lines = Object.values(COMMANDS).map((c) => `  pedmonitor ${c.summary}`);
  return [
    "ПедМонитор: мониторинг профессионального развития педагогов по книгам Excel.",
    "",
    "Команды:",
    ...lines,
    "",
    "Справка по команде: pedmonitor <команда> --help",
    "Код выхода: 0 — ошибок нет, 1 — в данных есть ошибки, 2 — нечего обработать (неверные аргументы, файл не прочитан).",
  ].join("\n");
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.out(generalHelp());
    return name === undefined ? EXIT_UNUSABLE : EXIT_OK;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`Неизвестная команда «${name}».\n\n${generalHelp()}`);
    return EXIT_UNUSABLE;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(command.help);
    return EXIT_OK;
  }
  try {
    return await command.run(parseArgs(rest, command.args, name), io);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`Ошибка: ${e.message}`);
      return EXIT_UNUSABLE;
    }
    io.err(internalErrorText(e));
    return EXIT_UNUSABLE;
  }
}
