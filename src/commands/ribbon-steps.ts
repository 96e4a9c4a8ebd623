/**
 * What each ribbon button does: one application step each, with a Russian line for the
 * status bar of the task pane. Names are the manifest's <FunctionName>s.
 */
import { countOf, NOUN } from "../core/text/plural";
import { makeTemplate, type TemplateLevel } from "../app/make-template";
import { BLANK_HINT, BLANK_TITLE, clearedText } from "../app/check-texts";
import { clearValidationMarks, validateWorkbook } from "../app/validate-workbook";
import { isSchoolBook } from "../app/report/school-book";
import type { WorkbookPort } from "../port/workbook-port";
import type { CommandStatus } from "./status";

export type RibbonStep = (port: WorkbookPort) => Promise<CommandStatus>;

function template(level: TemplateLevel): RibbonStep {
  return async (port) => {
    const result = await makeTemplate(port, level, { replace: false });
    if (result.conflicts.length > 0) {
      return {
        kind: "info",
        text: `В книге уже есть листы: ${result.conflicts.join(", ")}. Замените их из панели ПедМонитора.`,
      };
    }
    return { kind: "success", text: `Созданы листы: ${result.created.join(", ")}.` };
  };
}

async function validate(port: WorkbookPort): Promise<CommandStatus> {
  const outcome = await validateWorkbook(port);
  // Nothing was created in a blank workbook: say what to do instead.
  if (outcome.blank) return { kind: "info", text: `${BLANK_TITLE} ${BLANK_HINT}` };
  if (outcome.issues.length === 0) {
    return {
      kind: "success",
      text: `Проверено: ${countOf(outcome.rowsRead, NOUN.row)}. Ошибок не найдено.`,
    };
  }
  return {
    kind: outcome.errorCount > 0 ? "error" : "info",
    text: `Найдено: ${countOf(outcome.errorCount, NOUN.error)}, ${countOf(outcome.warningCount, NOUN.warning)}. Список — на листе «${outcome.errorsSheet ?? "Ошибки"}».`,
  };
}

async function clearMarks(port: WorkbookPort): Promise<CommandStatus> {
  return { kind: "success", text: clearedText(await clearValidationMarks(port)) };
}

/** Why «Сводка и рекомендации» does nothing in a school's own workbook. */
export const SCHOOL_BOOK_REPORT_TEXT =
  "Сводка и рекомендации: открыта книга ОО (листы «Паспорт ОО», «Педагоги»), свод муниципалитета в неё не пишется. Откройте книгу муниципалитета или создайте новую книгу и в ней: панель ПедМонитора → «Муниципалитет» → «Шаблон», затем «Файлы ОО» и «Рассчитать».";

/**
 * The report is built from the task pane, where its settings are: an info status, which
 * runCommand shows by opening the pane. In a school's own workbook it says that the report
 * belongs in a municipality workbook, and the pane keeps its role (ribbon-panes.ts).
 */
async function openReport(port: WorkbookPort): Promise<CommandStatus> {
  const names = await port.sheetNames().catch(() => null);
  if (names !== null && isSchoolBook(names)) return { kind: "info", text: SCHOOL_BOOK_REPORT_TEXT };
  return {
    kind: "info",
    text: "Сводка и рекомендации: откройте панель ПедМонитора, вкладка «Муниципалитет», шаг 2 «Сводка и справка», выберите профиль и нажмите «Рассчитать».",
  };
}

export const RIBBON_STEPS: Record<string, RibbonStep> = {
  makeSchoolTemplate: template("school"),
  makeMunicipalityTemplate: template("municipality"),
  validateWorkbook: validate,
  clearValidationMarks: clearMarks,
  buildReport: openReport,
};
