/**
 * Which step of the pane each ribbon button opens and runs. With the pane at hand (shared
 * runtime) the button opens it on that step and presses the step's button there, so the
 * result, its prompts (e.g. «Заменить листы») and its errors are where the rest of the work
 * is; without it the button runs its step alone (ribbon-steps.ts) and leaves a message.
 */
import type { StepRequest } from "./status";

export const RIBBON_PANES: Record<string, StepRequest> = {
  makeSchoolTemplate: { part: "template-school" },
  makeMunicipalityTemplate: { part: "template-municipality" },
  validateWorkbook: { part: "check" },
  clearValidationMarks: { part: "check", action: "clear" },
  buildReport: { part: "report" },
};
