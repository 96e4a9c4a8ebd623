/** Validation: the code catalog, cell parsers compiled from the schema, row and passport rules. */
export {
  CODES,
  ISSUE_CODES,
  isIssueCode,
  severityOf,
  type CodeInfo,
  type IssueCode,
  type ValidationCode,
} from "./codes";
export { makeIssue, renderIssue, shownValue, type Place } from "./message";
export { compileField, emptyValueOf } from "./cell/compile";
export { Invalid } from "./cell/invalid";
export { parseDate } from "./cell/date";
export { parseYesNo } from "./cell/yesno";
export { parseNumber, parseInteger } from "./cell/number";
export { WORKER_RULES } from "./rows";
export { PASSPORT_RULES, usablePeriod } from "./passport";
export { attestationLapsesOn } from "./rows/attestation-lapsed";
