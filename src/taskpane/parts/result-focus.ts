/**
 * When a step ends, its result is read out (Fluent's announcer) and takes the focus, or its
 * first button does (the next action, e.g. «Заменить листы», «Открыть шаг …»), so keyboard and
 * screen-reader users land on it instead of on <body>. The result is what appeared or changed
 * in the pane between just before the store published the end and just after React showed it:
 * a result bar (`data-pane-result`, or any Fluent message bar a screen shows: a refusal, a
 * note) or a status line (`role="status"`). A step that ended
 * while another one was shown is announced by its outcome and leaves the focus alone.
 */
import * as React from "react";
import { useAnnounce } from "@fluentui/react-components";
import type { PaneStore } from "../state/pane-store";

const RESULTS = '[data-pane-result], [role="status"], .fui-MessageBar';

/** Visible words of an element, separated (badges and titles are separate elements). */
export function spokenText(el: Element): string {
  const words: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent?.closest("[aria-hidden='true']")) continue;
    const text = node.textContent?.trim();
    if (text) words.push(text);
  }
  return words.join(" ").replace(/\s+/g, " ");
}

export function useResultAnnouncer(store: PaneStore, root: React.RefObject<HTMLElement>): void {
  const { announce } = useAnnounce();
  React.useEffect(() => {
    let before = new Map<Element, string>();
    const snapshot = () => {
      before = new Map(
        [...(root.current?.querySelectorAll(RESULTS) ?? [])].map((el) => [el, spokenText(el)])
      );
    };
    const stopSettling = store.onSettling(snapshot);
    const stopSettled = store.onSettled((_, job) => {
      // After React has committed the new state (a sync-lane render runs in a microtask).
      setTimeout(() => {
        const fresh = [...(root.current?.querySelectorAll<HTMLElement>(RESULTS) ?? [])].find(
          (el) => before.get(el) !== spokenText(el)
        );
        if (fresh) {
          announce(spokenText(fresh), { polite: true, batchId: "pedmonitor-result" });
          const button = fresh.querySelector<HTMLElement>("button:not([disabled])");
          if (!button && !fresh.hasAttribute("tabindex")) fresh.tabIndex = -1;
          (button ?? fresh).focus();
          return;
        }
        const text =
          job.kind === "error"
            ? `${job.failure.title} ${job.failure.hint}`
            : "Шаг выполнен: результат — на его экране.";
        announce(text, { polite: true, batchId: "pedmonitor-result" });
      }, 0);
    });
    return () => {
      stopSettling();
      stopSettled();
    };
  }, [store, root, announce]);
}
