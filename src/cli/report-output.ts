/** What `pedmonitor report` prints: the one-screen summary, and the feedback files it writes. */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { XlsxBookWriter } from "../adapters/xlsx-writer/xlsx-book-writer";
import {
  STATUSES,
  feedbackModels,
  type MunicipalOptions,
  type MunicipalWriteResult,
  type OpenedSources,
  type Report,
} from "../app/report";
import type { Profile } from "../core/indicators";
import { writeFileAtomic } from "./atomic-write";
import { CliError, type Io } from "./io";
import { countOf, GENITIVE, NOUN } from "../core/text/plural";
import { countsLine, printIssues } from "./output";

export function printSummary(
  io: Io,
  result: MunicipalWriteResult,
  sources: OpenedSources,
  profile: Profile
): void {
  const { summary: s, write: written } = result;
  io.out(`Отчёт ПедМонитор, профиль «${profile.name}»`);
  const skipped = sources.skipped.length
    ? `; не прочитано — ${countOf(sources.skipped.length, NOUN.file)}`
    : "";
  io.out(`Прочитано: ${countOf(sources.read.length, NOUN.file)}${skipped}`);
  if (s.period) io.out(`Отчётный период: ${s.period}`);
  io.out(s.collection);
  io.out(
    `В своде: ${countOf(s.schools, NOUN.school)}, ${countOf(s.rows, NOUN.row)} о педагогах; не вошли в показатели из-за ошибок — ${countOf(s.excludedRows, NOUN.row)}`
  );
  if (s.excluded.length)
    // By file: «ОО-01» alone reads as if the school were missing when its other file is in.
    io.out(
      `Не включены в свод: ${s.excluded.map((e) => (e.school === e.file ? `«${e.file}»` : `«${e.file}» (${e.school})`)).join(", ")}`
    );
  io.out(
    `Показатели (всего): ${STATUSES.map((status) => `${status} — ${s.statuses[status]}`).join(", ")}`
  );
  io.out(
    `Рекомендации: по показателям — ${s.recommendations}, индивидуальные — ${s.personal} для ${countOf(s.personalWorkers, GENITIVE.worker)}`
  );
  // One heading, then the lines (each used to repeat «Изменения свода:»).
  if (result.changes.length > 0) io.out(`Изменения свода: ${result.changes.join(" ")}`);
  if (written.skipped.length)
    io.out(`Не записаны (лист с таким именем создан не программой): ${written.skipped.join(", ")}`);
  if (written.kept.length) io.out(`Сохранены без изменений: ${written.kept.join(", ")}`);
  if (written.completed.length)
    io.out(`Дополнены блоком «Реквизиты документов»: ${written.completed.join(", ")}`);
  for (const note of written.notes) io.out(note);
  io.out(`Проверка: ${countsLine(s.errorCount, s.warningCount)}`);
  printIssues(io, s.issues, "полный список на листе «Ошибки» и в --json");
}

/** One workbook per included school: `Обратная связь <Код ОО>.xlsx`. */
export async function writeFeedback(
  dir: string,
  report: Report,
  options: MunicipalOptions
): Promise<string[]> {
  await mkdir(dir, { recursive: true }).catch((e: Error) => {
    throw new CliError(`Не удалось создать папку ${dir}: ${e.message}`);
  });
  const files: string[] = [];
  for (const feedback of feedbackModels(report, options)) {
    const book = XlsxBookWriter.create();
    for (const sheet of feedback.sheets) await book.writeSheet(sheet);
    const path = join(dir, feedback.fileName);
    await writeFileAtomic(path, await book.toBuffer());
    files.push(path);
  }
  return files;
}

/**
 * One of the outputs after the workbook (`--json`, `--feedback`): its failure is
 * kept, not thrown, so the summary still says what was written; the run then
 * ends with exit 2 naming what failed (failedOutputs).
 */
export async function laterOutput<T>(
  failures: string[],
  what: string,
  write: () => Promise<T>
): Promise<T | null> {
  try {
    return await write();
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    failures.push(`${what}: ${e.message}`);
    return null;
  }
}

/** The error that ends a run whose workbook was written but a later output was not. */
export function failedOutputs(out: string, failures: readonly string[]): CliError {
  return new CliError(
    `Отчёт записан в ${out}, но не записано:\n${failures.map((f) => `  ${f}`).join("\n")}`
  );
}
