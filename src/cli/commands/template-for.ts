/**
 * `pedmonitor template school --for MUNICIPALITY.xlsx --out DIR [--previous SOURCE...]`:
 * one pre-filled `<Код ОО>.xlsx` per school of the municipality workbook's `Список ОО`
 * (else its `ОО` sheet), last period's `Педагоги` rows carried over (app/template/prefilled.ts).
 * Every target is checked before anything is written; each file is written atomically.
 * A school whose people could not be carried because last period's code differs
 * («ОО-4» for «ОО-04») is named, never merged: exit 1 (decisions/template.md).
 */
import { mkdir, readFile, realpath, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { openSources } from "../../app/report";
import {
  checkPrevious,
  prefilledNotes,
  prefilledWorkbooks,
  readMunicipalityBook,
  unreadableSources,
  writeOwnedSheets,
  type MunicipalityBook,
} from "../../app/template";
import { renderIssue } from "../../core/validate/message";
import { SCHOOL_LIST } from "../../core/schema/municipality";
import { XlsxBookWriter } from "../../adapters/xlsx-writer/xlsx-book-writer";
import type { SchoolData } from "../../core/model";
import { dayFromDate, formatDay, type Day } from "../../core/time/day";

import { countOf, NOUN } from "../../core/text/plural";
import { listOption, stringOption, type ParsedArgs } from "../args";
import { openReadOnlyBytes, openReadOnlyWorkbook, saveWorkbook } from "../files";
import { CliError, EXIT_DATA_ERRORS, EXIT_OK, type Io } from "../io";
import { untouchedOwnOutput } from "../replace-guard";
import { expandInputs, printInputNotes, sourceInputs } from "../sources";

async function municipalityBook(path: string): Promise<MunicipalityBook> {
  const book = await readMunicipalityBook(await openReadOnlyWorkbook(path), basename(path));
  if (book === null)
    throw new CliError(
      `--for: ${path} — не книга муниципалитета (нет листов «ОО» и «Сводные данные»). Укажите книгу, которую пишет pedmonitor report.`
    );
  return book;
}

interface PreviousRead {
  schools: SchoolData[];
  /** Files that could not be read as a workbook (named once on stderr). */
  unreadable: string[];
}

/** Last period's schools; each path that is missing or unreadable named once. */
async function readPrevious(paths: readonly string[], io: Io): Promise<PreviousRead> {
  if (paths.length === 0) return { schools: [], unreadable: [] };
  const expanded = await expandInputs(paths);
  if (expanded.files.length === 0)
    throw new CliError(
      expanded.missing.length === paths.length
        ? `--previous: не найдено: ${expanded.missing.join(", ")}. Укажите книги ОО или книгу муниципалитета прошлого периода (файлы или папки).`
        : `--previous: нет ни одного файла .xlsx: ${paths.join(" ")}`
    );
  for (const path of expanded.missing)
    io.err(`--previous: не найдено: ${path} — педагоги из него не перенесены.`);
  const opened = await openSources(sourceInputs(expanded.files), openReadOnlyBytes);
  for (const issue of opened.issues) io.err(`--previous: ${renderIssue(issue)}`);
  printInputNotes(io, [], expanded.notes);
  return { schools: opened.schools, unreadable: unreadableSources(opened) };
}

/**
 * Previous sources that cannot be last period's (this year's files) are named on stderr; when
 * no source is usable at all, the run is refused (exit 2, like `report --previous`).
 */
function refuseUnusablePrevious(previous: PreviousRead, start: Day, io: Io): void {
  const check = checkPrevious(previous.schools, previous.unreadable, start);
  if (check.refusal !== null)
    throw new CliError(
      `--previous: ${check.refusal}. Ничего не записано. Укажите книги ОО или книгу муниципалитета прошлого периода.`
    );
  for (const line of check.late) io.err(`--previous: ${line}`);
}

/** Refuses, before writing anything, files a person may have changed (unless --force). */
async function refuseExisting(targets: readonly string[], force: boolean): Promise<void> {
  if (force) return;
  const kept: string[] = [];
  for (const target of targets) {
    const info = await stat(target).catch(() => null);
    if (info === null) continue;
    const bytes = info.isFile() ? await readFile(target).catch(() => null) : null;
    if (bytes === null || !untouchedOwnOutput(bytes)) kept.push(target);
  }
  if (kept.length > 0)
    throw new CliError(
      `--out: файлы уже есть, и их сохраняли после ПедМонитора (школа могла начать их заполнять): ${kept.join(", ")}. ` +
        "Ничего не записано. Укажите другую папку или добавьте --force, чтобы заменить их."
    );
}

async function refuseOutAmongPrevious(out: string, previous: readonly string[]): Promise<void> {
  const realOut = await realpath(out).catch(() => null);
  if (realOut === null) return;
  for (const p of previous)
    if ((await realpath(p).catch(() => null)) === realOut)
      throw new CliError(
        `--out: папка ${out} — это и папка --previous; новые книги заменили бы книги прошлого периода. Укажите другую папку.`
      );
}

export async function runTemplateFor(
  args: ParsedArgs,
  io: Io,
  today: Day = dayFromDate(new Date())
) {
  const forPath = stringOption(args, "for")!;
  const out = stringOption(args, "out");
  if (!out) throw new CliError("Укажите папку для книг ОО: --out ПАПКА");
  const previousPaths = listOption(args, "previous");
  await refuseOutAmongPrevious(out, previousPaths);
  const municipality = await municipalityBook(forPath);
  const previous = await readPrevious(previousPaths, io);
  const result = prefilledWorkbooks(
    municipality.schools,
    previous.schools,
    today,
    municipality.list
  );
  if (previousPaths.length > 0) refuseUnusablePrevious(previous, result.period.start, io);
  if (result.workbooks.length === 0)
    throw new CliError(
      `--for: на листах «${SCHOOL_LIST.name}» и «ОО» книги ${forPath} нет ни одной ОО с кодом — нечего готовить. ` +
        `Впишите на лист «${SCHOOL_LIST.name}» коды и наименования ОО, от которых ждёте файлы, сохраните книгу и запустите команду снова.`
    );
  const info = await stat(out).catch(() => null);
  if (info !== null && !info.isDirectory())
    throw new CliError(`--out: ${out} — это файл, а нужна папка для книг ОО.`);
  const targets = result.workbooks.map((w) => join(out, `${w.school.code}.xlsx`));
  await refuseExisting(targets, args.options.get("force") === true);
  await mkdir(out, { recursive: true });
  for (const [i, book] of result.workbooks.entries()) {
    const workbook = XlsxBookWriter.create();
    await writeOwnedSheets(workbook, book.sheets);
    await saveWorkbook(workbook, targets[i]);
  }
  const period = `${formatDay(result.period.start)}–${formatDay(result.period.end)}`;
  const why = result.fromWorkbook ? "следующий за периодом свода" : "учебный год на сегодня";
  io.out(
    `Книги ОО на период ${period} (${why}): ${countOf(result.workbooks.length, NOUN.book)} в ${out}`
  );
  const notes = prefilledNotes(result, {
    previousGiven: previousPaths.length > 0,
    again: "запустите команду снова",
  });
  for (const book of notes.books) {
    io.out(`  ${book.line}`);
    for (const other of book.setAside) io.out(`    ${other}`);
  }
  for (const line of notes.notCarried) io.out(line);
  if (previousPaths.length > 0)
    io.out(
      "Жёлтые ячейки школа заполняет заново («Обновите»); что проверить — на листе «Инструкция»."
    );
  else if (municipality.schools.some((s) => s.workers.length > 0))
    io.out(
      `Педагоги не перенесены: не указан --previous. Чтобы перенести их из прошлого периода, добавьте --previous ${forPath} (или папку с книгами ОО прошлого периода).`
    );
  return notes.attention ? EXIT_DATA_ERRORS : EXIT_OK;
}
