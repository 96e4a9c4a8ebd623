/**
 * A result just produced is announced (Fluent's announcer) and gets the focus, or its first
 * button does (the next action, e.g. «Заменить листы»), so keyboard and screen-reader users
 * land on it instead of on <body>. Results shown again when a step is reopened are not
 * announced and do not take the focus: only those mounted or changed right after a job ended.
 */
import * as React from "react";
import { useAnnounce } from "@fluentui/react-components";
import { usePane } from "../state/context";

/** How long after a job ended a result counts as new. */
const FRESH_MS = 1500;

export function useResultFocus(ref: React.RefObject<HTMLElement>, text: string): void {
  const pane = usePane();
  const { announce } = useAnnounce();
  const settled = pane?.store.settledCount ?? 0;
  React.useEffect(() => {
    const el = ref.current;
    if (!pane || !el || !pane.store.settledWithin(FRESH_MS)) return;
    announce(el.textContent?.trim() || text, { polite: true, batchId: "pedmonitor-result" });
    const button = el.querySelector<HTMLElement>("button:not([disabled])");
    (button ?? el).focus();
  }, [text, settled]);
}
