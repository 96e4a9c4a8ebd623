/**
 * The dates of this monitoring: 01.01.1900–31.12.2099. A date outside is a typing
 * slip, not a date (validation), Excel refuses it in a date cell (template
 * validation), and a number outside is not a date to a person (messages).
 */
import { dayOf, type Day } from "./day";

export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2099;
export const FIRST_DAY: Day = dayOf(FIRST_YEAR, 1, 1);
export const LAST_DAY: Day = dayOf(LAST_YEAR, 12, 31);
