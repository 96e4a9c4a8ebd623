/**
 * No spread of a possibly data-sized array into a call, and no unexplained
 * recursion, anywhere in src/: both overflow the call stack on real data
 * (issue 11: 150,000 recommendations spread into push crashed the report).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { scanSource } from "../../support/stack-safety-scan";

const ROOT = join(__dirname, "../../..");

/**
 * Findings accepted in files other helpers own, by file and the text of the
 * line, each with why it is bounded (a `// bounded:` comment in the file does the same).
 */
const ALLOWED: readonly { file: string; text: string; why: string }[] = [
  {
    file: "src/cli/sources.ts",
    text: "await walk(",
    why: "async recursion over folder depth: each level awaits readdir first, so the stack does not grow",
  },
];

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(path);
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts")) out.push(path);
  }
  return out;
}

/** Every .ts/.tsx file under src/, walked with a queue. */
function allSources(): string[] {
  const files: string[] = [];
  const queue = [join(ROOT, "src")];
  while (queue.length) {
    const dir = queue.shift()!;
    for (const path of sourceFiles(dir, [])) {
      if (/\.tsx?$/.test(path)) files.push(path);
      else queue.push(path);
    }
  }
  return files.sort();
}

/** buildRecommendations as it was when it crashed at 1,500 schools. */
const OLD_BUILD = `
export function buildRecommendations(input: RecommendationInput): Recommendation[] {
  const rules = input.rules ?? DEFAULT_RULES;
  const out: Recommendation[] = [];
  for (const rule of rules) {
    const engine = INDICATOR_ENGINES[rule.code];
    if (rule.group === "indicator" && engine) out.push(...engine(rule, ctx));
  }
  out.push(...individualRecommendations(input.schools, rules, input.period, input.settings));
  return out;
}
`;

describe("the stack-safety scan", () => {
  it("fails on the old buildRecommendations (two spreads into push)", () => {
    const found = scanSource("build.ts", OLD_BUILD);
    expect(found.map((f) => [f.line, f.kind])).toEqual([
      [7, "spread-argument"],
      [9, "spread-argument"],
    ]);
  });

  it.each([
    ["Math.max", "const top = Math.max(...values.map((v) => v.n));"],
    ["Math.min with a first argument", "const low = Math.min(0, ...values);"],
    ["fromCharCode", "const s = String.fromCharCode(...codes);"],
    ["any function", "report(...rows);"],
    ["a constructor", "const d = new Date(...parts);"],
    ["unshift", "queue.unshift(...more);"],
  ])("flags a spread argument: %s", (_, code) => {
    expect(scanSource("x.ts", code).map((f) => f.kind)).toEqual(["spread-argument"]);
  });

  it.each([
    "const s = String.fromCharCode.apply(null, codes);",
    "const m = Math.max.apply(Math, values);",
    "Array.prototype.push.apply(out, items);",
    "out.push.apply(out, items);",
    "Reflect.apply(Math.max, null, values);",
  ])("flags an array passed through apply: %s", (code) => {
    expect(scanSource("x.ts", code).map((f) => f.kind)).toEqual(["apply-array"]);
  });

  it("accepts array-literal spreads, spreads in array and object literals, and a method named apply", () => {
    const code = [
      "f(...[a, b]);",
      "const all = [...xs, ...ys];",
      "const o = { ...base, x: 1 };",
      "registry.apply(format, layer);",
      "g.apply(null, [1, 2]);",
    ].join("\n");
    expect(scanSource("x.ts", code)).toEqual([]);
  });

  it("accepts a finding with a `// bounded:` comment on its line or the line above", () => {
    const code = [
      "// bounded: the four fixed header cells",
      "row.push(...HEADERS);",
      "row.push(...MORE); // bounded: two items",
      "row.push(...UNEXPLAINED);",
      "// bounded:",
      "row.push(...EMPTY_REASON);",
    ].join("\n");
    expect(scanSource("x.ts", code).map((f) => f.line)).toEqual([4, 6]);
  });

  it("flags a function or method that calls itself, unless its doc says why it is bounded", () => {
    const code = `
function walk(node) {
  for (const c of node.children) walk(c);
}
const visit = (n) => n.kids.forEach((k) => visit(k));
class Tree {
  depth(n) { return 1 + this.depth(n.parent); }
  markCells(sheet) { return markCells(sheet); }
}
/** Unwraps a formula's cached result; bounded: a result is never itself a formula. */
function plain(v) { return v.formula ? plain(v.result) : v; }
`;
    expect(scanSource("x.ts", code).map((f) => [f.line, f.kind])).toEqual([
      [3, "self-recursion"],
      [5, "self-recursion"],
      [7, "self-recursion"],
    ]);
  });

  it("flags functions of one file that call each other in a cycle, unless one says why it is bounded", () => {
    const code = `
function even(n) { return n === 0 || odd(n - 1); }
function odd(n) { return n !== 0 && even(n - 1); }
function caller() { return even(10); }
class Walker {
  node(n) { n.kids.forEach((k) => this.kids(k)); }
  kids(k) { return this.node(k); }
}
/** bounded: a formula holds a value, never another formula. */
function outer(v) { return inner(v); }
function inner(v) { return v.f ? outer(v.result) : v; }
`;
    expect(scanSource("x.ts", code).map((f) => [f.line, f.kind])).toEqual([
      [2, "mutual-recursion"],
      [3, "mutual-recursion"],
      [6, "mutual-recursion"],
      [7, "mutual-recursion"],
    ]);
  });

  it("finds nothing unexplained in src/", () => {
    const files = allSources();
    expect(files.length).toBeGreaterThan(100);
    const unexplained: string[] = [];
    for (const path of files) {
      const file = relative(ROOT, path).split("\\").join("/");
      for (const f of scanSource(path, readFileSync(path, "utf8"))) {
        if (ALLOWED.some((a) => a.file === file && f.text.includes(a.text))) continue;
        unexplained.push(`${file}:${f.line} ${f.kind}: ${f.text}`);
      }
    }
    expect(unexplained).toEqual([]);
  });
});
