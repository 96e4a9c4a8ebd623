/**
 * Builds what the browser tests need, with esbuild (a second or two, instead of webpack's 25 s):
 * the test page (the real task pane over the Office.js fake; like webpack.config.js, esbuild
 * honours package.json's `browser` field, so the pane reads and writes .xlsx with fflate) and the
 * fixture maker for Node.
 */
import { build } from "esbuild";
import { readFile } from "node:fs/promises";
import { join } from "node:path";

/** The fake measures payloads with Node's Buffer; in the page, TextEncoder gives the same bytes. */
const fakeInBrowser = {
  name: "fake-in-browser",
  setup(b) {
    b.onLoad({ filter: /test[\\/]fakes[\\/]office[\\/]context\.ts$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      const shim =
        "const Buffer = { byteLength: (s: string) => new TextEncoder().encode(s).length };\n";
      return { contents: shim + source, loader: "ts" };
    });
  },
};

export async function buildPage(root, outDir) {
  await build({
    entryPoints: [join(root, "test/ui/page/entry.ts")],
    outfile: join(outDir, "app.js"),
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    plugins: [fakeInBrowser],
    logLevel: "error",
  });
}

export async function buildFixtureMaker(root, outDir) {
  const outfile = join(outDir, "make-fixtures.cjs");
  await build({
    entryPoints: [join(root, "test/ui/make-fixtures.ts")],
    outfile,
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node20",
    logLevel: "error",
  });
  return outfile;
}
