/** What every output-sheet builder of the municipal report reads. */
import type { Consolidation } from "../consolidate/types";
import type { CatalogEntry } from "../indicators/measures";
import type { Profile } from "../indicators/profiles";
import type { IndicatorResult, ScopeCoverage, Settings } from "../indicators/types";
import type { Recommendation, RecommendationRule } from "../recommend/types";
import type { TrainingPlan } from "../plan/plan";

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
  /**
   * Where `Сводные данные` sits in this workbook (e.g. 'Сводные данные'!A1:AS5000):
   * `Сводка` then carries live custom-function formulas; absent, plain values.
   */
  dataRange?: string | null;
  /** The training plan of these schools and period when already made (buildReport); else `План ПК` makes it. */
  plan?: TrainingPlan;
}
