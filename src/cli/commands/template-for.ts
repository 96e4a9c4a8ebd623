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
import { readWorkbook } from "../../app/read-workbook";
import { prefilledWorkbooks, writeOwnedSheets, type PrefilledResult } from "../../app/template";
import { renderIssue } from "../../core/validate/message";
import type { ExpectedSchool } from "../../core/consolidate/collection";
import { readSchoolList } from "../../core/consolidate/school-list";
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

/**
 * What was not carried and why: a school whose last-period code differs from the list's
 * («ОО-4» for «ОО-04»), last period's schools on no row of the list, codes the list repeats.
 * True when a school's people were likely missed (a near code).
 */
function printNotCarried(io: Io, result: PrefilledResult, listSheet: string): boolean {
  for (const group of result.repeated)
    io.out(
      `Внимание: на листе «${listSheet}» код повторён: ${group.map((c) => `«${c}»`).join(", ")} — книга сделана одна; оставьте одну строку.`
    );
  for (const u of result.unused) {
    if (u.near !== null)
      io.out(
        `Внимание: в «${u.file}» прошлого периода код ОО «${u.code}» — похоже на ${u.near} из листа «${listSheet}», но это другой код: педагоги не перенесены в ${u.near}.xlsx. ` +
          `Если это та же ОО, исправьте код (в паспорте файла или на листе «${listSheet}») и запустите команду снова.`
      );
    else
      io.out(
        `Не перенесено: в «${u.file}» прошлого периода ОО с кодом «${u.code}», которой нет на листе «${listSheet}».`
      );
  }
  for (const u of result.uncoded) {
    const rows = u.rows.slice(0, 10).join(", ") + (u.rows.length > 10 ? ", …" : "");
    io.out(
      `Не перенесено: в «${u.file}» прошлого периода ${countOf(u.rows.length, NOUN.row)} без кода ОО (строки ${rows}) — чьи это педагоги, неизвестно. Впишите код ОО в эти строки и запустите команду снова.`
    );
  }
  return result.unused.some((u) => u.near !== null) || result.uncoded.length > 0;
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
  const read = new Set(opened.schools.map((x) => x.file));
  const unreadable = [
    ...new Set(
      opened.issues
        .filter((i) => i.severity === "error" && i.file && !read.has(i.file))
        .map((i) => i.file!)
    ),
  ];
  return { schools: opened.schools, unreadable };
}

/**
 * Previous sources that cannot be last period's: of the new period or later (this year's
 * files), each named once. When no source is usable at all, the run is refused (exit 2, like
 * `report --previous`): empty workbooks saying «в прошлом периоде этой ОО нет» would be false.
 */
function checkPrevious(previous: PreviousRead, start: Day, io: Io): void {
  const late = [
    ...new Set(
      previous.schools
        .filter((x) => x.passport.periodEnd !== null && x.passport.periodEnd >= start)
        .map((x) => x.file)
    ),
  ];
  const usable = previous.schools.some(
    (x) => x.passport.periodEnd === null || x.passport.periodEnd < start
  );
  const why = [
    ...late.map((f) => `«${f}» — за период новых книг или позже, а не за прошлый`),
    ...previous.unreadable.map((f) => `«${f}» — не прочитан как книга Excel`),
  ];
  const shown = why.slice(0, 5).join("; ") + (why.length > 5 ? `; и ещё ${why.length - 5}` : "");
  if (!usable)
    throw new CliError(
      `--previous: нет данных прошлого периода (до ${formatDay(start)}): ${shown || "ни одной ОО"}. ` +
        "Ничего не записано. Укажите книги ОО или книгу муниципалитета прошлого периода."
    );
  for (const f of late)
    io.err(`--previous: «${f}» — за период новых книг или позже; педагоги из него не перенесены.`);
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
  const result = prefilledWorkbooks(
    municipality.schools,
    previous.schools,
    today,
    municipality.list
  );
  if (previousPaths.length > 0) checkPrevious(previous, result.period.start, io);
  const listSheet =
    municipality.list !== null && municipality.list.length > 0 ? SCHOOL_LIST.name : "ОО";
  if (result.workbooks.length === 0)
    throw new CliError(
      `--for: на листах «${SCHOOL_LIST.name}» и «ОО» книги ${forPath} нет ни одной ОО с кодом — нечего готовить.`
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
          : book.near !== null
            ? `: лист «Педагоги» пуст — в прошлом периоде кода ${book.school.code} нет, есть похожий «${book.near.code}» (${book.near.file}); проверьте код`
            : ": в прошлом периоде этой ОО нет — лист «Педагоги» пуст";
    io.out(`  ${book.school.code}.xlsx${carried}`);
    for (const other of book.setAside)
      io.out(`    не использован «${other.file}» той же ОО за тот же период: ${other.why}`);
  }
  const missed = printNotCarried(io, result, listSheet);
  if (previousPaths.length > 0)
    io.out(
      "Жёлтые ячейки школа заполняет заново («Обновите»); что проверить — на листе «Инструкция»."
    );
  return missed ? EXIT_DATA_ERRORS : EXIT_OK;
}
