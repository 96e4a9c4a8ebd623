/**
 * «Сводка и рекомендации»: the application step builds the municipal report from the basis and
 * writes it into the open workbook (data and output sheets replaced, people's sheets kept); this
 * front turns its result into the pane's texts. Cancelling is possible until writing starts: a
 * half-written set of sheets would be worse than none.
 */
import { STATUSES, writeMunicipalReport as writeReportStep } from "../../app/report";
import type { Status } from "../../core/indicators";
import type { Progress, WorkbookPort } from "../../port/workbook-port";
import { PaneError } from "../failure";
import { municipalBasis, type MunicipalInput } from "./municipal";

export { STATUSES };

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
  const {
    summary: s,
    write,
    changes,
  } = await writeReportStep(port, basis.sources, basis.options, {
    progress: sheets,
    beforeWrite: () => {
      if (progress.cancelled) throw cancelledError();
    },
  });
  return {
    origin: basis.origin,
    schools: s.schools,
    rows: s.rows,
    excluded: s.excluded.map((e) => `${e.school}: ${e.reason}`),
    period: s.period,
    statuses: s.statuses,
    recommendations: s.recommendations,
    personal: s.personal,
    errorCount: s.errorCount,
    warningCount: s.warningCount,
    written: write.written,
    kept: write.kept,
    skipped: write.skipped,
    changes,
  };
}
