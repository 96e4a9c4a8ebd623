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
