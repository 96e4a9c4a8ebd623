/**
 * `pedmonitor report INPUT... [--out FILE.xlsx] [--json OUT.json] [--profile CODE]
 * [--settings FILE.xlsx] [--previous FILE.xlsx|DIR] [--feedback DIR] [--names]`:
 * school workbooks (or a municipality workbook) → one municipality workbook with
 * every output sheet, the JSON of cli.md, and feedback workbooks per school.
 */
import { existsSync } from "node:fs";
import { ExcelJsWorkbook } from "../../adapters/exceljs/exceljs-workbook";
import { XlsxBookWriter } from "../../adapters/xlsx-writer/xlsx-book-writer";
import {
  buildReport,
  openSources,
  previousPeriod,
  readPeopleSheets,
  readSettingsSheet,
  writeReport,
  type OpenedSources,
} from "../../app/report";
import { FULL_PROFILE_ID, PROFILES, findProfile, type Profile } from "../../core/indicators";
import { MEASURES, RULE_TEXTS, TARGETS } from "../../core/schema";
import type { Progress } from "../../port/workbook-port";
import { stringOption, type ParsedArgs } from "../args";
import {
  checkXlsxPath,
  openReadOnlyBytes,
  openReadOnlyWorkbook,
  openWorkbook,
  saveWorkbook,
} from "../files";
import { CliError, EXIT_DATA_ERRORS, EXIT_OK, type Io } from "../io";
import { writeJson } from "../output";
import { printSummary, writeFeedback } from "../report-output";
import { expandInputs, sourceInputs } from "../sources";
import type { Command } from "./command";
import { appendAll } from "../../core/arrays";

export const DEFAULT_REPORT_OUT = "pedmonitor-report.xlsx";

/** One line per file for small runs; for large ones every 50th file and the last. */
function fileProgress(io: Io, what: string): Progress {
  return {
    cancelled: false,
    report(done, total, label) {
      if (total <= 50 || done % 50 === 0 || done === total)
        io.err(`${what} ${done} из ${total}: ${label}`);
    },
  };
}

function chooseProfile(code: string | undefined): Profile {
  if (code === undefined) return PROFILES.find((p) => p.id === FULL_PROFILE_ID)!;
  const found = findProfile(code);
  if (!found) {
    const list = PROFILES.map((p) => `${p.id} (${p.name})`).join("; ");
    throw new CliError(`--profile: профиль «${code}» не найден. Есть: ${list}.`);
  }
  return found;
}

async function readInputs(
  paths: readonly string[],
  out: string | null,
  io: Io,
  what: string
): Promise<OpenedSources> {
  const expanded = await expandInputs(paths, out);
  for (const path of expanded.missing) io.err(`Не найдено: ${path}`);
  if (expanded.files.length === 0)
    throw new CliError(`Нет ни одного файла .xlsx для обработки: ${paths.join(" ")}`);
  const sources = await openSources(
    sourceInputs(expanded.files),
    openReadOnlyBytes,
    fileProgress(io, what)
  );
  for (const path of expanded.missing) sources.skipped.push(path);
  if (sources.read.length === 0) {
    const why = sources.issues.map((i) => `  ${i.message}`).join("\n");
    throw new CliError(`Не прочитано ни одной книги Excel.${why ? `\n${why}` : ""}`);
  }
  return sources;
}

async function existingOutput(out: string): Promise<ExcelJsWorkbook | null> {
  return existsSync(out) ? openWorkbook(out) : null;
}

async function run(args: ParsedArgs, io: Io): Promise<number> {
  const out = stringOption(args, "out") ?? DEFAULT_REPORT_OUT;
  checkXlsxPath(out, "--out");
  const profile = chooseProfile(stringOption(args, "profile"));
  const withNames = args.options.get("names") === true;
  const target = await existingOutput(out);
  const people = await readPeopleSheets(target);
  const settingsPath = stringOption(args, "settings");
  if (settingsPath) {
    const read = await readSettingsSheet(await openReadOnlyWorkbook(settingsPath), settingsPath);
    if (read === null)
      throw new CliError(`--settings: в книге ${settingsPath} нет листа «${TARGETS.name}».`);
    people.settings = read.settings;
    people.custom = read.custom;
    appendAll(people.issues, read.issues);
  }
  const sources = await readInputs(args.positionals, out, io, "Прочитано");
  const previousPath = stringOption(args, "previous");
  let previous: Map<string, number> | undefined;
  if (previousPath) {
    const prev = await readInputs([previousPath], out, io, "Прошлый период: прочитано");
    const p = previousPeriod(prev.schools, people.settings, people.custom);
    if (p.schools === 0)
      throw new CliError(`--previous: в ${previousPath} нет ни одной ОО с корректным паспортом.`);
    previous = p.values;
  }
  const report = buildReport(sources.schools, [...sources.issues, ...people.issues], {
    settings: people.settings,
    custom: people.custom,
    previous,
    profile,
    withNames,
    measures: people.measures,
    rules: people.rules,
    linkSheets: [TARGETS.name, MEASURES.name, RULE_TEXTS.name],
  });
  // A new --out is written by the fast writer; an existing one keeps people's sheets through ExcelJS.
  const workbook = target ?? XlsxBookWriter.create();
  io.err(`Запись отчёта: ${out}`);
  const written = await writeReport(workbook, report);
  await saveWorkbook(workbook, out);
  const json = stringOption(args, "json");
  if (json) await writeJson(json, report.json);
  const feedback = stringOption(args, "feedback");
  const files = feedback
    ? await writeFeedback(feedback, {
        report,
        settings: people.settings,
        profile,
        measures: people.measures,
        withNames,
      })
    : [];

  printSummary(io, report, sources, written, profile);
  io.out(`Файл: ${out}`);
  if (json) io.out(`JSON: ${json}`);
  if (feedback) io.out(`Обратная связь: ${files.length} файлов в ${feedback}`);
  return report.errorCount > 0 ? EXIT_DATA_ERRORS : EXIT_OK;
}

export const reportCommand: Command = {
  summary: "report INPUT... [--out FILE.xlsx] [параметры]     свод книг ОО и отчёт муниципалитета",
  help: [
    "pedmonitor report INPUT... [--out FILE.xlsx] [--json OUT.json] [--profile CODE]",
    "                           [--settings FILE.xlsx] [--previous FILE.xlsx|ПАПКА] [--feedback ПАПКА] [--names]",
    "  Сводит книги ОО (файлы .xlsx, папки с ними — поиск во вложенных папках — или книгу муниципалитета)",
    "  в книгу муниципалитета и строит отчёт: Сводка, Показатели по ОО, Рекомендации, Кластеры, План ПК,",
    "  Меры, Эффективность, Паспорта показателей, Аналитическая справка, Ошибки.",
    `  --out FILE.xlsx        куда записать (по умолчанию ${DEFAULT_REPORT_OUT} в текущей папке); если книга`,
    "                         уже есть, листы данных и отчёта заменяются, а «Настройки», «Меры» и",
    "                         «Правила рекомендаций» сохраняются и используются",
    "  --json OUT.json        показатели, сообщения и рекомендации в JSON",
    `  --profile CODE         профиль показателей: ${PROFILES.map((p) => p.id).join(", ")} (по умолчанию ${FULL_PROFILE_ID})`,
    "  --settings FILE.xlsx   взять лист «Настройки» (цели, параметры, свои показатели) из этой книги",
    "  --previous FILE|ПАПКА  книга муниципалитета (или книги ОО) прошлого периода: динамика и «Эффективность»",
    "  --feedback ПАПКА       записать по книге «Обратная связь <Код ОО>.xlsx» для каждой ОО",
    "  --names                показывать ФИО (по умолчанию работники только по табельному номеру)",
    "  Код выхода: 0 — ошибок нет, 1 — в данных есть ошибки, 2 — нечего обработать.",
  ].join("\n"),
  args: {
    options: {
      out: "value",
      json: "value",
      profile: "value",
      settings: "value",
      previous: "value",
      feedback: "value",
      names: "flag",
    },
    minPositionals: 1,
    maxPositionals: Number.POSITIVE_INFINITY,
  },
  run,
};
