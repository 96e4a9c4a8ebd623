/**
 * The ES5 guard (src/old-webview/old-webview.js) in the shipped page template: the real
 * src/taskpane/taskpane.html with the test bundle injected the way HtmlWebpackPlugin injects
 * the real ones (deferred, in <head>). office.js is requested from Microsoft's CDN by the
 * template; a local route answers it, so nothing leaves 127.0.0.1 (the test bundle brings the
 * Office fake). Once as is (the guard stays silent, the pane works), and twice with ES2020 taken
 * away before any script runs: built-ins deleted, then the newer syntax refused.
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const GUARD_TITLE = "Надстройке нужна более новая версия Office";

/** Writes guarded.html (the template + the test bundle) and old-webview.js into the build folder. */
export function prepareGuardPage(root, build) {
  const template = readFileSync(join(root, "src/taskpane/taskpane.html"), "utf8");
  if (!template.includes(CDN)) throw new Error("the template does not load office.js from the CDN");
  const page = template.replace(
    "</head>",
    '  <script defer="defer" src="app.js"></script>\n  </head>'
  );
  writeFileSync(join(build, "guarded.html"), page);
  copyFileSync(join(root, "src/old-webview/old-webview.js"), join(build, "old-webview.js"));
}

/** An engine without the ES2019/ES2020 built-ins the bundles use (Edge Legacy, IE11 alike). */
const WITHOUT_BUILT_INS = `
  delete Promise.allSettled;
  delete String.prototype.matchAll;
  delete Object.fromEntries;
  delete Array.prototype.flatMap;
`;

/** An engine that cannot parse ?. and ?? (IE11, Edge Legacy): new Function refuses them. */
const WITHOUT_SYNTAX = `
  (function () {
    var RealFunction = Function;
    function OldFunction() {
      var body = String(arguments[arguments.length - 1]);
      if (body.indexOf("?.") >= 0 || body.indexOf("??") >= 0) throw new SyntaxError("Expected identifier");
      return RealFunction.apply(this, arguments);
    }
    OldFunction.prototype = RealFunction.prototype;
    window.Function = OldFunction;
  })();
`;

async function openGuarded(browser, url, initScript) {
  const context = await browser.newContext({
    viewport: { width: 340, height: 900 },
    locale: "ru-RU",
  });
  const page = await context.newPage();
  const errors = [];
  const outside = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (error) => errors.push(String(error)));
  if (initScript) await page.addInitScript(initScript);
  await page.route("**/*", (route) => {
    const requested = route.request().url();
    if (requested === CDN)
      return route.fulfill({
        contentType: "text/javascript",
        body: "/* office.js: the test bundle brings the fake */",
      });
    if (requested.startsWith(url)) return route.continue();
    outside.push(requested);
    return route.abort();
  });
  await page.goto(`${url}guarded.html`);
  await page.waitForLoadState("load");
  return { page, errors, outside, close: () => context.close() };
}

async function expectGuard(browser, url, shot, initScript, name) {
  const pane = await openGuarded(browser, url, initScript);
  try {
    const { page } = pane;
    await page.getByRole("heading", { name: GUARD_TITLE }).waitFor();
    await page.waitForTimeout(300); // the bundle, if it ran at all, would have rendered by now
    const text = await page.locator("body").innerText();
    if (!text.includes(`${GUARD_TITLE}: `)) throw new Error(`no explanation:\n${text}`);
    if (!/WebView2/.test(text) || !/Microsoft 365/.test(text))
      throw new Error(`no advice:\n${text}`);
    if ((await page.getByText("Школа (ОО)").count()) > 0)
      throw new Error("the pane rendered over the guard");
    if ((await page.locator("#container").count()) > 0)
      throw new Error("the pane's container is still there");
    if (pane.outside.length) throw new Error(`requests left 127.0.0.1: ${pane.outside.join(", ")}`);
    await shot(page, name);
  } finally {
    await pane.close();
  }
}

export async function guardSilentOnCurrentWebview({ browser, url, shot }) {
  const pane = await openGuarded(browser, url, null);
  try {
    const { page } = pane;
    await page.getByRole("heading", { name: "ПедМонитор" }).waitFor();
    await page.getByRole("button", { name: "Школа (ОО)" }).waitFor();
    if ((await page.locator("#pedmonitor-unsupported").count()) > 0)
      throw new Error("the guard fired on a current browser");
    if (await page.evaluate(() => window.pedmonitorUnsupported === true))
      throw new Error("the guard flagged a current browser");
    if (pane.errors.length) throw new Error(`console errors:\n  ${pane.errors.join("\n  ")}`);
    if (pane.outside.length) throw new Error(`requests left 127.0.0.1: ${pane.outside.join(", ")}`);
    await shot(page, "old-webview-silent");
  } finally {
    await pane.close();
  }
}

export function guardWithoutBuiltIns({ browser, url, shot }) {
  return expectGuard(browser, url, shot, WITHOUT_BUILT_INS, "old-webview-no-builtins");
}

export function guardWithoutSyntax({ browser, url, shot }) {
  return expectGuard(browser, url, shot, WITHOUT_SYNTAX, "old-webview-no-syntax");
}
