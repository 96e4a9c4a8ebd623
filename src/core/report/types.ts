/** What every output-sheet builder of the municipal report reads. */
import type { Consolidation } from "../consolidate/types";
import type { CollectionRow } from "../consolidate/collection";
import type { EffectivenessJson } from "../cycle/effectiveness-json";
import type { HistoryJson } from "../cycle/history";
import type { CatalogEntry } from "../indicators/measures";
import type { Profile } from "../indicators/profiles";
import type { SchoolTallies } from "../indicators/engine";
import type { IndicatorResult, ScopeCoverage, Settings } from "../indicators/types";
import type { Recommendation, RecommendationRule } from "../recommend/types";
import type { TrainingPlan } from "../plan/plan";
import type { Effectiveness } from "../cycle/effectiveness";
import type { Measure } from "../cycle/measures";

export interface ReportInput {
  consolidation: Consolidation;
  results: readonly IndicatorResult[];
  coverage: readonly ScopeCoverage[];
  settings: Settings;
  /** As buildRecommendations made them; municipal sheets hide what is private. */
  recommendations: readonly Recommendation[];
  /** The chosen profile; the full catalog when absent. */
  profile?: Profile;
  /** Catalog entries (custom shares included); the catalog when absent. */
  catalog?: readonly CatalogEntry[];
  rules?: readonly RecommendationRule[];
  /** Personal names (ФИО) appear only when true. */
  withNames?: boolean;
  /** Each school's contribution to each indicator (computeIndicators' tallies). */
  tallies?: SchoolTallies;
  /**
   * `Сводка` carries live custom-function formulas over the hidden tally sheet
   * (`Счётчики показателей`, written beside it); absent or false, plain values.
   */
  live?: boolean;
  /** The training plan of these schools and period when already made (buildReport); else `План ПК` makes it. */
  plan?: TrainingPlan;
  /** The JSON's `effectiveness` and `history`, as buildReport judged them (cli.md «Additions»). */
  cycle?: { effectiveness: EffectivenessJson; history: HistoryJson[] };
  /** `Меры` as people filled them: the справка's management decisions (section 7). */
  measures?: readonly Measure[];
  /** This period against the previous one as `Эффективность` judged it (the справка's section 8). */
  effectiveness?: Effectiveness;
  /** The `Код ОО` of every school the municipality workbook's `ОО` list expects; absent: the received ones. */
  expectedSchools?: readonly string[];
  /** `Сбор данных` as collectionRows made it: the JSON's `collection` ([] when absent). */
  collection?: readonly CollectionRow[];
}
