/**
 * Puts the pane into its container: the app in Fluent's Office-matching theme, with Fluent's
 * announcer, and a store that keeps the pane's state in the workbook's settings. Mounting
 * again (the pane reopened in the same runtime) replaces the previous one.
 */
import { createRoot, type Root } from "react-dom/client";
import { AriaLiveAnnouncer, FluentProvider } from "@fluentui/react-components";
import { excelRun, withCellEditRetry } from "../adapters/officejs/excel-run";
import { App } from "./App";
import { officeActions } from "./actions";
import { bindEarlier } from "./state/earlier";
import { workbookFingerprint } from "./state/fingerprint";
import { PaneStore } from "./state/pane-store";
import { settingsStore } from "./state/settings-store";
import { fillPage, officeFluentTheme } from "./theme";

let mounted: Root | null = null;

export function mountPane(container: HTMLElement): void {
  mounted?.unmount();
  const theme = officeFluentTheme();
  fillPage(theme);
  const run = withCellEditRetry(excelRun);
  const store = new PaneStore(settingsStore(), () => workbookFingerprint(run));
  bindEarlier(store);
  mounted = createRoot(container);
  mounted.render(
    <FluentProvider theme={theme} lang="ru">
      <AriaLiveAnnouncer>
        <App actions={officeActions()} store={store} />
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}
