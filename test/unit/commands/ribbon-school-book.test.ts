/**
 * @jest-environment jsdom
 */
/**
 * «Сводка и рекомендации» pressed in a school's own workbook: the pane is not sent to the
 * municipality's report step (which would switch the role the workbook remembers from «Школа»
 * to «Муниципалитет»); the button says where the report belongs instead.
 */
import { ribbonPane } from "../../../src/commands/ribbon-panes";
import { RIBBON_STEPS, SCHOOL_BOOK_REPORT_TEXT } from "../../../src/commands/ribbon-steps";
import { runCommand } from "../../../src/commands/run-command";
import { lastStatus, takeStepRequest } from "../../../src/commands/status";
import type { WorkbookPort } from "../../../src/port/workbook-port";

const book = (names: string[]) => ({ sheetNames: async () => names }) as unknown as WorkbookPort;
const SCHOOL = ["Инструкция", "Паспорт ОО", "Педагоги", "Сообщества и проекты", "_ПедМонитор"];

it("opens no step for the report in a school's workbook; other buttons and books as before", async () => {
  await expect(ribbonPane("buildReport", book(SCHOOL))).resolves.toBeUndefined();
  await expect(ribbonPane("buildReport", book(["ОО", "Сводные данные"]))).resolves.toEqual({
    part: "report",
  });
  await expect(ribbonPane("buildReport", book([]))).resolves.toEqual({ part: "report" });
  await expect(ribbonPane("validateWorkbook", book(SCHOOL))).resolves.toEqual({ part: "check" });
  const broken = { sheetNames: () => Promise.reject(new Error("x")) };
  await expect(ribbonPane("buildReport", broken)).resolves.toEqual({ part: "report" });
});

it("says why in a school's workbook, with no step request left for the pane", async () => {
  const completed = jest.fn();
  const port = book(SCHOOL);
  const show = jest.fn(async () => true);
  await runCommand(
    { completed } as unknown as Office.AddinCommands.Event,
    RIBBON_STEPS.buildReport,
    port,
    show,
    () => ribbonPane("buildReport", port)
  );
  expect(completed).toHaveBeenCalledTimes(1);
  expect(takeStepRequest()).toBeNull();
  expect(lastStatus()).toEqual({ kind: "info", text: SCHOOL_BOOK_REPORT_TEXT });
  expect(show).toHaveBeenCalledTimes(1); // the message is shown in the pane, on its own step
});
