export { CARRY_RULES, carryRule, PASSPORT_ASK_KEYS, type CarryRule } from "./carry-table";
export { CHECK_PROMPT, carryOver, type CarriedRows } from "./carry-over";
export { latestPeriod, nextPeriod, schoolYearOf, yearsBetween } from "./next-period";
