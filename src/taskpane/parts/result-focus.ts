/**
 * When a step ends, its result is read out (Fluent's announcer) and takes the focus, or a
 * button in it does (the one marked `data-pane-focus`, else the first: the next action, e.g.
 * «Открыть шаг …», or the safe answer «Нет» of a question), so keyboard and screen-reader users
 * land on it instead of on <body>. The result is what appeared or changed in the pane between
 * just before the store published the end and just after React showed it: a result bar
 * (`data-pane-result`, or any Fluent message bar a screen shows: a refusal, a note) or a status
 * line (`role="status"`); all of them are read, in page order, once. A step that ended while
 * another one was shown is announced by its outcome and leaves the focus alone.
 *
 * This is the pane's only announcer of results: Fluent's MessageBar would announce itself on
 * every mount (its text glued, its buttons' labels appended, again on each return to a step),
 * so the pane's content is rendered under `SilentBars`, which gives it a mute announcer.
 */
import * as React from "react";
import { AnnounceProvider, useAnnounce } from "@fluentui/react-components";
import type { PaneStore } from "../state/pane-store";

const RESULTS = '[data-pane-result], [role="status"], .fui-MessageBar';
/** Controls are read by their own name when focused, never as part of a message. */
const NOT_SPOKEN = "[aria-hidden='true'], button, [role='button'], input, select, textarea";

/** A title read as a sentence of its own: «Шаблон создан. Листы: …». */
function sentence(text: string): string {
  return /[.!?:;…]$/.test(text) ? text : `${text}.`;
}

/**
 * Visible words of an element, separated (badges and titles are separate elements); a bar's
 * title ends its sentence; buttons and fields are left out (they are read when focused).
 */
export function spokenText(el: Element): string {
  const words: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent?.closest(NOT_SPOKEN)) continue;
    const text = node.textContent?.trim();
    if (!text) continue;
    if (parent?.closest(".fui-MessageBarTitle")) words.push(sentence(text));
    // Badges side by side are a list: «4 ошибки, 1 предупреждение, 47 строк».
    else if (parent?.closest(".fui-Badge") && !/[.!?:;,…]$/.test(text)) words.push(`${text},`);
    else words.push(text);
  }
  return words.join(" ").replace(/\s+/g, " ").replace(/,$/, "").trim();
}

const MUTE = { announce: () => undefined };

/** Fluent components below announce nothing themselves (see the header). */
export function SilentBars({ children }: { children: React.ReactNode }) {
  return React.createElement(AnnounceProvider, { value: MUTE }, children);
}

/** What a result says: its label (a group of badges has one), then its words. */
function resultText(el: Element): string {
  const label = el.getAttribute("aria-label");
  const words = spokenText(el);
  return label ? `${sentence(label.replace(/[.:]$/, ""))} ${words}` : words;
}

/** The results that appeared or changed, outermost only (a status line inside a bar is the bar's). */
function freshResults(root: HTMLElement | null, before: Map<Element, string>): HTMLElement[] {
  const changed = [...(root?.querySelectorAll<HTMLElement>(RESULTS) ?? [])].filter(
    (el) => before.get(el) !== spokenText(el) && spokenText(el) !== ""
  );
  return changed.filter((el) => !changed.some((other) => other !== el && other.contains(el)));
}

/**
 * Of the fresh results, those not shown before (an error that brings back the earlier result
 * below it is read alone); a run that repeats its earlier result exactly is read again.
 */
function newResults(fresh: HTMLElement[], known: ReadonlySet<string>): HTMLElement[] {
  const unknown = fresh.filter((el) => !known.has(resultText(el)));
  return unknown.length > 0 ? unknown : fresh;
}

/** Where the focus goes in a new result: its marked button, its first one, or the bar. */
function focusTarget(result: HTMLElement): HTMLElement {
  const button =
    result.querySelector<HTMLElement>("[data-pane-focus]:not([disabled])") ??
    result.querySelector<HTMLElement>("button:not([disabled])");
  if (button) return button;
  if (!result.hasAttribute("tabindex")) result.tabIndex = -1;
  return result;
}

export function useResultAnnouncer(store: PaneStore, root: React.RefObject<HTMLElement>): void {
  const { announce } = useAnnounce();
  React.useEffect(() => {
    let before = new Map<Element, string>();
    // Results the pane has shown after earlier steps (bounded: a long session starts over).
    let known = new Set<string>();
    const shown = () => [...(root.current?.querySelectorAll(RESULTS) ?? [])];
    const snapshot = () => {
      before = new Map(shown().map((el) => [el, spokenText(el)]));
    };
    const stopSettling = store.onSettling(snapshot);
    const stopSettled = store.onSettled((_, job) => {
      // After React has committed the new state (a sync-lane render runs in a microtask).
      setTimeout(() => {
        const fresh = newResults(freshResults(root.current, before), known);
        if (known.size > 500) known = new Set();
        for (const el of shown()) known.add(resultText(el));
        if (fresh.length > 0) {
          announce(fresh.map(resultText).join(" "), {
            polite: true,
            batchId: "pedmonitor-result",
          });
          focusTarget(fresh[0]).focus();
          return;
        }
        const text =
          job.kind === "error"
            ? `${sentence(job.failure.title)} ${job.failure.hint}`
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
