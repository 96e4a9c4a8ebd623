/**
 * Issue 15: the task pane reads the school files people pick. Before, with ExcelJS's browser
 * build; now with the command line's read-only reader over fflate. Both are measured in one
 * run, in headless Chromium (Debian's /usr/bin/chromium through playwright-core, as
 * `npm run test:ui`; never a downloaded browser), reading 300 realistic school files through
 * the pane's own step (collectSources). Also printed: the same inflates by fflate and by the
 * browser's DecompressionStream("deflate-raw"), which decided the webview's inflater.
 * Opt-in (a few minutes): `npm run bench -- pane-read`.
 */
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { ExcelJsWorkbook } from "../../src/adapters/exceljs/exceljs-workbook";
import type { BenchCase } from "../types";
import { writeRealisticFiles } from "./realistic-files";

const FILES = Number(process.env.PEDMON_BENCH_PANE_FILES ?? 300);
const DIR = join(tmpdir(), `pedmonitor-bench-pane-${FILES}-realistic-v1`);
const ROUNDS = 2;

interface Read {
  ms: number;
  files: number;
  skipped: number;
  rows: number;
  digest: string;
}

/** The page's script: bench/pane-read/page.ts with ExcelJS's browser build, as the pane had it. */
async function buildPage(): Promise<string> {
  const root = resolve(__dirname, "../..");
  const out = await build({
    entryPoints: [join(root, "bench/pane-read/page.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    minify: true,
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "error",
    plugins: [
      {
        name: "exceljs-browser",
        setup(b) {
          b.onResolve({ filter: /^exceljs$/ }, () => ({
            path: require.resolve("exceljs/dist/exceljs.min.js"),
          }));
        },
      },
    ],
  });
  return out.outputFiles[0].text;
}

/** Debian's Chromium, as test/ui/browser.mjs launches it: never a downloaded browser. */
function launch() {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}

/** The page's origin: answered by the test itself (page.route), nothing is listening. */
const ORIGIN = "http://pane-read.bench/";

export const paneReadCase: BenchCase = {
  issue: 15,
  name: `pane-read: ${FILES} realistic school files read in Chromium, reader vs ExcelJS`,
  target: "≤ 0.5× ExcelJS's time, the same schools and rows",
  maxRatio: 0.5,
  optIn: true,
  async run() {
    const files = await writeRealisticFiles(DIR, FILES, () => ExcelJsWorkbook.create());
    const script = await buildPage();
    const byName = new Map(files.map((f) => [basename(f), f]));
    const browser = await launch();
    try {
      const page = await browser.newPage();
      await page.route("**/*", (route) => {
        const url = route.request().url();
        if (!url.startsWith(ORIGIN)) return route.abort();
        const path = decodeURIComponent(url.slice(ORIGIN.length));
        if (path === "index.html")
          return route.fulfill({
            contentType: "text/html; charset=utf-8",
            body: '<!doctype html><meta charset="utf-8"><script src="bench.js"></script>',
          });
        if (path === "bench.js")
          return route.fulfill({ contentType: "text/javascript", body: script });
        const file = path.startsWith("files/") ? byName.get(path.slice(6)) : undefined;
        return file ? route.fulfill({ body: readFileSync(file) }) : route.abort();
      });
      await page.goto(`${ORIGIN}index.html`);
      const bytes = await page.evaluate(
        (names: string[]) =>
          (
            window as unknown as { benchPane: { load(n: string[]): Promise<number> } }
          ).benchPane.load(names),
        [...byName.keys()]
      );
      const read = (which: string): Promise<Read> =>
        page.evaluate(
          (w: string) =>
            (window as unknown as { benchPane: { read(w: string): Promise<Read> } }).benchPane.read(
              w
            ),
          which
        );
      const times: Record<string, Read[]> = { exceljs: [], reader: [], unyielding: [] };
      for (let round = 0; round < ROUNDS; round += 1) {
        times.exceljs.push(await read("exceljs"));
        times.reader.push(await read("reader"));
        times.unyielding.push(await read("reader-unyielding"));
      }
      const inflate = await page.evaluate(() =>
        (
          window as unknown as {
            benchPane: {
              inflate(): Promise<{
                parts: number;
                inflated: number;
                fflateMs: number;
                streamMs: number;
                streamParallelMs: number;
              }>;
            };
          }
        ).benchPane.inflate()
      );
      const best = (list: Read[]) => list.reduce((a, b) => (b.ms < a.ms ? b : a));
      const old = best(times.exceljs);
      const now = best(times.reader);
      const same =
        old.digest === now.digest &&
        old.files === FILES &&
        now.files === FILES &&
        old.rows === now.rows;
      const ms = (v: number) => `${Math.round(v)} ms`;
      return {
        ratio: now.ms / old.ms,
        alsoMet: same,
        detail:
          `${FILES} files (${(bytes / 2 ** 20).toFixed(1)} MB), ${now.rows} rows; ` +
          `ExcelJS ${times.exceljs.map((r) => ms(r.ms)).join(" / ")}, ` +
          `reader ${times.reader.map((r) => ms(r.ms)).join(" / ")} (best of ${ROUNDS}; ` +
          `without the pane's pause before each file ${ms(best(times.unyielding).ms)}); ` +
          `same schools: ${same ? "yes" : `NO (${old.digest}/${now.digest}, rows ${old.rows}/${now.rows})`}; ` +
          `inflating the reader's ${inflate.parts} parts (${(inflate.inflated / 2 ** 20).toFixed(1)} MB): ` +
          `fflate ${ms(inflate.fflateMs)}, DecompressionStream ${ms(inflate.streamMs)} one by one, ` +
          `${ms(inflate.streamParallelMs)} all at once`,
      };
    } finally {
      await browser.close();
    }
  },
};
