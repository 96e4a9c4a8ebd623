/**
 * Office.js as the task pane sees it, outside Office: Excel.run over the in-memory fake of
 * test/fakes/office (the unit tests' fake), and the few Office members the pane touches.
 * Installed before the app's modules run; the fake is exposed for the tests to inspect.
 * The document's settings are saved in the page's sessionStorage, so a reloaded pane (the
 * person closing and reopening it) finds what the last one saved.
 */
import { FakeExcel, FakeSettings } from "../../fakes/office";

export const SETTINGS_STORAGE = "pedmonitor-test-document-settings";

/** Common API sets the page's host has besides ExcelApi. */
const COMMON_SETS: Record<string, number> = { Settings: 1.1, SharedRuntime: 1.1 };

export function installOffice(
  dark: boolean,
  platform = "OfficeOnline"
): { fake: FakeExcel; settings: FakeSettings } {
  const fake = new FakeExcel();
  const settings = new FakeSettings({
    load: () => sessionStorage.getItem(SETTINGS_STORAGE),
    save: (text) => sessionStorage.setItem(SETTINGS_STORAGE, text),
  });
  const info = { host: "Excel", platform };
  const isSetSupported = (set: string, version: string) =>
    set in COMMON_SETS ? Number(version) <= COMMON_SETS[set] : fake.isSetSupported(set, version);
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
      requirements: { isSetSupported },
      diagnostics: { platform },
      officeTheme: { bodyBackgroundColor: dark ? "#1F1F1F" : "#FFFFFF" },
      document: { settings },
    },
    actions: { associate: () => undefined },
    addin: { showAsTaskpane: async () => undefined },
  };
  return { fake, settings };
}
