/**
 * `pedmonitor template school --for MUNICIPALITY.xlsx --out DIR [--previous SOURCE...]`:
 * one pre-filled `<Код ОО>.xlsx` per school on the municipality workbook's `ОО`
 * sheet, last period's `Педагоги` rows carried over (app/template/prefilled.ts).
 * Every target is checked before anything is written; each file is written atomically.
 */
import { mkdir, readFile, realpath, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { openSources } from "../../app/report";
import { readWorkbook } from "../../app/read-workbook";
import { prefilledWorkbooks, writeOwnedSheets } from "../../app/template";
import type { ExpectedSchool } from "../../core/consolidate/collection";
import { readSchoolList } from "../../core/consolidate/school-list";
import { SCHOOL_LIST } from "../../core/schema/municipality";
import { XlsxBookWriter } from "../../adapters/xlsx-writer/xlsx-book-writer";
import type { SchoolData } from "../../core/model";
import { dayFromDate, formatDay, type Day } from "../../core/time/day";

import { countOf, NOUN } from "../../core/text/plural";
import { listOption, stringOption, type ParsedArgs } from "../args";
import { openReadOnlyBytes, openReadOnlyWorkbook, saveWorkbook } from "../files";
import { CliError, EXIT_OK, type Io } from "../io";
import { untouchedOwnOutput } from "../replace-guard";
import { expandInputs, printInputNotes, sourceInputs } from "../sources";

async function readMunicipalityBook(
  path: string
): Promise<{ schools: SchoolData[]; list: ExpectedSchool[] | null }> {
  const book = await openReadOnlyWorkbook(path);
  const read = await readWorkbook(book, basename(path));
  if (!read.municipality)
    throw new CliError(
      `--for: ${path} — не книга муниципалитета (нет листов «ОО» и «Сводные данные»). Укажите книгу, которую пишет pedmonitor report.`
    );
  // Her `Список ОО`, when the workbook has one, names the schools expected this round.
  const names = await book.sheetNames();
  const list = names.includes(SCHOOL_LIST.name)
    ? readSchoolList(await book.readSheet(SCHOOL_LIST.name))
    : null;
  return { schools: read.schools, list };
}

async function readPrevious(paths: readonly string[], io: Io): Promise<SchoolData[]> {
  if (paths.length === 0) return [];
  const expanded = await expandInputs(paths);
  for (const path of expanded.missing) io.err(`Не найдено: ${path}`);
  if (expanded.files.length === 0)
    throw new CliError(`--previous: нет ни одного файла .xlsx: ${paths.join(" ")}`);
  const opened = await openSources(sourceInputs(expanded.files), openReadOnlyBytes);
  printInputNotes(io, [...opened.skipped, ...expanded.missing], expanded.notes);
  return opened.schools;
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
  const municipality = await readMunicipalityBook(forPath);
  const previous = await readPrevious(previousPaths, io);
  const result = prefilledWorkbooks(municipality.schools, previous, today, municipality.list);
  if (result.workbooks.length === 0)
    throw new CliError(
      `--for: на листе «ОО» книги ${forPath} нет ни одной ОО с кодом — нечего готовить.`
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
  for (const book of result.workbooks) {
    const carried =
      previousPaths.length === 0
        ? ""
        : book.carried > 0
          ? `: перенесено педагогов — ${book.carried} (из ${book.source})` +
            (book.rowsWithGaps > 0 ? `, строк с ячейками для проверки — ${book.rowsWithGaps}` : "")
          : ": в прошлом периоде этой ОО нет — лист «Педагоги» пуст";
    io.out(`  ${book.school.code}.xlsx${carried}`);
  }
  if (previousPaths.length > 0)
    io.out(
      "Жёлтые ячейки школа заполняет заново («Обновите»); что проверить — на листе «Инструкция»."
    );
  return EXIT_OK;
}
