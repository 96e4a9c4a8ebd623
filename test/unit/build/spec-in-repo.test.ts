/**
 * The product contract lives in the repository (docs/spec): no file points outside the
 * clone for it, and every spec page the code and docs name exists.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const ROOT = join(__dirname, "../../..");
const SCANNED = ["src", "test", "docs", "bench", "scripts", "README.md"];
const OUTSIDE = /\.\.\/shared\/|\/work\/shared|\.\.\/seeds/;

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path).flatMap((name) =>
    name === "fixtures" || name === "screenshots" ? [] : files(join(path, name))
  );
}

const TEXT = /\.(ts|tsx|js|mjs|md|html)$/;
const all = SCANNED.flatMap((p) => files(join(ROOT, p))).filter(
  (f) => TEXT.test(f) && f !== __filename
);

describe("the product contract in the repository", () => {
  it("has the five spec pages", () => {
    for (const page of ["README", "template", "indicators", "recommendations", "cli"])
      expect(existsSync(join(ROOT, "docs/spec", `${page}.md`))).toBe(true);
  });

  it("is never cited from outside the clone", () => {
    const outside = all
      .filter((f) => OUTSIDE.test(readFileSync(f, "utf8")))
      .map((f) => relative(ROOT, f));
    expect(outside).toEqual([]);
  });

  it("every docs/spec/<page>.md named in code or docs exists", () => {
    const missing = new Set<string>();
    for (const f of all)
      for (const m of readFileSync(f, "utf8").matchAll(/docs\/spec\/([a-z-]+\.md)/g))
        if (!existsSync(join(ROOT, "docs/spec", m[1])))
          missing.add(`${relative(ROOT, f)}: ${m[1]}`);
    expect([...missing]).toEqual([]);
  });
});
