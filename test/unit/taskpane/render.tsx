/**
 * Rendering a screen inside Fluent's provider with Testing Library, plus the few queries
 * these tests use (by role and accessible name, by text) and a step the test finishes when
 * it wants.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen } from "@testing-library/react";
import type { ReactElement } from "react";
import type { Progress } from "../../../src/port/workbook-port";

export { act };

export function renderPane(ui: ReactElement): HTMLElement {
  return render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>).container;
}

/** Fluent's Tab renders its label twice (a hidden bold copy keeps the width): read the first. */
export function nameOf(el: Element): string {
  const shown = el.querySelector(".fui-Tab__content") ?? el;
  return (el.getAttribute("aria-label") ?? shown.textContent ?? "").trim();
}

function nameMatches(name: string | RegExp | undefined) {
  if (name === undefined) return undefined;
  return (_: string, el: Element) =>
    typeof name === "string" ? nameOf(el) === name : name.test(nameOf(el));
}

export function allByRole(role: string, name?: string | RegExp): HTMLElement[] {
  return screen.queryAllByRole(role, { name: nameMatches(name), hidden: false });
}

export function byRole(role: string, name?: string | RegExp): HTMLElement {
  const found = allByRole(role, name);
  if (found.length !== 1)
    throw new Error(`${found.length} elements with role ${role} and name ${String(name)}`);
  return found[0];
}

/** The innermost element whose own text matches (Testing Library's text matcher, whole text). */
export function queryText(text: string | RegExp): HTMLElement | null {
  const matches = screen.queryAllByText(text);
  return matches[0] ?? null;
}

export function byText(text: string | RegExp): HTMLElement {
  const el = queryText(text);
  if (!el) throw new Error(`no element with text ${String(text)}:\n${document.body.textContent}`);
  return el;
}

export function click(el: HTMLElement): void {
  fireEvent.click(el);
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
    // The Progress among the arguments (a step may take a Confirm after it).
    progress = args.find(
      (a) => typeof (a as Partial<Progress> | null)?.report === "function"
    ) as Progress;
    return promise;
  });
  return { step, resolve, reject, progress: () => progress };
}
