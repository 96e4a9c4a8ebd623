/** Ribbon commands: each button opens its step in the pane and runs it (ribbon-panes.ts). */
import { OfficeWorkbook } from "../adapters/officejs/office-workbook";
import { ribbonPane } from "./ribbon-panes";
import { RIBBON_STEPS } from "./ribbon-steps";
import { runCommand } from "./run-command";

let workbook: OfficeWorkbook | undefined;

export function registerRibbonCommands(): void {
  for (const [name, step] of Object.entries(RIBBON_STEPS)) {
    Office.actions.associate(name, (event: Office.AddinCommands.Event) => {
      const port = (workbook ??= new OfficeWorkbook());
      return runCommand(event, step, port, undefined, () => ribbonPane(name, port));
    });
  }
}

Office.onReady(() => undefined);
registerRibbonCommands();
