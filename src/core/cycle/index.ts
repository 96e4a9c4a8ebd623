/** The second half of the management cycle: measures, effectiveness, next targets, passports, custom indicators, feedback. */
export {
  readMeasures,
  measureScope,
  type Measure,
  type MeasureLevel,
  type MeasureStatus,
  type ReadMeasuresOptions,
} from "./measures";
export { measuresSheet, MEASURE_INPUT_ROWS, type MeasuresSheetOptions } from "./measures-sheet";
export { proposeMeasures, type ProposeOptions } from "./propose";
export {
  analyseEffectiveness,
  judge,
  VERDICTS,
  type Effectiveness,
  type IndicatorChange,
  type MeasureEffect,
  type Verdict,
} from "./effectiveness";
export { proposeNextTargets, type NextTarget, type NextTargetBasis } from "./next-targets";
export {
  toPreviousMap,
  previousFromSettings,
  mergePrevious,
  previousKey,
  type PreviousValues,
} from "./previous";
export { effectivenessSheet, verdictRules, VERDICT_FILL } from "./effectiveness-sheet";
export { passportsSheet, PASSPORT_HEADERS, type PassportsOptions } from "./passports-sheet";
export { readCustomIndicators, findCustomBlock } from "./custom/read";
export { parseCondition, splitParts, NAMED_CONDITIONS } from "./custom/parse-condition";
export { customIndicatorsBlock, placeBlock, CUSTOM_EXAMPLE, type SheetBlock } from "./custom/block";
export {
  feedbackWorkbook,
  feedbackFileName,
  FEEDBACK_SHEETS,
  type FeedbackInput,
} from "./feedback";
export {
  orderEarlierPeriods,
  coverageNotes,
  periodLabel,
  periodText,
  EarlierPeriodRefused,
  MAX_EARLIER_PERIODS,
  type EarlierCandidate,
  type EarlierPeriod,
  type CurrentData,
} from "./periods";
export { historyOf, historyJson, dynamicsInput, type History, type HistoryJson } from "./history";
export { effectivenessJson, type EffectivenessJson } from "./effectiveness-json";
