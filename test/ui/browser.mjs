/**
 * Debian's Chromium through playwright-core: never a downloaded browser. Each test gets a fresh
 * page at the pane's width; console errors and uncaught exceptions are collected and fail it.
 */
import { chromium } from "playwright-core";

export const PANE_WIDTH = 340;

/**
 * Playwright gives every launch a fresh profile of its own (a new temporary --user-data-dir);
 * it refuses the flag in args, so it is not passed here.
 */
export async function launch() {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

export async function openPane(browser, url, { width = PANE_WIDTH, query = "" } = {}) {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    acceptDownloads: true,
    locale: "ru-RU",
  });
  const page = await context.newPage();
  const errors = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (error) => errors.push(String(error)));
  // Only the test server may be reached.
  await page.route("**/*", (route) =>
    route.request().url().startsWith(url) ? route.continue() : route.abort()
  );
  await page.goto(`${url}index.html${query}`);
  await page.getByRole("heading", { name: "ПедМонитор" }).waitFor();
  return { page, errors, close: () => context.close() };
}
