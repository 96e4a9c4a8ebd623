/** The task pane's entry: once Office.js is ready, the pane (mount.tsx). */
import { mountPane } from "./mount";

/* The actions need Excel: render only when Office.js is ready. */
Office.onReady(() => {
  const container = document.getElementById("container");
  if (container) mountPane(container);
});
