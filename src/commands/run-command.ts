/**
 * Runs a ribbon button and always tells Office it is done, whatever happens. Where the pane
 * can be shown, the button opens its step there and runs it (ribbon-panes.ts); otherwise the
 * step runs here and its message waits for the pane (status.ts).
 */
import type { WorkbookPort } from "../port/workbook-port";
import type { RibbonStep } from "./ribbon-steps";
import { showTaskpane } from "./show-pane";
import {
  announce,
  requestStep,
  takeStepRequest,
  type CommandStatus,
  type StepRequest,
} from "./status";

export async function runCommand(
  event: Office.AddinCommands.Event,
  step: RibbonStep,
  port: WorkbookPort,
  show: () => Promise<boolean> = showTaskpane,
  /** The step to open in the pane, or a way to ask the workbook which (ribbon-panes.ts). */
  pane?: StepRequest | (() => Promise<StepRequest | undefined>)
): Promise<void> {
  try {
    const request = typeof pane === "function" ? await pane().catch(() => undefined) : pane;
    if (request) {
      requestStep(request);
      if (await show()) return;
      takeStepRequest(); // no pane: the step runs here instead
    }
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
