/**
 * The report's inputs on disk: files as given, folders searched recursively
 * (symlinked files and folders followed, each real folder visited once, so a
 * link back up never loops) for `.xlsx` and `.xlsm`. Every other file found is
 * accounted for: old or foreign spreadsheets (`.xls`, `.ods`, `.xlsb`) are read
 * only to say what to do with them, Excel's lock files `~$…` and other files are
 * named in a note. The report's own output, its feedback folder and feedback
 * workbooks are left out by name. Each file is named by its path relative to
 * the folder given, so two `school.xlsx` in two folders stay two files.
 */
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { basename, dirname, join, normalize, resolve, sep } from "node:path";
import type { SourceInput } from "../app/report";
import { CliError, type Io } from "./io";

export interface InputFile {
  path: string;
  /** How messages, JSON and `Файл ОО` name it: relative to the folder given, else its base name. */
  name: string;
}

export interface ExpandedInputs {
  files: InputFile[];
  /** Paths given that do not exist. */
  missing: string[];
  /** Files found and not read, each with the reason (lock files, other files, the report's own files). */
  notes: string[];
}

/** The run's own outputs, never read as inputs. */
export interface InputGuards {
  out?: string | null;
  feedback?: string | null;
}

/** Read as workbooks (macros in `.xlsm` are never run or read). */
const WORKBOOK = /\.(xlsx|xlsm)$/i;
/** Not read as data, but opened to tell the person how to convert them. */
const FOREIGN = /\.(xls|ods|xlsb)$/i;
/** What `--feedback` writes (core/cycle feedbackFileName). */
const FEEDBACK_FILE = /^Обратная связь .+\.xlsx$/;
/** A temporary or lock file this program leaves beside an output while writing it. */
const OWN_FILE = /^\..+\.pedmonitor-(tmp|lock)$/;

/** The real path of a file that may not exist yet (its folder's real path + its name). */
export async function realTarget(path: string): Promise<string> {
  const full = resolve(path);
  const real = await realpath(full).catch(() => null);
  if (real !== null) return real;
  const dir = await realpath(dirname(full)).catch(() => dirname(full));
  return join(dir, basename(full));
}

interface Walk {
  out: string | null;
  feedback: string | null;
  visited: Set<string>;
  found: { path: string; rel: string; real: string }[];
  notes: string[];
}

async function walk(dir: string, rel: string, w: Walk): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((e: Error) => {
    w.notes.push(`Папка ${dir} не прочитана: ${e.message}`);
    return [];
  });
  entries.sort((a, b) => a.name.localeCompare(b.name, "ru", { numeric: true }));
  for (const e of entries) {
    const path = join(dir, e.name);
    const name = rel === "" ? e.name : `${rel}/${e.name}`;
    const info = e.isSymbolicLink() ? await stat(path).catch(() => null) : e;
    if (info === null) {
      w.notes.push(`${name}: ссылка ведёт на файл, которого нет — пропущена.`);
      continue;
    }
    if (info.isDirectory()) {
      const real = await realpath(path).catch(() => path);
      if (real === w.feedback) {
        w.notes.push(`${name}: папка обратной связи (--feedback) не читается как книги ОО.`);
        continue;
      }
      if (w.visited.has(real)) continue;
      w.visited.add(real);
      await walk(path, name, w);
      continue;
    }
    if (!info.isFile()) continue;
    // Our own temporary and lock files beside an output (atomic-write.ts, output-lock.ts).
    if (OWN_FILE.test(e.name)) continue;
    if (e.name.startsWith("~$")) {
      w.notes.push(
        `${name}: служебный файл блокировки Office (книга открыта в Excel) — пропущен; сохраните и закройте книгу.`
      );
      continue;
    }
    if (e.name.startsWith(".~lock.") && e.name.endsWith("#")) {
      w.notes.push(
        `${name}: служебный файл блокировки LibreOffice (книга открыта в Calc) — пропущен; сохраните и закройте книгу.`
      );
      continue;
    }
    if (!WORKBOOK.test(e.name) && !FOREIGN.test(e.name)) {
      w.notes.push(`${name}: не книга Excel (.xlsx) — пропущен.`);
      continue;
    }
    const real = await realpath(path).catch(() => resolve(path));
    if (real === w.out) {
      w.notes.push(`${name}: это файл отчёта (--out), он не читается как книга ОО.`);
      continue;
    }
    if (FEEDBACK_FILE.test(e.name)) {
      w.notes.push(
        `${name}: книга обратной связи, которую пишет --feedback, — не читается как книга ОО.`
      );
      continue;
    }
    w.found.push({ path, rel: name, real });
  }
}

/**
 * Files and folders as typed. A file given explicitly that is the output
 * (`--out`) is refused; inside a folder the output and the feedback folder are
 * skipped with a note.
 */
export async function expandInputs(
  paths: readonly string[],
  guards: InputGuards = {}
): Promise<ExpandedInputs> {
  const result: ExpandedInputs = { files: [], missing: [], notes: [] };
  const out = guards.out ? await realTarget(guards.out) : null;
  const feedback = guards.feedback ? await realTarget(guards.feedback) : null;
  const seen = new Set<string>();
  const candidates: { path: string; name: string; typed: string }[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info === null) {
      result.missing.push(path);
      continue;
    }
    const real = await realpath(path);
    if (info.isDirectory()) {
      if (real === feedback)
        throw new CliError(
          `--feedback: папка ${guards.feedback} — это папка с книгами ОО (${path}); укажите для обратной связи другую папку.`
        );
      const w: Walk = { out, feedback, visited: new Set([real]), found: [], notes: result.notes };
      await walk(path, "", w);
      for (const f of w.found) {
        if (seen.has(f.real)) continue;
        seen.add(f.real);
        candidates.push({ path: f.path, name: f.rel, typed: join(path, f.rel) });
      }
    } else {
      if (real === out)
        throw new CliError(
          `--out: файл ${guards.out} — это один из входных файлов (${path}); отчёт записал бы в книгу ОО чужие данные. Укажите другой файл --out.`
        );
      if (seen.has(real)) continue;
      seen.add(real);
      candidates.push({ path, name: basename(path), typed: path });
    }
  }
  result.files = uniqueNames(candidates);
  return result;
}

/** Names that would repeat (the same relative path under two folders given) become the typed paths. */
function uniqueNames(
  candidates: readonly { path: string; name: string; typed: string }[]
): InputFile[] {
  const count = new Map<string, number>();
  for (const c of candidates) count.set(c.name, (count.get(c.name) ?? 0) + 1);
  const used = new Set<string>();
  return candidates.map((c) => {
    let name = count.get(c.name)! > 1 ? slashes(normalize(c.typed)) : c.name;
    for (let n = 2; used.has(name); n += 1) name = `${c.name} (${n})`;
    used.add(name);
    return { path: c.path, name };
  });
}

function slashes(path: string): string {
  return sep === "/" ? path : path.split(sep).join("/");
}

export function sourceInputs(files: readonly InputFile[]): SourceInput[] {
  return files.map(({ path, name }) => ({
    name,
    bytes: () =>
      readFile(path).then(
        (b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength),
        (e: Error) => {
          throw new CliError(`Не удалось прочитать файл ${path}: ${e.message}`);
        }
      ),
  }));
}

/** The summary's account of inputs not read: unreadable files by name, then the notes. */
export function printInputNotes(
  io: Io,
  skipped: readonly string[],
  notes: readonly string[]
): void {
  if (skipped.length) io.out(`Не прочитаны (что сделать — в списке ошибок): ${skipped.join(", ")}`);
  for (const note of notes) io.out(`Пропущено: ${note}`);
}
