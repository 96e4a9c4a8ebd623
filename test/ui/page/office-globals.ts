/**
 * Office.js as the task pane sees it, outside Office: Excel.run over the in-memory fake of
 * test/fakes/office (the unit tests' fake), and the few Office members the pane touches.
 * Installed before the app's modules run; the fake is exposed for the tests to inspect.
 */
import { FakeExcel } from "../../fakes/office";

export function installOffice(dark: boolean, platform = "OfficeOnline"): FakeExcel {
  const fake = new FakeExcel();
  const info = { host: "Excel", platform };
  const g = globalThis as unknown as Record<string, unknown>;
  g.Excel = { run: fake.run, createWorkbook: fake.createWorkbook };
  g.Office = {
    onReady: (callback?: (i: typeof info) => void) =>
      new Promise((resolve) =>
        setTimeout(() => {
          callback?.(info);
          resolve(info);
        }, 0)
      ),
    context: {
      requirements: { isSetSupported: fake.isSetSupported },
      diagnostics: { platform },
      officeTheme: { bodyBackgroundColor: dark ? "#1F1F1F" : "#FFFFFF" },
    },
    actions: { associate: () => undefined },
    addin: { showAsTaskpane: async () => undefined },
  };
  return fake;
}
