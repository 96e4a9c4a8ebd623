// How the browser bundles are put together (no build needed): the pane's bytes come from
// platform.browser.ts through package.json's `browser` field, which webpack is told to honour,
// and the shared runtime page runs the custom functions' bundle before the pane's.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "../../..");

interface Config {
  resolve: { aliasFields?: string[]; alias?: Record<string, string> };
  plugins: {
    constructor: { name: string };
    userOptions?: { filename?: string; chunks?: string[] };
  }[];
}

const makeConfig = require(join(ROOT, "webpack.config.js")) as (
  env: Record<string, unknown>,
  options: { mode: string }
) => Promise<Config>;

describe("the browser bundles", () => {
  let config: Config;
  beforeAll(async () => {
    config = await makeConfig({}, { mode: "production" });
  });

  it("swap the Node byte platform for the browser one, and alias nothing to ExcelJS", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
      browser: Record<string, string>;
    };
    expect(pkg.browser).toEqual({
      "./src/adapters/bytes/platform.ts": "./src/adapters/bytes/platform.browser.ts",
    });
    for (const path of [...Object.keys(pkg.browser), ...Object.values(pkg.browser)])
      expect(existsSync(join(ROOT, path))).toBe(true);
    expect(config.resolve.aliasFields).toContain("browser");
    expect(JSON.stringify(config.resolve.alias ?? {})).not.toMatch(/exceljs/i);
  });

  it("run the custom functions first on the shared runtime page, the pane last", () => {
    const pane = config.plugins.find(
      (p) =>
        p.constructor.name === "HtmlWebpackPlugin" && p.userOptions?.filename === "taskpane.html"
    );
    expect(pane?.userOptions?.chunks).toEqual(["functions", "commands", "taskpane"]);
  });
});
