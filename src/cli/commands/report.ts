/**
 * `pedmonitor report INPUT... [--out FILE.xlsx] [--json OUT.json] [--note FILE.docx] [--profile CODE]
 * [--settings FILE.xlsx] [--previous FILE.xlsx|DIR]... [--feedback DIR] [--names]`:
 * school workbooks (or a municipality workbook) → one municipality workbook with
 * every output sheet, the JSON of cli.md, and feedback workbooks per school.
 */
import { existsSync } from "node:fs";
import { renderIssue } from "../../core/validate/message";
import type { XlsxPatchWorkbook } from "../../adapters/xlsx-patch/patch-workbook";
import { XlsxBookWriter } from "../../adapters/xlsx-writer/xlsx-book-writer";
import {
  earlierPeriods,
  openSources,
  readPeopleSheets,
  readSettingsSheet,
  writeMunicipalReport,
  type MunicipalOptions,
  type OpenedSources,
  type PeopleSheets,
} from "../../app/report";
import {
  FULL_PROFILE,
  FULL_PROFILE_ID,
  PROFILES,
  findProfile,
  type Profile,
} from "../../core/indicators";
import { TARGETS } from "../../core/schema";
import {
  coverageNotes,
  EarlierPeriodRefused,
  periodLabel,
  type EarlierPeriod,
} from "../../core/cycle";
import type { Progress } from "../../port/workbook-port";
import { listOption, stringOption, type ParsedArgs } from "../args";
import {
  checkXlsxPath,
  openReadOnlyBytes,
  openReadOnlyWorkbook,
  openWorkbook,
  saveWorkbook,
} from "../files";
import { CliError, EXIT_DATA_ERRORS, EXIT_OK, type Io } from "../io";
import { writeJson } from "../output";
import { lockOutput } from "../output-lock";
import { failedOutputs, laterOutput, printSummary, writeFeedback } from "../report-output";
import { checkNotePath, writeNote } from "../note-output";
import {
  checkInputWorkbook,
  checkOutputFile,
  checkOutputFolder,
  refusePreviousAsOut,
  refuseSchoolWorkbookOut,
} from "../check-paths";
import {
  expandInputs,
  printInputNotes,
  sourceInputs,
  type ExpandedInputs,
  type InputGuards,
} from "../sources";
import type { Command } from "./command";
import { appendAll } from "../../core/arrays";
import { countOf, NOUN } from "../../core/text/plural";

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
  if (code === undefined) return FULL_PROFILE;
  const found = findProfile(code);
  if (!found) {
    const list = PROFILES.map((p) => `${p.id} (${p.name})`).join("; ");
    throw new CliError(`--profile: профиль «${code}» не найден. Есть: ${list}.`);
  }
  return found;
}

/** Inputs found on disk; nothing read yet. Refuses --out given as an input (exit 2). */
async function findInputs(
  paths: readonly string[],
  guards: InputGuards,
  io: Io,
  notes: string[]
): Promise<{ expanded: ExpandedInputs; paths: readonly string[] }> {
  const expanded = await expandInputs(paths, guards);
  for (const path of expanded.missing) io.err(`Не найдено: ${path}`);
  for (const note of expanded.notes) notes.push(note);
  if (expanded.files.length === 0)
    throw new CliError(`Нет ни одного файла .xlsx для обработки: ${paths.join(" ")}`);
  return { expanded, paths };
}

async function readInputs(
  found: { expanded: ExpandedInputs; paths: readonly string[] },
  io: Io,
  what: string,
  option = ""
): Promise<OpenedSources> {
  const { expanded } = found;
  const sources = await openSources(
    sourceInputs(expanded.files),
    openReadOnlyBytes,
    fileProgress(io, what)
  );
  for (const path of expanded.missing) sources.skipped.push(path);
  if (sources.read.length === 0) {
    // Nothing was read: «остальные обработаны» would not be true.
    const why = sources.issues
      .map((i) => `  ${renderIssue(i).replace(" Файл пропущен, остальные обработаны.", "")}`)
      .join("\n");
    const head = option
      ? `${option}: не прочитано ни одной книги Excel прошлого периода.`
      : "Не прочитано ни одной книги Excel.";
    throw new CliError(`${head}${why ? `\n${why}` : ""}`);
  }
  return sources;
}

/** Every argument that names a file or folder, checked before any school file is read. */
async function checkArguments(args: ParsedArgs, out: string): Promise<void> {
  checkXlsxPath(out, "--out");
  await checkOutputFile(out, "--out");
  const json = stringOption(args, "json");
  if (json) await checkOutputFile(json, "--json");
  const feedback = stringOption(args, "feedback");
  if (feedback) await checkOutputFolder(feedback, "--feedback");
  const settings = stringOption(args, "settings");
  if (settings) await checkInputWorkbook(settings, "--settings");
  const previous = listOption(args, "previous");
  for (const path of previous) {
    await refusePreviousAsOut(path, out);
    await checkInputWorkbook(path, "--previous", true);
  }
  const note = stringOption(args, "note");
  if (note) {
    const inputs = args.positionals.map((path) => ({ option: "входной файл", path }));
    const named = [
      { option: "--out", path: out },
      ...(json ? [{ option: "--json", path: json }] : []),
      ...(settings ? [{ option: "--settings", path: settings }] : []),
      ...previous.map((path) => ({ option: "--previous", path })),
    ];
    await checkNotePath(note, [...named, ...inputs]);
  }
}

/**
 * Every `--previous` read as one earlier period, checked against the current schools and
 * ordered oldest first; a wrong one (same or later period, another municipality, two of one
 * period) is refused with exit 2 naming it.
 */
async function readEarlier(
  found: { expanded: ExpandedInputs; paths: readonly string[] }[],
  current: OpenedSources,
  people: PeopleSheets,
  io: Io
): Promise<EarlierPeriod[]> {
  const sources = [];
  for (const inputs of found) {
    const source = inputs.paths[0];
    const prev = await readInputs(inputs, io, "Прошлый период: прочитано", "--previous");
    sources.push({ source, schools: prev.schools });
  }
  try {
    return earlierPeriods(
      current.schools,
      sources,
      people.settings,
      people.custom,
      people.schoolList ?? null
    );
  } catch (e) {
    if (e instanceof EarlierPeriodRefused) throw new CliError(`--previous: ${e.message}`);
    throw e;
  }
}

async function existingOutput(out: string): Promise<XlsxPatchWorkbook | null> {
  return existsSync(out) ? openWorkbook(out) : null;
}

async function run(args: ParsedArgs, io: Io): Promise<number> {
  const out = stringOption(args, "out") ?? DEFAULT_REPORT_OUT;
  await checkArguments(args, out);
  // Held to the end of the process: this run reads the workbook it will write; a second run is refused.
  lockOutput(out);
  const guards: InputGuards = { out, feedback: stringOption(args, "feedback") ?? null };
  const notes: string[] = [];
  const inputs = await findInputs(args.positionals, guards, io, notes);
  const previousInputs = [];
  for (const path of listOption(args, "previous"))
    previousInputs.push(await findInputs([path], guards, io, notes));
  await refuseSchoolWorkbookOut(out);
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
  const sources = await readInputs(inputs, io, "Прочитано");
  const earlier = await readEarlier(previousInputs, sources, people, io);
  const options: MunicipalOptions = { profile, people, earlier, withNames };
  // A new --out is written by the fast writer; an existing one is patched: people's parts are copied as they are.
  const workbook = target ?? XlsxBookWriter.create();
  const result = await writeMunicipalReport(workbook, sources, options, {
    beforeWrite: () => io.err(`Запись отчёта: ${out}`),
  });
  const { report } = result;
  await saveWorkbook(workbook, out);
  // A later output failing does not hide what was written: the summary comes first, then exit 2.
  const failures: string[] = [];
  const json = stringOption(args, "json");
  const jsonDone = json
    ? await laterOutput(failures, "--json", () => writeJson(json, report.json))
    : null;
  const note = stringOption(args, "note");
  const noteDone = note
    ? await laterOutput(failures, "--note", () => writeNote(note, report))
    : null;
  const feedback = stringOption(args, "feedback");
  const files = feedback
    ? await laterOutput(failures, "--feedback", () => writeFeedback(feedback, report, options))
    : null;

  printSummary(io, result, sources, profile);
  printInputNotes(io, sources.skipped, notes);
  if (earlier.length > 0)
    io.out(
      `${earlier.length === 1 ? "Прошлый период" : "Прошлые периоды"}: ` +
        earlier.map((e) => `${periodLabel(e.period)} (${e.source})`).join(", ")
    );
  const included = result.report.consolidation.included;
  for (const line of coverageNotes(
    included.map((s) => s.passport.schoolCode ?? s.file),
    earlier
  ))
    io.out(line);
  io.out(`Файл: ${out}`);
  if (json) io.out(jsonDone === null ? `JSON: не записан (${json})` : `JSON: ${json}`);
  if (note) io.out(noteDone === null ? `Справка: не записана (${note})` : `Справка: ${note}`);
  if (feedback)
    io.out(
      files === null
        ? `Обратная связь: не записана (${feedback})`
        : `Обратная связь: ${countOf(files.length, NOUN.file)} в ${feedback}`
    );
  if (failures.length > 0) throw failedOutputs(out, failures);
  return report.errorCount > 0 ? EXIT_DATA_ERRORS : EXIT_OK;
}

export const reportCommand: Command = {
  summary: "report INPUT... [--out FILE.xlsx] [параметры]     свод книг ОО и отчёт муниципалитета",
  help: [
    "pedmonitor report INPUT... [--out FILE.xlsx] [--json OUT.json] [--note FILE.docx] [--profile CODE]",
    "                           [--settings FILE.xlsx] [--previous FILE.xlsx|ПАПКА]... [--feedback ПАПКА] [--names]",
    "  Сводит книги ОО (файлы .xlsx/.xlsm, папки с ними — поиск во вложенных папках и по ссылкам — или книгу",
    "  муниципалитета). Остальные файлы папок называются в сводке с советом, что с ними сделать (.xls, .ods,",
    "  книга с паролем); файл --out и папка --feedback внутри папки с книгами не читаются как книги ОО.",
    "  Строит отчёт: Сводка, Сбор данных (кто сдал, кто нет, кому звонить), Показатели по ОО,",
    "  Рекомендации, Кластеры, План ПК, Меры, Эффективность, Динамика, Паспорта показателей,",
    "  Аналитическая справка, Ошибки.",
    `  --out FILE.xlsx        куда записать (по умолчанию ${DEFAULT_REPORT_OUT} в текущей папке); если книга`,
    "                         уже есть, листы данных и отчёта заменяются, а «Настройки», «Меры»,",
    "                         «Правила рекомендаций» и «Список ОО» (кого ждём в этом сборе) сохраняются",
    "                         и используются; свои листы, диаграммы, рисунки, примечания, сводные",
    "                         таблицы и имена остаются как были",
    "  --json OUT.json        показатели, сообщения и рекомендации в JSON",
    "  --note FILE.docx       «Аналитическая справка» документом Word (разделы, таблицы, номера страниц)",
    `  --profile CODE         профиль показателей: ${PROFILES.map((p) => p.id).join(", ")} (по умолчанию ${FULL_PROFILE_ID})`,
    "  --settings FILE.xlsx   взять лист «Настройки» (цели, параметры, свои показатели) из этой книги",
    "  --previous FILE|ПАПКА  книга муниципалитета (или книги ОО) прошлого периода: динамика и «Эффективность»;",
    "                         можно указать до 5 раз (прошлые периоды в любом порядке): самый поздний —",
    "                         «предыдущий период», все вместе — лист «Динамика». Не принимаются: период",
    "                         не раньше текущего, книга другого муниципалитета (ни одного общего Кода ОО",
    "                         или другой муниципалитет в паспортах ОО), две книги одного периода",
    "  --feedback ПАПКА       записать по книге «Обратная связь <Код ОО>.xlsx» для каждой ОО; ОО,",
    "                         сдавшей файл с ошибками или файл прошлого периода, — лист «Ошибки» с",
    "                         адресами ячеек, чтобы исправить и прислать снова",
    "  --names                показывать ФИО (по умолчанию работники только по табельному номеру)",
    "  Код выхода: 0 — ошибок нет, 1 — в данных есть ошибки, 2 — нечего обработать.",
  ].join("\n"),
  args: {
    options: {
      out: "value",
      json: "value",
      note: "value",
      profile: "value",
      settings: "value",
      previous: "list",
      feedback: "value",
      names: "flag",
    },
    minPositionals: 1,
    maxPositionals: Number.POSITIVE_INFINITY,
  },
  run,
};
