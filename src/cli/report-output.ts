/** What `pedmonitor report` prints: the one-screen summary, and the feedback files it writes. */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { XlsxBookWriter } from "../adapters/xlsx-writer/xlsx-book-writer";
import type { OpenedSources, Report, WriteReportResult } from "../app/report";
import { describeDiff } from "../core/consolidate";
import { feedbackFileName, feedbackWorkbook, type Measure } from "../core/cycle";
import { TOTAL, type Profile, type Settings, type Status } from "../core/indicators";
import { formatDay } from "../core/time/day";
import { writeFileAtomic } from "./atomic-write";
import { CliError, type Io } from "./io";
import { countsLine, plural, printIssues } from "./output";

const STATUSES: readonly Status[] = ["соответствие", "несоответствие", "нет данных", "цель не задана"];

export function printSummary(io: Io, report: Report, sources: OpenedSources, written: WriteReportResult, profile: Profile): void {
  const c = report.consolidation;
  const rows = c.included.reduce((sum, s) => sum + s.workers.length, 0);
  const excludedRows = report.coverage.find((x) => x.scope === TOTAL)?.excludedRows ?? 0;
  io.out(`Отчёт ПедМонитор, профиль «${profile.name}»`);
  const skipped = sources.skipped.length ? `; не прочитано: ${sources.skipped.length}` : "";
  io.out(`Файлов прочитано: ${sources.read.length}${skipped}`);
  if (c.period) io.out(`Отчётный период: ${formatDay(c.period.start)}–${formatDay(c.period.end)}`);
  io.out(`В своде: ${plural(c.included.length, "ОО", "ОО", "ОО")}, ${plural(rows, "строка", "строки", "строк")} педагогов; из них с ошибками (не вошли в показатели): ${excludedRows}`);
  if (c.excluded.length) io.out(`Не включены в свод: ${c.excluded.map((e) => e.schoolCode ?? e.file).join(", ")}`);
  const total = report.results.filter((r) => r.scope === TOTAL && profile.codes.includes(r.code));
  io.out(`Показатели (всего): ${STATUSES.map((s) => `${s} — ${total.filter((r) => r.status === s).length}`).join(", ")}`);
  const personal = report.recommendations.filter((r) => r.teacher !== null).length;
  io.out(`Рекомендации: по показателям — ${report.recommendations.length - personal}, индивидуальные — ${personal}`);
  // One heading, then the lines (each used to repeat «Изменения свода:»).
  if (written.diff) io.out(`Изменения свода: ${describeDiff(written.diff).join(" ")}`);
  if (written.skipped.length) io.out(`Не записаны (лист с таким именем создан не программой): ${written.skipped.join(", ")}`);
  if (written.kept.length) io.out(`Сохранены без изменений: ${written.kept.join(", ")}`);
  io.out(`Проверка: ${countsLine(report.errorCount, report.warningCount)}`);
  printIssues(io, c.issues, "полный список на листе «Ошибки» и в --json");
}

export interface FeedbackContext {
  report: Report;
  settings: Settings;
  profile: Profile;
  measures: readonly Measure[];
  withNames: boolean;
}

/** One workbook per included school: `Обратная связь <Код ОО>.xlsx`. */
export async function writeFeedback(dir: string, ctx: FeedbackContext): Promise<string[]> {
  await mkdir(dir, { recursive: true }).catch((e: Error) => {
    throw new CliError(`Не удалось создать папку ${dir}: ${e.message}`);
  });
  const titles = new Map(ctx.report.catalog.map((e) => [e.code, e.title]));
  const files: string[] = [];
  for (const school of ctx.report.consolidation.included) {
    const code = school.passport.schoolCode ?? school.file;
    const sheets = feedbackWorkbook(code, {
      results: ctx.report.results,
      recommendations: ctx.report.recommendations,
      plan: ctx.report.plan,
      measures: ctx.measures,
      settings: ctx.settings,
      profile: ctx.profile,
      schoolName: school.passport.schoolName,
      titles,
      names: ctx.withNames,
    });
    const book = XlsxBookWriter.create();
    for (const sheet of sheets) await book.writeSheet(sheet);
    const path = join(dir, feedbackFileName(code));
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
export async function laterOutput<T>(failures: string[], what: string, write: () => Promise<T>): Promise<T | null> {
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
