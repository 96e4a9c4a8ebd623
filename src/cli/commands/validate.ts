/** `pedmonitor validate FILE.xlsx [--json OUT.json]`: check a workbook, change nothing in it. */
import { basename } from "node:path";
import { validateWorkbook } from "../../app/validate-workbook";
import { stringOption } from "../args";
import { openReadOnlyWorkbook } from "../files";
import { EXIT_DATA_ERRORS, EXIT_OK } from "../io";
import { countsLine, issueJson, plural, printIssues, writeJson } from "../output";
import type { Command } from "./command";

export const validateCommand: Command = {
  summary: "validate FILE.xlsx [--json OUT.json]             проверить книгу ОО или свод",
  help: [
    "pedmonitor validate FILE.xlsx [--json OUT.json]",
    "  Проверяет книгу по стандарту (файл не изменяется) и печатает сводку.",
    '  --json OUT.json   все сообщения в JSON: {"issues": [...]}',
    "  Код выхода: 0 — ошибок нет, 1 — в данных есть ошибки, 2 — файл не прочитан.",
  ].join("\n"),
  args: { options: { json: "value" }, minPositionals: 1, maxPositionals: 1 },
  async run(args, io) {
    const path = args.positionals[0];
    // mark: false only reads, so the fast read-only reader is enough.
    const workbook = await openReadOnlyWorkbook(path);
    const outcome = await validateWorkbook(workbook, { mark: false, file: basename(path) });
    const json = stringOption(args, "json");
    if (json) await writeJson(json, { issues: outcome.issues.map(issueJson) });
    io.out(`Файл: ${path}`);
    const schools =
      outcome.schoolCount > 1 ? `, ${plural(outcome.schoolCount, "ОО", "ОО", "ОО")}` : "";
    io.out(
      `Прочитано: ${plural(outcome.rowsRead, "строка", "строки", "строк")} педагогов${schools}`
    );
    io.out(`Найдено: ${countsLine(outcome.errorCount, outcome.warningCount)}`);
    printIssues(
      io,
      outcome.issues,
      json ? `полный список в ${json}` : "полный список: --json OUT.json"
    );
    if (json) io.out(`JSON: ${json}`);
    io.out(
      outcome.errorCount > 0
        ? "Исправьте ошибки: строки с ошибками не входят в показатели."
        : "Ошибок нет."
    );
    return outcome.errorCount > 0 ? EXIT_DATA_ERRORS : EXIT_OK;
  },
};
