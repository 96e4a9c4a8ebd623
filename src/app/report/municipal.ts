/**
 * The municipal report as one application step, the same for the command line and the add-in:
 * schools already read + the people's sheets + a profile → the report computed, written into a
 * workbook through the port, and the result as data (status counts, what was written, the
 * issues, the feedback workbooks as sheet models). The fronts only gather the inputs, render
 * the feedback models into files their own way, and present the result.
 */
import { collectionLine, describeDiff, type Consolidation } from "../../core/consolidate";
import { feedbackFileName, feedbackWorkbook, type EarlierPeriod } from "../../core/cycle";
import { earlierPeriodSheet, resendByText } from "../../core/cycle/feedback-errors";
import { periodLabel } from "../../core/cycle/periods";
import type { ExcludedSchool } from "../../core/consolidate/types";
import { codeKey } from "../../core/text/code-key";
import { TOTAL, type Profile, type Status } from "../../core/indicators";
import type { Issue, SchoolData } from "../../core/model";
import { MEASURES, RULE_TEXTS, TARGETS } from "../../core/schema";
import { formatDay } from "../../core/time/day";
import type { SheetModel } from "../../port/sheet-model";
import type { Progress, WorkbookPort } from "../../port/workbook-port";
import { buildReport, type Report } from "./build";
import type { PeopleSheets } from "./people";
import { previousConsolidation, writeReport, type WriteReportResult } from "./write";
import { withPrintLayout } from "../../core/report/print-layout";

/** The order statuses are counted and shown in, on screen and in the pane. */
export const STATUSES: readonly Status[] = [
  "соответствие",
  "несоответствие",
  "нет данных",
  "цель не задана",
];

/** `Ошибки` links only to the people's sheets: the output sheets are replaced on every run. */
export const LINK_SHEETS: readonly string[] = [TARGETS.name, MEASURES.name, RULE_TEXTS.name];

/** The schools the report is built from, already read, with the file-level issues of reading. */
export interface MunicipalSources {
  schools: readonly SchoolData[];
  issues: readonly Issue[];
}

export interface MunicipalOptions {
  profile: Profile;
  /** `Настройки` (with custom indicators), `Меры`, `Правила рекомендаций` and their read issues. */
  people: PeopleSheets;
  /** The previous period's values ("CODE|scope"); `Настройки` fills the rest. */
  previous?: ReadonlyMap<string, number>;
  /** Earlier periods, checked and oldest first (earlierPeriods): the last is the previous one. */
  earlier?: readonly EarlierPeriod[];
  /** Personal names (ФИО) in the outputs and the feedback. */
  withNames?: boolean;
}

/** One school's feedback workbook, as sheets: each front renders it to bytes its own way. */
export interface FeedbackModel {
  schoolCode: string;
  /** `Обратная связь <Код ОО>.xlsx`. */
  fileName: string;
  sheets: SheetModel[];
}

/** The figures both fronts show about a report. */
export interface MunicipalSummary {
  schools: number;
  rows: number;
  /** Rows with errors (not counted in the indicators), municipality-wide. */
  excludedRows: number;
  /** Schools left out of the consolidation: code (or file) and why. */
  excluded: { school: string; file: string; reason: string }[];
  /** «дд.мм.гггг–дд.мм.гггг», or null without a period. */
  period: string | null;
  /** The profile's municipality-wide indicators, by status. */
  statuses: Record<Status, number>;
  /** Indicator-level recommendations, personal ones (one per rule and worker), and the workers they name. */
  recommendations: number;
  personal: number;
  personalWorkers: number;
  errorCount: number;
  warningCount: number;
  /** Every issue of the consolidation (files, rows, people's sheets). */
  issues: readonly Issue[];
  /** `Сбор данных` in one line: «Сдано 57 из 60; с ошибками 4; не сдано: ОО-12, ОО-31». */
  collection: string;
}

export interface MunicipalWriteResult {
  report: Report;
  summary: MunicipalSummary;
  write: WriteReportResult;
  /** What changed against the consolidation the workbook held before, in Russian lines. */
  changes: string[];
}

/** The whole report: pure computation, nothing written. */
export function municipalReport(sources: MunicipalSources, options: MunicipalOptions): Report {
  const { people } = options;
  return buildReport([...sources.schools], [...sources.issues, ...people.issues], {
    settings: people.settings,
    custom: people.custom,
    previous: options.previous,
    earlier: options.earlier,
    profile: options.profile,
    withNames: options.withNames === true,
    measures: people.measures,
    expectedSchools: people.expectedSchools,
    schoolList: people.schoolList,
    ...(people.schoolListEmpty ? { schoolListEmpty: true } : {}),
    rules: people.rules,
    linkSheets: LINK_SHEETS,
  });
}

export function summarizeReport(report: Report, profile: Profile): MunicipalSummary {
  const c = report.consolidation;
  const total = report.results.filter((r) => r.scope === TOTAL && profile.codes.includes(r.code));
  const statuses = Object.fromEntries(
    STATUSES.map((s) => [s, total.filter((r) => r.status === s).length])
  ) as Record<Status, number>;
  const personalRecs = report.recommendations.filter((r) => r.teacher !== null);
  const personal = personalRecs.length;
  const personalWorkers = new Set(personalRecs.map((r) => `${r.scope}\u0000${r.teacher}`)).size;
  return {
    schools: c.included.length,
    rows: c.included.reduce((sum, s) => sum + s.workers.length, 0),
    excludedRows: report.coverage.find((x) => x.scope === TOTAL)?.excludedRows ?? 0,
    excluded: c.excluded.map((e) => ({
      school: e.schoolCode ?? e.file,
      file: e.file,
      reason: e.reason,
    })),
    period: c.period ? `${formatDay(c.period.start)}–${formatDay(c.period.end)}` : null,
    statuses,
    recommendations: report.recommendations.length - personal,
    personal,
    personalWorkers,
    errorCount: report.errorCount,
    warningCount: report.warningCount,
    issues: c.issues,
    collection: collectionLine(report.collection),
  };
}

/**
 * Computes the report and writes it into the workbook (data and output sheets replaced,
 * people's sheets created only when absent). `beforeWrite` runs between the two: the pane
 * cancels there, since a half-written set of sheets would be worse than none, and asks
 * before a report that would hold fewer schools or rows than the workbook's consolidation
 * (`before`, null when the workbook holds none): a hook that throws writes nothing.
 */
export async function writeMunicipalReport(
  port: WorkbookPort,
  sources: MunicipalSources,
  options: MunicipalOptions,
  hooks: {
    progress?: Progress;
    beforeWrite?: (report: Report, before: Consolidation | null) => void | Promise<void>;
  } = {}
): Promise<MunicipalWriteResult> {
  const before = await previousConsolidation(port);
  const report = municipalReport(sources, options);
  await hooks.beforeWrite?.(report, before);
  const write = await writeReport(port, report, hooks.progress, before);
  return {
    report,
    summary: summarizeReport(report, options.profile),
    write,
    changes: write.diff ? describeDiff(write.diff) : [],
  };
}

/** One feedback workbook per included school, in the consolidation's order. */
export function* feedbackModels(
  report: Report,
  options: MunicipalOptions
): Generator<FeedbackModel> {
  const titles = new Map(report.catalog.map((e) => [e.code, e.title]));
  for (const school of report.consolidation.included) {
    const code = school.passport.schoolCode ?? school.file;
    const sheets = feedbackWorkbook(code, {
      results: report.results,
      recommendations: report.recommendations,
      plan: report.plan,
      measures: options.people.measures,
      settings: options.people.settings,
      profile: options.profile,
      schoolName: school.passport.schoolName,
      titles,
      names: options.withNames === true,
      period: report.consolidation.period,
      rules: options.people.rules,
      issues: school.issues,
      file: school.file,
      excludedRows: school.workers.reduce((n, w) => n + (w.hasErrors ? 1 : 0), 0),
    });
    yield { schoolCode: code, fileName: feedbackFileName(code), sheets: withPrintLayout(sheets) };
  }
  for (const ex of lastPeriodFiles(report)) {
    const code = ex.schoolCode!.trim();
    const official = options.people.settings.official;
    const sheet = earlierPeriodSheet(`${code}${ex.schoolName ? ` — ${ex.schoolName}` : ""}`, {
      file: ex.file,
      replyBy: resendByText(official),
      contact: official.contact,
      sent: periodLabel(ex.earlierPeriod!.sent),
      wanted: periodLabel(ex.earlierPeriod!.wanted),
    });
    yield { schoolCode: code, fileName: feedbackFileName(code), sheets: withPrintLayout([sheet]) };
  }
}

/**
 * Schools that sent only last period's file (none of this period's was consolidated): each
 * gets a reminder workbook saying to send this period's file (decisions/report.md).
 */
function lastPeriodFiles(report: Report): ExcludedSchool[] {
  const c = report.consolidation;
  const included = new Set(c.included.map((s) => codeKey(s.passport.schoolCode ?? "")));
  const seen = new Set<string>();
  return c.excluded.filter((ex) => {
    const key = codeKey(ex.schoolCode ?? "");
    if (!ex.earlierPeriod || key === "" || included.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** How many feedback workbooks `feedbackModels` gives (for progress). */
export function feedbackCount(report: Report): number {
  return report.consolidation.included.length + lastPeriodFiles(report).length;
}
