/**
 * The report's arguments checked before any school file is read: a mistyped
 * `--feedback`, `--settings`, `--previous`, `--out` or `--json` must not cost
 * a run over 1,500 files and fail only after the report is written.
 */
import { constants } from "node:fs";
import { access, readFile, stat } from "node:fs/promises";
import { basename, dirname, normalize, resolve } from "node:path";
import { XlsxReadOnlyWorkbook } from "../adapters/xlsx-reader/workbook";
import { fileKind } from "../app/report/file-kind";
import { isSchoolBook } from "../app/report/school-book";
import { PASSPORT, TEACHERS } from "../core/schema";
import { formatAdvice } from "./files";
import { CliError } from "./io";
import { realTarget } from "./sources";

type Info = Awaited<ReturnType<typeof stat>>;

async function infoOf(path: string): Promise<Info | null> {
  return stat(path).catch(() => null);
}

async function can(path: string, mode: number): Promise<boolean> {
  return access(path, mode).then(
    () => true,
    () => false
  );
}

/** The nearest folder that exists on the way up (where a missing folder would be created). */
async function existingAncestor(path: string): Promise<{ path: string; info: Info }> {
  let at = normalize(path);
  for (;;) {
    const info = await infoOf(at);
    if (info !== null) return { path: at, info };
    const up = dirname(at);
    if (up === at) throw new CliError(`Не найдена ни одна папка на пути ${path}.`);
    at = up;
  }
}

/** A folder that can be created below its nearest existing ancestor. */
async function checkCreatable(path: string, option: string, what: string): Promise<void> {
  const base = await existingAncestor(path);
  if (!base.info.isDirectory())
    throw new CliError(
      `${option}: ${base.path} — это файл, а не папка, в нём нельзя создать ${what}.`
    );
  if (!(await can(base.path, constants.W_OK | constants.X_OK)))
    throw new CliError(`${option}: нет прав на запись в папку ${base.path}.`);
}

/** An output file: a writable file, or a new one in a folder that is or can be made writable. */
export async function checkOutputFile(path: string, option: string): Promise<void> {
  const info = await infoOf(path);
  if (info === null) return checkCreatable(dirname(path), option, path);
  if (info.isDirectory()) throw new CliError(`${option}: ${path} — это папка, а нужен файл.`);
  if (!(await can(path, constants.W_OK)))
    throw new CliError(`${option}: нет прав на запись в файл ${path}.`);
  if (!(await can(dirname(resolve(path)), constants.W_OK | constants.X_OK)))
    throw new CliError(`${option}: нет прав на запись в папку ${dirname(resolve(path))}.`);
}

/** An output folder (`--feedback`): an existing writable folder, or one that can be created. */
export async function checkOutputFolder(path: string, option: string): Promise<void> {
  const info = await infoOf(path);
  if (info === null) return checkCreatable(path, option, `папку ${path}`);
  if (!info.isDirectory()) throw new CliError(`${option}: ${path} — это файл, а нужна папка.`);
  if (!(await can(path, constants.W_OK | constants.X_OK)))
    throw new CliError(`${option}: нет прав на запись в папку ${path}.`);
}

/** An input workbook (`--settings`), or with `folders` also a folder of them (`--previous`). */
export async function checkInputWorkbook(
  path: string,
  option: string,
  folders = false
): Promise<void> {
  const info = await infoOf(path);
  if (info === null) throw new CliError(`${option}: файл не найден: ${path}`);
  if (info.isDirectory()) {
    if (!folders) throw new CliError(`${option}: ${path} — это папка, а нужен файл .xlsx.`);
    if (!(await can(path, constants.R_OK | constants.X_OK)))
      throw new CliError(`${option}: нет прав на чтение папки ${path}.`);
    return;
  }
  const bytes = await readFile(path).catch((e: Error) => {
    throw new CliError(`${option}: не удалось прочитать файл ${path}: ${e.message}`);
  });
  const kind = fileKind(path, bytes);
  if (kind !== "zip") throw new CliError(`${option}: ${formatAdvice(path, kind)}`);
}

/**
 * An existing `--out` that is a school's workbook (it has `Паспорт ОО`/`Педагоги`
 * and none of the municipality's sheets) is refused before any school file is
 * read: the report would be written into that school's file. A file that cannot
 * be opened is left to the opening itself, which names what is wrong.
 */
export async function refuseSchoolWorkbookOut(path: string): Promise<void> {
  const info = await infoOf(path);
  if (info === null || !info.isFile()) return;
  const bytes = await readFile(path).catch(() => null);
  if (bytes === null || fileKind(path, bytes) !== "zip") return;
  let names: readonly string[];
  try {
    names = await (await XlsxReadOnlyWorkbook.open(bytes)).sheetNames();
  } catch {
    return;
  }
  if (isSchoolBook(names))
    throw new CliError(
      `--out: ${path} — это книга ОО (в ней листы «${PASSPORT.name}»/«${TEACHERS.name}», а листов муниципалитета нет); ` +
        "отчёт записал бы в неё свод всех ОО. Файл не изменён. Укажите книгу муниципалитета или новое имя файла."
    );
}

/** `--previous` naming the `--out` workbook itself: the previous period would be overwritten by this one. */
export async function refusePreviousAsOut(previous: string, out: string): Promise<void> {
  if ((await realTarget(previous)) !== (await realTarget(out))) return;
  throw new CliError(
    `--previous: ${previous} — это та же книга, что --out: прошлый период нельзя читать из книги, в которую пишется новый. ` +
      `Сохраните копию книги прошлого периода (например, «${copyName(previous)}») и укажите её в --previous, ` +
      "а в --out — рабочую книгу."
  );
}

function copyName(path: string): string {
  const base = basename(path);
  return base.replace(/\.xlsx$/i, "") + " (прошлый период).xlsx";
}
