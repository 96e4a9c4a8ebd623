/**
 * axe-core in the page: injected from node_modules (never fetched), run over the whole pane,
 * and every violation fails the test, named with its rule, its help and the elements it hit.
 * All markup in the page is the project's (its components and the Fluent UI components it
 * renders) except Tabster's focus guards: `<i data-tabster-dummy tabindex="0" aria-hidden>`
 * that Fluent's tab lists put around their tabs, focusable and hidden by design (they pass
 * the focus on at once; microsoft/tabster#288, microsoft/fluentui#25133: a known false
 * positive of `aria-hidden-focus`, which Accessibility Insights suppresses the same way).
 */
import { createRequire } from "node:module";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** Screens checked in this run (names), for the summary line. */
export const checked = new Set();

export async function checkA11y(page, where) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) {
    await page.addScriptTag({ path: AXE });
  }
  // Fluent's enter animations (message bars fade in) would be measured half-way.
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)))
  );
  const violations = await page.evaluate(async () => {
    const context = { include: [["html"]], exclude: [["[data-tabster-dummy]"]] };
    const result = await window.axe.run(context, {
      resultTypes: ["violations"],
      runOnly: {
        type: "tag",
        values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
      },
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(" ")} — ${n.failureSummary}`),
    }));
  });
  checked.add(where);
  if (violations.length > 0) {
    const text = violations
      .map((v) => `${v.id}: ${v.help}\n      ${v.nodes.join("\n      ")}`)
      .join("\n    ");
    throw new Error(`axe-core on «${where}»: ${violations.length} violation(s)\n    ${text}`);
  }
}
