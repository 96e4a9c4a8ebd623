/** Empty rows ready to fill in the template's tables. */
export const TEACHER_BLANK_ROWS = 200;
export const COMMUNITY_BLANK_ROWS = 30;
