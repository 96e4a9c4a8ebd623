/**
 * Runs a ribbon step and always tells Office it is done, whatever happens. A message the
 * person must read (a failure, or an info such as "sheets already exist") opens the task pane,
 * where it is shown: with the pane closed a window event alone would reach no one.
 */
import type { WorkbookPort } from "../port/workbook-port";
import type { RibbonStep } from "./ribbon-steps";
import { showTaskpane } from "./show-pane";
import { announce, type CommandStatus } from "./status";

export async function runCommand(
  event: Office.AddinCommands.Event,
  step: RibbonStep,
  port: WorkbookPort,
  show: () => Promise<boolean> = showTaskpane
): Promise<void> {
  try {
    let status: CommandStatus;
    try {
      status = await step(port);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      status = { kind: "error", text: `Не удалось выполнить команду: ${reason}` };
    }
    announce(status);
    // Success shows in the workbook itself (new sheets, fills); anything else needs the pane.
    if (status.kind !== "success") await show();
  } finally {
    // Without this Excel keeps the button busy and eventually reports the add-in as hung.
    event.completed();
  }
}
