/**
 * The years of this monitoring: 1900–2099. A date outside is a typing slip, not a
 * date (validation), Excel refuses it in a date cell (template validation), and the
 * calendar tabulates exactly these years (time/day.ts FIRST_DAY, LAST_DAY).
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2099;
