/**
 * «Сводка и рекомендации»: the application step builds the municipal report from the basis and
 * writes it into the open workbook (data and output sheets replaced, people's sheets kept); this
 * front turns its result into the pane's texts. Cancelling is possible until writing starts: a
 * half-written set of sheets would be worse than none.
 */
import {
  STATUSES,
  writeMunicipalReport as writeReportStep,
  type MunicipalSummary,
} from "../../app/report";
import type { Progress, WorkbookPort } from "../../port/workbook-port";
import { PaneError } from "../failure";
import type { CollectionRow } from "../../core/consolidate/collection";
import type { Issue } from "../../core/model";
import { periodLabel } from "../../core/cycle";
import { municipalBasis, type MunicipalInput } from "./municipal";

export { STATUSES };

/** The step's summary as the pane shows it: excluded schools as lines, with why. */
export interface ReportSummary extends Omit<
  MunicipalSummary,
  "excluded" | "excludedRows" | "issues"
> {
  origin: "files" | "workbook";
  excluded: string[];
  written: string[];
  kept: string[];
  skipped: string[];
  changes: string[];
  /** The earlier periods used (chosen on the «Эффективность» step), oldest first («2023/24»). */
  earlier: string[];
  /** `Сбор данных` — the very rows of the sheet — each with its file's issues. */
  tracker: TrackerLine[];
}

export interface TrackerLine {
  row: CollectionRow;
  issues: Issue[];
}

/** The tracker's rows with the issues of each row's file (none for a school that sent nothing). */
export function trackerLines(
  rows: readonly CollectionRow[],
  issues: readonly Issue[]
): TrackerLine[] {
  const byFile = new Map<string, Issue[]>();
  for (const issue of issues) {
    if (!issue.file) continue;
    const list = byFile.get(issue.file) ?? [];
    list.push(issue);
    byFile.set(issue.file, list);
  }
  return rows.map((row) => ({ row, issues: row.file ? (byFile.get(row.file) ?? []) : [] }));
}

export function cancelledError(): PaneError {
  return new PaneError(
    "Отменено: книга не изменена.",
    "Нажмите кнопку шага ещё раз, когда будете готовы."
  );
}

export async function writeMunicipalReport(
  port: WorkbookPort,
  input: MunicipalInput,
  progress: Progress
): Promise<ReportSummary> {
  progress.report(0, 1, "Чтение данных и настроек");
  const basis = await municipalBasis(port, input);
  const sheets: Progress = {
    report: (done, total, label) =>
      progress.report(done, total, label ? `Запись листа «${label}»` : "Готово"),
    cancelled: false,
  };
  const { summary, write, changes, report } = await writeReportStep(
    port,
    basis.sources,
    basis.options,
    {
      progress: sheets,
      beforeWrite: () => {
        if (progress.cancelled) throw cancelledError();
      },
    }
  );
  // The pane shows the issues on «Ошибки» and in the check step, not in the summary.
  const { excluded, excludedRows, issues, ...counts } = summary;
  return {
    ...counts,
    origin: basis.origin,
    excluded: excluded.map((e) => `${e.school}: ${e.reason}`),
    written: write.written,
    kept: write.kept,
    skipped: write.skipped,
    changes,
    earlier: (basis.options.earlier ?? []).map((e) => periodLabel(e.period)),
    tracker: trackerLines(report.collection, issues),
  };
}
