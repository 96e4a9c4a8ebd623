/**
 * Which step of the pane each ribbon button opens and runs. With the pane at hand (shared
 * runtime) the button opens it on that step and presses the step's button there, so the
 * result, its prompts (e.g. «Заменить листы») and its errors are where the rest of the work
 * is; without it the button runs its step alone (ribbon-steps.ts) and leaves a message.
 */
import { isSchoolBook } from "../app/report/school-book";
import type { WorkbookPort } from "../port/workbook-port";
import type { StepRequest } from "./status";

export const RIBBON_PANES: Record<string, StepRequest> = {
  makeSchoolTemplate: { part: "template-school" },
  makeMunicipalityTemplate: { part: "template-municipality" },
  validateWorkbook: { part: "check" },
  clearValidationMarks: { part: "check", action: "clear" },
  buildReport: { part: "report" },
};

/**
 * The step a button opens, asked of the workbook at the click. «Сводка и рекомендации» in a
 * school's own workbook opens nothing: the pane would switch the role this workbook remembers
 * from «Школа» to «Муниципалитет» and offer to write the municipal report into the school's
 * file. The button's own step runs instead and says why (ribbon-steps.ts, `openReport`); the
 * pane stays where the person left it. Unreadable names: the plain request, as before.
 */
export async function ribbonPane(
  name: string,
  port: Pick<WorkbookPort, "sheetNames">
): Promise<StepRequest | undefined> {
  const request = RIBBON_PANES[name];
  if (request?.part !== "report") return request;
  const names = await port.sheetNames().catch(() => null);
  return names !== null && isSchoolBook(names) ? undefined : request;
}
