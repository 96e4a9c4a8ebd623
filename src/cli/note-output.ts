/**
 * `report --note FILE.docx`: the `Аналитическая справка` as a Word document,
 * checked before any school file is read (a .docx name, a writable place, not
 * the path of another output or an input), and written atomically after the
 * workbook.
 */
import { extname } from "node:path";
import { noteDocxBytes } from "../adapters/docx/note-docx";
import type { Report } from "../app/report";
import { noteDocument } from "../core/report";
import { writeFileAtomic } from "./atomic-write";
import { checkOutputFile } from "./check-paths";
import { CliError } from "./io";
import { realTarget } from "./sources";

/** The other paths of the run, by the option that names them (inputs as «входной файл»). */
export type OtherPaths = readonly { option: string; path: string }[];

export async function checkNotePath(note: string, others: OtherPaths): Promise<void> {
  if (extname(note).toLowerCase() !== ".docx")
    throw new CliError(`--note: имя файла должно оканчиваться на .docx, а указано «${note}».`);
  const real = await realTarget(note);
  for (const other of others) {
    if ((await realTarget(other.path)) !== real) continue;
    throw new CliError(
      `--note: ${note} — это тот же файл, что ${other.option}; справка записала бы его поверх. Укажите другой файл --note.`
    );
  }
  await checkOutputFile(note, "--note");
}

export async function writeNote(path: string, report: Report): Promise<void> {
  let bytes: Uint8Array;
  try {
    bytes = await noteDocxBytes(noteDocument(report.input));
  } catch (e) {
    throw new CliError(`Справку не удалось собрать: ${(e as Error).message}`);
  }
  await writeFileAtomic(path, bytes);
}
