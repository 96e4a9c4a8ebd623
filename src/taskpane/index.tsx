import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { officePaneActions } from "./pane-actions";

const container = document.getElementById("container");
const root = container ? createRoot(container) : undefined;

/* Render once Office.js is ready: the actions need Excel. */
Office.onReady(() => {
  root?.render(
    <FluentProvider theme={webLightTheme}>
      <App actions={officePaneActions()} />
    </FluentProvider>
  );
});
