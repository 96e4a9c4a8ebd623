/**
 * The municipal report as pure composition of the core: consolidate, compute
 * the indicators (with the previous period and custom shares), recommend,
 * cluster, plan, judge the measures, and lay out every sheet and the JSON.
 * No workbook is touched here; writeReport puts the sheets into one.
 */
import {
  CALC_BLOCK_ROWS,
  collectionRows,
  consolidate,
  municipalityDataSheets,
  schoolListSheet,
  type CollectionRow,
  type Consolidation,
  type ExpectedSchool,
} from "../../core/consolidate";
import { collectionSheet } from "../../core/report/collection-sheet";
import {
  analyseEffectiveness,
  dynamicsInput,
  effectivenessJson,
  effectivenessSheet,
  historyJson,
  historyOf,
  measuresSheet,
  mergePrevious,
  passportsSheet,
  type EarlierPeriod,
  type Effectiveness,
  type History,
  type Measure,
} from "../../core/cycle";
import {
  computeIndicators,
  entriesWith,
  type CatalogEntry,
  type IndicatorResult,
  type Profile,
  type ScopeCoverage,
  type Settings,
  type ShareDefinition,
} from "../../core/indicators";
import type { Issue } from "../../core/model";
import { buildTrainingPlan, type PlanEntry, type TrainingPlan } from "../../core/plan";
import {
  buildRecommendations,
  recommendationRulesSheet,
  type Recommendation,
  type RecommendationRule,
} from "../../core/recommend";
import {
  dynamicsSheet,
  reportJson,
  reportSheets,
  tallySheet,
  type ReportInput,
  type ReportJson,
} from "../../core/report";
import { CONSOLIDATED_TEACHERS } from "../../core/schema";
import type { Grid } from "../../core/model";
import type { SheetModel } from "../../port/sheet-model";
import { columnLetters } from "../../core/text/a1";
import { errorsSheet } from "../errors-sheet";
import { settingsSheetWithCustom } from "./people";
import { printLayout } from "../../core/report/print-layout";
import { naturalOrder } from "../../core/text/natural-order";

export interface ReportOptions {
  settings: Settings;
  custom?: readonly ShareDefinition[];
  /** The previous period's values ("CODE|scope"), from its workbook; `Настройки` fills the rest. */
  previous?: ReadonlyMap<string, number>;
  /**
   * Earlier periods, checked and ordered oldest first (earlierPeriods): the last is the
   * previous period when `previous` is absent; all feed `Динамика` and the JSON's `history`.
   */
  earlier?: readonly EarlierPeriod[];
  profile: Profile;
  /** Personal names (ФИО) appear only when true. */
  withNames?: boolean;
  /** `Меры` as people filled them: judged on `Эффективность`. */
  measures?: readonly Measure[];
  /** The edited rule set (`Правила рекомендаций`); the defaults when absent. */
  rules?: readonly RecommendationRule[];
  /** Sheets of the workbook being written that an `Ошибки` row may link to. */
  linkSheets?: readonly string[];
  /** The schools the municipality workbook's `ОО` list expects (the справка's «из N»). */
  expectedSchools?: readonly string[];
  /**
   * The schools `Сбор данных` expects (`Список ОО`, else the last consolidation's `ОО`);
   * absent: the schools received.
   */
  schoolList?: readonly ExpectedSchool[];
  /**
   * The workbook's `Список ОО` has no code yet (as `template municipality` makes it): the
   * report fills it this once, as when it is absent.
   */
  schoolListEmpty?: boolean;
  /** A `Меры` grid (header and rows) to create the sheet with, when it is absent (the demo's drafts). */
  measuresGrid?: Grid;
}

/** Whose a sheet is: data and output sheets are replaced; people's sheets only created when absent. */
export type SheetKind = "data" | "output" | "people";

export interface PlannedSheet {
  kind: SheetKind;
  model: SheetModel;
  /** A people's sheet present but still empty of data: written over this once. */
  fillEmpty?: boolean;
}

export interface Report {
  consolidation: Consolidation;
  results: IndicatorResult[];
  coverage: ScopeCoverage[];
  catalog: CatalogEntry[];
  recommendations: Recommendation[];
  plan: PlanEntry[];
  effectiveness: Effectiveness;
  /** Total values over the earlier periods and this one; null without an earlier period. */
  history: History | null;
  input: ReportInput;
  /** `Сбор данных`: expected schools and unexpected files, the schools to call first. */
  collection: CollectionRow[];
  json: ReportJson;
  /** Every sheet in the workbook's tab order. */
  sheets: PlannedSheet[];
  errorCount: number;
  warningCount: number;
}

/**
 * Where `Сводные данные` sits once written, its calculation block included: the range a
 * person passes to PEDMON.INDICATOR to get the report's figures with no other argument.
 */
export function consolidatedRange(c: Consolidation): string {
  const rows = c.included.reduce((sum, s) => sum + s.workers.length, 0);
  const last = columnLetters(CONSOLIDATED_TEACHERS.fields.length - 1);
  const top = c.period === null ? 0 : CALC_BLOCK_ROWS;
  return `'${CONSOLIDATED_TEACHERS.name}'!$A$1:$${last}$${top + Math.max(1, rows) + 1}`;
}

export function buildReport(
  schools: Parameters<typeof consolidate>[0],
  sourceIssues: readonly Issue[],
  options: ReportOptions
): Report {
  const consolidation = consolidate(schools, [...sourceIssues], options.schoolList ?? null);
  const { settings, profile } = options;
  const custom = options.custom ?? [];
  const catalog = entriesWith(custom);
  const earlier = options.earlier ?? [];
  const previousValues = options.previous ?? earlier.at(-1)?.values;
  const { results, coverage, tallies } = computeIndicators(consolidation.included, settings, {
    previous: mergePrevious(previousValues, settings),
    custom,
  });
  const period = consolidation.period;
  const rules = options.rules;
  const recommendations = period
    ? buildRecommendations({
        schools: consolidation.included,
        results,
        settings,
        period,
        rules,
        catalog,
        profileId: profile.id,
      })
    : [];
  const trainingPlan: TrainingPlan | undefined = period
    ? buildTrainingPlan(consolidation.included, period, settings)
    : undefined;
  const plan = trainingPlan?.entries ?? [];
  const units = new Map(catalog.map((e) => [e.code, e.unit as string]));
  const effectiveness = analyseEffectiveness(
    results,
    previousValues,
    options.measures ?? [],
    settings,
    units
  );
  const history = historyOf(earlier, period, results);
  const input: ReportInput = {
    consolidation,
    results,
    coverage,
    settings,
    recommendations,
    profile,
    catalog,
    rules,
    withNames: options.withNames === true,
    tallies,
    live: true,
    plan: trainingPlan,
    cycle: { effectiveness: effectivenessJson(effectiveness), history: historyJson(history) },
    measures: options.measures,
    expectedSchools: options.expectedSchools,
    // The справка (section 8) reads the same judgement as `Эффективность`.
    effectiveness,
  };
  const collection = collectionRows(consolidation, options.schoolList ?? null);
  input.collection = collection;
  const issues = consolidation.issues;
  const errorCount = issues.filter((i) => i.severity === "error").length;
  return {
    consolidation,
    results,
    coverage,
    catalog,
    recommendations,
    plan,
    effectiveness,
    history,
    input,
    collection,
    json: reportJson(input),
    sheets: planSheets(input, effectiveness, history, options, collection),
    errorCount,
    warningCount: issues.length - errorCount,
  };
}

function planSheets(
  input: ReportInput,
  effectiveness: Effectiveness,
  history: History | null,
  options: ReportOptions,
  collection: readonly CollectionRow[]
): PlannedSheet[] {
  const c = input.consolidation;
  const [summary, bySchool, recommendations, clusters, plan, note] = reportSheets(input);
  const tally = tallySheet(input);
  const titles = new Map((input.catalog ?? []).map((e) => [e.code, e.title]));
  const units = new Map((input.catalog ?? []).map((e) => [e.code, e.unit as string]));
  const measures = measuresSheet(options.measuresGrid, {
    indicatorCodes: (input.catalog ?? []).map((e) => e.code),
    schoolCodes: c.included.map((s) => s.passport.schoolCode ?? s.file),
  });
  // Output and people's sheets print as a person expects; the consolidated data are no report page.
  const output = (model: SheetModel): PlannedSheet => ({
    kind: "output",
    model: printLayout(model),
  });
  const people = (model: SheetModel): PlannedSheet => ({
    kind: "people",
    model: printLayout(model),
  });
  return [
    ...municipalityDataSheets(c, {
      withNames: options.withNames === true,
      settings: options.settings,
    }).map((model): PlannedSheet => ({ kind: "data", model })),
    people(settingsSheetWithCustom(options.settings)),
    // Before `Сводка`: Excel must know the sheet a formula refers to when the formula is typed in.
    ...(tally ? [output(tally)] : []),
    output(summary),
    output(bySchool),
    output(recommendations),
    output(clusters),
    output(plan),
    people(measures),
    output(effectivenessSheet(effectiveness, options.profile, titles, units)),
    output(dynamicsSheet(dynamicsInput(history), options.profile, titles, units)),
    output(
      passportsSheet(options.profile.id, { settings: options.settings, custom: options.custom })
    ),
    output(note),
    people(recommendationRulesSheet(options.rules)),
    output(collectionSheet(collection)),
    // Made once, from the schools this round expected, by code (not in the tracker's call
    // order); hers from then on.
    {
      ...people(
        schoolListSheet(
          collection.filter((r) => r.expected).sort((a, b) => naturalOrder.compare(a.code, b.code))
        )
      ),
      ...(options.schoolListEmpty ? { fillEmpty: true } : {}),
    },
    output(errorsSheet(c.issues, { linkSheets: options.linkSheets })),
  ];
}
