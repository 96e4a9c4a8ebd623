/** The task pane's entry: once Office.js is ready, the app in Fluent's Office-matching theme. */
import { createRoot } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { App } from "./App";
import { officeActions } from "./actions";
import { officeFluentTheme } from "./theme";

const container = document.getElementById("container");
const root = container ? createRoot(container) : undefined;

/* The actions need Excel: render only when Office.js is ready. */
Office.onReady(() => {
  root?.render(
    <FluentProvider theme={officeFluentTheme()} lang="ru">
      <App actions={officeActions()} />
    </FluentProvider>
  );
});
