/** Runs a ribbon step and always tells Office it is done, whatever happens. */
import type { WorkbookPort } from "../port/workbook-port";
import type { RibbonStep } from "./ribbon-steps";
import { announce } from "./status";

export async function runCommand(
  event: Office.AddinCommands.Event,
  step: RibbonStep,
  port: WorkbookPort
): Promise<void> {
  try {
    announce(await step(port));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    announce({ kind: "error", text: `Не удалось выполнить команду: ${reason}` });
  } finally {
    // Without this Excel keeps the button busy and eventually reports the add-in as hung.
    event.completed();
  }
}
