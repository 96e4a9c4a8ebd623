/** The indicator engine's public surface. */
export * from "./types";
export type { Condition, NamedPredicate, Population, Selection, WorkerField } from "./conditions";
export type { Basis, CatalogEntry, IndicatorPassport, Measure, ShareDefinition } from "./measures";
export { basisOf } from "./measures";
export { CATALOG, CATALOG_CODES, catalogEntry } from "./catalog";
export {
  DEFAULT_PERIODICITY,
  DOCUMENT_PASSPORTS,
  passportFor,
  profilePassports,
  type ProfilePassport,
} from "./passports";
export {
  PROFILES,
  FULL_PROFILE,
  FULL_PROFILE_ID,
  findProfile,
  profileOrFull,
  type Profile,
} from "./profiles";
export { defaultSettings, readSettings } from "./settings";
export { defaultOfficialDetails } from "./defaults";
export { settingsSheet } from "./settings-sheet";
export {
  computeIndicators,
  entriesWith,
  schoolScope,
  type ComputeOptions,
  type ComputeOutput,
} from "./engine";
export { statusOf, trendOf } from "./status";
export { hasNeeded, neededWorkers } from "./needed";
