/** Ribbon commands: each button's function is associated with its application step. */
import { OfficeWorkbook } from "../adapters/officejs/office-workbook";
import { RIBBON_STEPS } from "./ribbon-steps";
import { runCommand } from "./run-command";

let workbook: OfficeWorkbook | undefined;

export function registerRibbonCommands(): void {
  for (const [name, step] of Object.entries(RIBBON_STEPS)) {
    Office.actions.associate(name, (event: Office.AddinCommands.Event) =>
      runCommand(event, step, (workbook ??= new OfficeWorkbook()))
    );
  }
}

Office.onReady(() => undefined);
registerRibbonCommands();
