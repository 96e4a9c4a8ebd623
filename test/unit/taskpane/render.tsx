/**
 * Rendering a screen inside Fluent's provider, with a few DOM queries by role, name and text.
 * (@testing-library/react 16 needs @testing-library/dom, which is not installed: this is the
 * part of it these tests use.) And a step the test finishes when it wants.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, type ReactElement } from "react";
import { createRoot, type Root } from "react-dom/client";
import type { Progress } from "../../../src/port/workbook-port";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
let host: HTMLElement | null = null;

afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
  root = null;
});

export { act };

export function renderPane(ui: ReactElement): HTMLElement {
  host = document.createElement("div");
  document.body.appendChild(host);
  root = createRoot(host);
  act(() => root!.render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>));
  return host;
}

const ROLE_SELECTORS: Record<string, string> = {
  button: "button",
  progressbar: '[role="progressbar"]',
  listitem: "li",
  list: "ul",
  tab: '[role="tab"]',
  combobox: "select",
};

/** Fluent's Tab renders its label twice (a hidden bold copy keeps the width): read the first. */
export function nameOf(el: Element): string {
  const shown = el.querySelector(".fui-Tab__content") ?? el;
  return (el.getAttribute("aria-label") ?? shown.textContent ?? "").trim();
}

export function allByRole(role: string, name?: string | RegExp): HTMLElement[] {
  const all = [...document.body.querySelectorAll<HTMLElement>(ROLE_SELECTORS[role] ?? `[role="${role}"]`)];
  if (name === undefined) return all;
  return all.filter((el) => (typeof name === "string" ? nameOf(el) === name : name.test(nameOf(el))));
}

export function byRole(role: string, name?: string | RegExp): HTMLElement {
  const found = allByRole(role, name);
  if (found.length !== 1) throw new Error(`${found.length} elements with role ${role} and name ${String(name)}`);
  return found[0];
}

/** The innermost element whose whole text matches. */
export function queryText(text: string | RegExp): HTMLElement | null {
  const matches = (el: Element) => {
    const t = (el.textContent ?? "").trim();
    return typeof text === "string" ? t === text : text.test(t);
  };
  const all = [...document.body.querySelectorAll<HTMLElement>("*")].filter(matches);
  const element = all.find((el) => ![...el.children].some(matches));
  if (element) return element;
  // A sentence written straight into a container beside other elements: its own text node.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const t = (node.textContent ?? "").trim();
    if (typeof text === "string" ? t === text : text.test(t)) return node.parentElement;
  }
  return null;
}

export function byText(text: string | RegExp): HTMLElement {
  const el = queryText(text);
  if (!el) throw new Error(`no element with text ${String(text)}:\n${document.body.textContent}`);
  return el;
}

export function click(el: HTMLElement): void {
  act(() => el.click());
}

export async function settle(work: () => void | Promise<void>): Promise<void> {
  await act(async () => {
    await work();
  });
}

/** A step that stays at work until resolve/reject; the test reports progress through it. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  let progress!: Progress;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  const step = jest.fn((...args: unknown[]) => {
    progress = args[args.length - 1] as Progress;
    return promise;
  });
  return { step, resolve, reject, progress: () => progress };
}
