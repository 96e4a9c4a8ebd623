/**
 * The report's inputs on disk: files as given, folders searched recursively
 * for `.xlsx` (Excel's lock files `~$…` and the report's own output left out),
 * each file's bytes read only when its turn comes.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import type { SourceInput } from "../app/report";
import { CliError } from "./io";

export interface ExpandedInputs {
  files: string[];
  /** Paths given that do not exist. */
  missing: string[];
}

async function xlsxUnder(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name, "ru", { numeric: true }));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) await xlsxUnder(path, out);
    else if (e.isFile() && /\.xlsx$/i.test(e.name) && !e.name.startsWith("~$")) out.push(path);
  }
}

/** Files and folders as typed; `exclude` (the output file) is never read from a folder. */
export async function expandInputs(paths: readonly string[], exclude: string | null = null): Promise<ExpandedInputs> {
  const result: ExpandedInputs = { files: [], missing: [] };
  const skip = exclude === null ? null : resolve(exclude);
  const seen = new Set<string>();
  const add = (path: string): void => {
    const key = resolve(path);
    if (seen.has(key)) return;
    seen.add(key);
    result.files.push(path);
  };
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info === null) result.missing.push(path);
    else if (info.isDirectory()) {
      const found: string[] = [];
      await xlsxUnder(path, found);
      for (const f of found) if (resolve(f) !== skip) add(f);
    } else add(path);
  }
  return result;
}

/** Files are named by their base name in messages and `Файл ОО`, as `validate` does. */
export function displayName(path: string): string {
  return basename(path);
}

export function sourceInputs(files: readonly string[]): SourceInput[] {
  return files.map((path) => ({
    name: displayName(path),
    bytes: () =>
      readFile(path).then(
        (b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength),
        (e: Error) => {
          throw new CliError(`Не удалось прочитать файл ${path}: ${e.message}`);
        }
      ),
  }));
}
