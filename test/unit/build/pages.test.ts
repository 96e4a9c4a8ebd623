/**
 * @jest-environment jsdom
 */
// The pages the add-in ships load office.js from Microsoft's CDN, never a local copy, and run
// the ES5 guard (src/old-webview) before the bundles. Checked on the HTML templates and on the
// webpack configuration that turns them into dist/ (a full build takes a minute; this, none).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "acorn";

const ROOT = join(__dirname, "../../..");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const GUARD = "old-webview.js";

interface WebpackConfig {
  plugins: {
    constructor: { name: string };
    userOptions?: { template?: string; filename?: string };
    patterns?: { from: string; to?: string; context?: string }[];
  }[];
}

const makeConfig = require(join(ROOT, "webpack.config.js")) as (
  env: Record<string, unknown>,
  options: { mode: string }
) => Promise<WebpackConfig>;

function page(template: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(ROOT, template), "utf8"), "text/html");
}

const scripts = (doc: Document) =>
  [...doc.querySelectorAll("script")].map((s) => s.getAttribute("src") ?? "");

describe("the shipped pages", () => {
  let config: WebpackConfig;
  let templates: string[];

  beforeAll(async () => {
    config = await makeConfig({}, { mode: "production" });
    templates = config.plugins
      .filter((p) => p.constructor.name === "HtmlWebpackPlugin")
      .map((p) => p.userOptions!.template!.replace(/^\.\//, ""));
  });

  it("are the three templates the manifest and the tests know", () => {
    expect(templates.sort()).toEqual([
      "src/commands/commands.html",
      "src/functions/functions.html",
      "src/taskpane/taskpane.html",
    ]);
  });

  it("load office.js from Microsoft's CDN and no local copy", () => {
    for (const template of templates) {
      const sources = scripts(page(template));
      expect({ template, cdn: sources.filter((s) => s === CDN).length }).toEqual({
        template,
        cdn: 1,
      });
      const local = sources.filter((s) => /office(\.debug)?\.js$/i.test(s) && s !== CDN);
      expect({ template, local }).toEqual({ template, local: [] });
      // office.js first: the bundles call Office.onReady / Office.actions as they load.
      expect(sources[0]).toBe(CDN);
    }
  });

  it("copy nothing of @microsoft/office-js into dist", () => {
    const copied = config.plugins
      .filter((p) => p.constructor.name === "CopyPlugin")
      .flatMap((p) => p.patterns ?? []);
    expect(copied.length).toBeGreaterThan(0);
    for (const pattern of copied) {
      const where = `${pattern.context ?? ""} ${pattern.from} ${pattern.to ?? ""}`;
      expect(where).not.toMatch(/office-js|office\.js|excel.*\.js|office_strings/i);
    }
    expect(copied.map((p) => p.from)).toContain("src/old-webview/old-webview.js");
  });

  it("allow the schema's generated row code: no policy forbids `new Function`", () => {
    // docs/decisions/schema.md, «Content security policy»: reading, validation and the
    // engine's getters are compiled with `new Function` (src/core/schema/row-code.ts).
    for (const template of templates) {
      const policies = [...page(template).querySelectorAll("meta[http-equiv]")]
        .filter((m) => /^content-security-policy$/i.test(m.getAttribute("http-equiv") ?? ""))
        .map((m) => m.getAttribute("content") ?? "");
      const forbidding = policies.filter((policy) => {
        const directive = (name: string) =>
          policy
            .split(";")
            .map((d) => d.trim().split(/\s+/))
            .find(([n]) => n.toLowerCase() === name);
        const scripts = directive("script-src") ?? directive("default-src");
        return scripts !== undefined && !scripts.includes("'unsafe-eval'");
      });
      expect({ template, forbidding }).toEqual({ template, forbidding: [] });
    }
  });

  it("run the old-webview guard as a plain script after the pane's container", () => {
    for (const template of templates) {
      const doc = page(template);
      const guard = [...doc.querySelectorAll("script")].filter(
        (s) => s.getAttribute("src") === GUARD
      );
      expect({ template, guards: guard.length }).toEqual({ template, guards: 1 });
      // Not deferred, not a module: it must run before webpack's deferred bundles.
      expect(guard[0].hasAttribute("defer") || guard[0].hasAttribute("async")).toBe(false);
      expect(guard[0].getAttribute("type") ?? "text/javascript").toBe("text/javascript");
      expect(guard[0].parentElement?.tagName).toBe("BODY");
      const container = doc.getElementById("container");
      if (container) {
        expect(
          container.compareDocumentPosition(guard[0]) & Node.DOCUMENT_POSITION_FOLLOWING
        ).toBeTruthy();
      }
    }
  });
});

describe("the old-webview guard script", () => {
  const source = readFileSync(join(ROOT, "src/old-webview/old-webview.js"), "utf8");

  it("parses as ES5, so Internet Explorer 11 runs it", () => {
    expect(() => parse("const a = () => 1;", { ecmaVersion: 5 })).toThrow(); // the check can fail
    expect(() => parse(source, { ecmaVersion: 5 })).not.toThrow();
  });

  it("tells the person in Russian what to do", () => {
    expect(source).toContain("Надстройке нужна более новая версия Office: ");
    expect(source).toMatch(/WebView2/);
  });
});
