// The browser-test runner and the build it checks: a filter that selects nothing fails, and
// library code from node_modules is down-levelled to the ES2020 the old-webview guard checks.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "../../..");

interface Rule {
  test: RegExp;
  include?: RegExp;
  exclude?: RegExp;
  use: { loader: string; options?: { target?: string } };
}

const makeConfig = require(join(ROOT, "webpack.config.js")) as (
  env: Record<string, unknown>,
  options: { mode: string }
) => Promise<{ module: { rules: Rule[] } }>;

describe("npm run test:ui --only", () => {
  it("fails, listing the tests, when the filter matches no test", () => {
    const run = spawnSync(
      process.execPath,
      ["test/ui/run-ui-tests.mjs", "--only", "нет такого теста"],
      {
        cwd: ROOT,
        encoding: "utf8",
        timeout: 60_000,
      }
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("--only «нет такого теста» matches no test");
    expect(run.stderr).toContain("Собранные бандлы (dist/) разбираются как ES2020");
  });
});

describe("webpack: libraries are compiled to ES2020", () => {
  const rulesFor = async (file: string) =>
    (await makeConfig({}, { mode: "production" })).module.rules.filter(
      (rule) =>
        rule.test.test(file) &&
        (!rule.include || rule.include.test(file)) &&
        !rule.exclude?.test(file)
    );

  it("sends a library's .js (tabster, under Fluent UI) through esbuild-loader with target es2020", async () => {
    const rules = await rulesFor(join(ROOT, "node_modules/tabster/dist/tabster.esm.js"));
    expect(rules.map((rule) => [rule.use.loader, rule.use.options?.target])).toEqual([
      ["esbuild-loader", "es2020"],
    ]);
  });

  it("keeps our TypeScript on ts-loader (the custom-functions metadata loader is added to it)", async () => {
    const rules = await rulesFor(join(ROOT, "src/functions/functions.ts"));
    expect(rules.map((rule) => rule.use.loader)).toEqual(["ts-loader"]);
  });
});

describe("the bundle check of test:ui (test/ui/bundles.ui.mjs)", () => {
  /** The check's message for a dist/ folder, or "ok". */
  const check = (dist: string) =>
    spawnSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `import { checkBundlesAreEs2020 } from ${JSON.stringify(join(ROOT, "test/ui/bundles.ui.mjs"))};
         try { checkBundlesAreEs2020(${JSON.stringify(dist)}); console.log("ok"); } catch (e) { console.log(e.message); }`,
      ],
      { encoding: "utf8" }
    ).stdout.trim();

  it("fails, saying to build first, when dist/ is missing: never passes vacuously", () => {
    expect(check(join(tmpdir(), "pedmonitor-no-dist"))).toMatch(
      /taskpane\.js, commands\.js, functions\.js not found .* run `npm run build`/
    );
  });

  it("names the bundle with ES2021+ syntax (`??=`, class `static {}`) and passes ES2020", () => {
    const dist = mkdtempSync(join(tmpdir(), "pedmonitor-dist-"));
    try {
      writeFileSync(join(dist, "commands.js"), "var a = b?.c ?? 1;");
      writeFileSync(join(dist, "functions.js"), "class A { static m() { return 2n ** 3n; } }");
      writeFileSync(join(dist, "taskpane.js"), "var t = {}; t.ctx ??= {};");
      expect(check(dist)).toMatch(/^taskpane\.js is not ES2020 .*t\.ctx \?\?= \{\}/);
      writeFileSync(join(dist, "taskpane.js"), "class T { static { this.x = 1; } }");
      expect(check(dist)).toMatch(/^taskpane\.js is not ES2020/);
      writeFileSync(join(dist, "taskpane.js"), "var t = {}; t.ctx = t.ctx ?? {};");
      expect(check(dist)).toBe("ok");
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
