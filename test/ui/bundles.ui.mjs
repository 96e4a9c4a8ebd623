/**
 * The shipped bundles keep to the syntax the old-webview guard checks for (ES2020): a newer
 * construct (`??=`, class `static {}`) is a syntax error in a Safari < 16.4 webview, and the
 * pane stays blank before the guard's page can show. Reads dist/ as `npm run build` leaves it.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "acorn";

/** The bundles the pages load (webpack.config.js entries). */
export const SHIPPED_BUNDLES = ["taskpane.js", "commands.js", "functions.js"];

/** Throws, naming the bundle, the line and the text, when a bundle is missing or is not ES2020. */
export function checkBundlesAreEs2020(dist) {
  const missing = SHIPPED_BUNDLES.filter((name) => !existsSync(join(dist, name)));
  if (missing.length) {
    throw new Error(
      `${missing.join(", ")} not found in ${dist}: run \`npm run build\` before this check`
    );
  }
  for (const name of SHIPPED_BUNDLES) {
    const source = readFileSync(join(dist, name), "utf8");
    try {
      parse(source, { ecmaVersion: 2020, sourceType: "script" });
    } catch (error) {
      const at = typeof error.pos === "number" ? error.pos : 0;
      const excerpt = source.slice(Math.max(0, at - 60), at + 30).replace(/\s+/g, " ");
      throw new Error(`${name} is not ES2020 (${error.message}) near «${excerpt}»`);
    }
  }
}

/** Libraries that must stay out of the shipped bundles: ExcelJS and the Node built-ins' shims. */
const FORBIDDEN_PACKAGES = [
  "exceljs",
  "buffer",
  "process",
  "events",
  "stream-browserify",
  "readable-stream",
  "string_decoder",
  "safe-buffer",
  "setimmediate",
  "browserify-zlib",
  "pako",
  "util",
];
/** Our modules that run only on Node: what the pages run must not reach them. */
const NODE_ONLY_SOURCES = [/\/src\/adapters\/exceljs\//, /\/src\/adapters\/bytes\/platform\.ts$/];
/** Node globals and modules in our own sources (comments removed first). */
const NODE_IN_SOURCE = [
  /\bBuffer\s*\./,
  /\bBuffer\s*\(/,
  /from\s+["']node:/,
  /require\(["'](?:node:)?(?:zlib|fs|path|os|stream|crypto|buffer)["']\)/,
];

function withoutComments(source) {
  return source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'])\/\/.*$/gm, "$1");
}

/**
 * Throws, naming the bundle and the module, when a shipped bundle carries ExcelJS, a shim of a
 * Node built-in, a Node-only module of ours, or one of our modules that uses Node (Buffer,
 * `node:` imports). Reads the bundles' source maps (webpack.config.js: devtool "source-map"),
 * which list every module a bundle holds.
 */
export function checkBundlesCarryNoNode(dist) {
  const found = [];
  for (const name of SHIPPED_BUNDLES) {
    const mapPath = join(dist, `${name}.map`);
    if (!existsSync(mapPath))
      throw new Error(`${name}.map not found in ${dist}: run \`npm run build\``);
    const map = JSON.parse(readFileSync(mapPath, "utf8"));
    if (!Array.isArray(map.sources) || map.sources.length < 10)
      throw new Error(`${name}.map lists no modules`);
    map.sources.forEach((source, i) => {
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source)?.[1];
      if (pkg && FORBIDDEN_PACKAGES.includes(pkg)) found.push(`${name}: ${source}`);
      if (/^node:|webpack\/runtime\/node|external node/.test(source))
        found.push(`${name}: ${source}`);
      if (NODE_ONLY_SOURCES.some((re) => re.test(source))) found.push(`${name}: ${source}`);
      const content = map.sourcesContent?.[i];
      if (!pkg && /\/src\//.test(source) && typeof content === "string") {
        const code = withoutComments(content);
        const hit = NODE_IN_SOURCE.find((re) => re.test(code));
        if (hit) found.push(`${name}: ${source} uses Node (${hit})`);
      }
    });
  }
  if (found.length)
    throw new Error(`the bundles carry what only Node runs:\n  ${found.join("\n  ")}`);
}

/**
 * The shared runtime page runs its deferred bundles in document order: the custom functions
 * first, so they never wait for the task pane's bundle (issue 15).
 */
export function checkFunctionsLoadFirst(dist) {
  const page = readFileSync(join(dist, "taskpane.html"), "utf8");
  const bundles = [...page.matchAll(/<script\b([^>]*)\bsrc=["']?([^"'\s>]+)/g)]
    .map((m) => ({ attrs: m[1], src: m[2] }))
    .filter((s) => SHIPPED_BUNDLES.includes(s.src));
  const order = bundles.map((s) => s.src).join(", ");
  if (order !== "functions.js, commands.js, taskpane.js")
    throw new Error(`taskpane.html runs its bundles in the order ${order}`);
  for (const s of bundles)
    if (!/\bdefer\b/.test(s.attrs)) throw new Error(`${s.src} is not deferred in taskpane.html`);
}
