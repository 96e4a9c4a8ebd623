/**
 * «Сводка и рекомендации»: build the municipal report from the basis and write it into the open
 * workbook (data and output sheets replaced, people's sheets kept). Cancelling is possible until
 * writing starts: a half-written set of sheets would be worse than none.
 */
import { writeReport, type Report } from "../../app/report";
import { describeDiff } from "../../core/consolidate";
import { TOTAL, type Status } from "../../core/indicators";
import { formatDay } from "../../core/time/day";
import type { Progress, WorkbookPort } from "../../port/workbook-port";
import { PaneError } from "../failure";
import { municipalBasis, reportOf, type MunicipalInput } from "./municipal";

export const STATUSES: readonly Status[] = ["соответствие", "несоответствие", "нет данных", "цель не задана"];

export interface ReportSummary {
  origin: "files" | "workbook";
  schools: number;
  rows: number;
  /** Schools left out of the consolidation, with why. */
  excluded: string[];
  period: string | null;
  /** Indicators of the profile for the whole municipality, by status. */
  statuses: Record<Status, number>;
  recommendations: number;
  personal: number;
  written: string[];
  kept: string[];
  skipped: string[];
  changes: string[];
  errorCount: number;
  warningCount: number;
}

export function cancelledError(): PaneError {
  return new PaneError("Отменено: книга не изменена.", "Нажмите кнопку шага ещё раз, когда будете готовы.");
}

export function summarize(report: Report, origin: ReportSummary["origin"], profileCodes: readonly string[]) {
  const c = report.consolidation;
  const total = report.results.filter((r) => r.scope === TOTAL && profileCodes.includes(r.code));
  const statuses = Object.fromEntries(
    STATUSES.map((s) => [s, total.filter((r) => r.status === s).length])
  ) as Record<Status, number>;
  const personal = report.recommendations.filter((r) => r.teacher !== null).length;
  return {
    origin,
    schools: c.included.length,
    rows: c.included.reduce((sum, s) => sum + s.workers.length, 0),
    excluded: c.excluded.map((e) => `${e.schoolCode ?? e.file}: ${e.reason}`),
    period: c.period ? `${formatDay(c.period.start)}–${formatDay(c.period.end)}` : null,
    statuses,
    recommendations: report.recommendations.length - personal,
    personal,
    errorCount: report.errorCount,
    warningCount: report.warningCount,
  };
}

export async function writeMunicipalReport(
  port: WorkbookPort,
  input: MunicipalInput,
  progress: Progress
): Promise<ReportSummary> {
  progress.report(0, 1, "Чтение данных и настроек");
  const basis = await municipalBasis(port, input);
  const report = reportOf(basis);
  if (progress.cancelled) throw cancelledError();
  const sheets = { report: (done: number, total: number, label: string) => progress.report(done, total, label ? `Запись листа «${label}»` : "Готово"), cancelled: false };
  const written = await writeReport(port, report, sheets);
  return {
    ...summarize(report, basis.origin, basis.profile.codes),
    written: written.written,
    kept: written.kept,
    skipped: written.skipped,
    changes: written.diff ? describeDiff(written.diff) : [],
  };
}
