/**
 * A school's own workbook, told by its sheet names: it has `Паспорт ОО` or `Педагоги` and none
 * of the sheets only a municipality workbook has. A municipality report is never written into
 * one (it would put every school's data into that school's file): the command line refuses
 * such an `--out` (src/cli/check-paths.ts), the pane refuses «Рассчитать» in it
 * (src/taskpane/steps/report.ts) and the ribbon does not switch the pane to «Муниципалитет»
 * there (src/commands/ribbon-panes.ts). Pure: names in, answer out.
 */
import {
  MUNICIPALITY_DATA_SHEETS,
  OUTPUT_SHEETS,
  PASSPORT,
  PEOPLE_SHEETS,
  RULE_TEXTS,
  SCHOOL_DATA_SHEETS,
  TEACHERS,
} from "../../core/schema";
import { findSheetName } from "../../core/read/grid-source";

/**
 * The sheet names only a municipality workbook has. Not `Сообщества и проекты` (in both), nor
 * `Ошибки`: a school's own «Проверить» writes it (review 15: after a check the school's workbook
 * was taken for a municipality's and got the report).
 */
const MUNICIPALITY_ONLY_SHEETS: readonly string[] = [
  ...MUNICIPALITY_DATA_SHEETS.map((s) => s.name),
  ...Object.values(OUTPUT_SHEETS),
  ...PEOPLE_SHEETS,
  RULE_TEXTS.name,
].filter(
  (name) => !SCHOOL_DATA_SHEETS.some((s) => s.name === name) && name !== OUTPUT_SHEETS.errors
);

export function isSchoolBook(names: readonly string[]): boolean {
  const has = (name: string) => findSheetName(names, name) !== undefined;
  return (has(PASSPORT.name) || has(TEACHERS.name)) && !MUNICIPALITY_ONLY_SHEETS.some(has);
}
