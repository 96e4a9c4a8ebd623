/**
 * The browser side of the `pane-read` bench (bench/cases/pane-read.ts): bundled by esbuild for
 * Chromium with ExcelJS's browser build (the pane's opener before issue 15) and the reader on
 * the webview's byte platform (package.json `browser`: fflate). Both read the same files through
 * the pane's own step, collectSources (a macrotask before each file, as in the pane).
 */
import { platform } from "../../src/adapters/bytes/platform";
import { ExcelJsWorkbook } from "../../src/adapters/exceljs/exceljs-workbook";
import { XlsxReadOnlyWorkbook } from "../../src/adapters/xlsx-reader/workbook";
import { openSources, type SourceInput, type WorkbookOpener } from "../../src/app/report";
import { readWorkbook } from "../../src/app/read-workbook";
import { collectSources } from "../../src/taskpane/steps/collect";

const OPENERS: Record<string, WorkbookOpener> = {
  exceljs: (bytes) => ExcelJsWorkbook.load(bytes, { readOnly: true }),
  reader: async (bytes) => XlsxReadOnlyWorkbook.open(bytes),
};

const progress = { report: () => undefined, cancelled: false };
let inputs: SourceInput[] = [];

/** FNV-1a of a text: the two paths must read the same schools. */
function digest(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16);
}

async function load(names: string[]): Promise<number> {
  inputs = [];
  let bytes = 0;
  for (const name of names) {
    const response = await fetch(`files/${encodeURIComponent(name)}`);
    const data = new Uint8Array(await response.arrayBuffer());
    bytes += data.length;
    inputs.push({ name, bytes: data });
  }
  return bytes;
}

/** `which` through the pane's step; "reader-unyielding" through openSources with no pause between files. */
async function read(which: string) {
  const t0 = performance.now();
  const result =
    which === "reader-unyielding"
      ? await openSources(inputs, OPENERS.reader)
      : await collectSources(inputs, OPENERS[which], progress);
  const ms = performance.now() - t0;
  const rows = result.schools.reduce((sum, s) => sum + s.workers.length, 0);
  return {
    ms,
    files: result.read.length,
    skipped: result.skipped.length,
    rows,
    digest: digest(JSON.stringify(result.schools)),
  };
}

/** The parts the reader inflates, inflated again by fflate and by DecompressionStream. */
async function inflate() {
  const calls: { data: Uint8Array; size: number }[] = [];
  const original = platform.inflateRaw;
  platform.inflateRaw = (data, size, limit) => {
    calls.push({ data: data.slice(), size });
    return original(data, size, limit);
  };
  try {
    for (const input of inputs)
      await readWorkbook(XlsxReadOnlyWorkbook.open(input.bytes as Uint8Array), input.name);
  } finally {
    platform.inflateRaw = original;
  }
  let t0 = performance.now();
  for (const c of calls) original(c.data, c.size, 2 ** 28);
  const fflateMs = performance.now() - t0;
  const viaStream = (data: Uint8Array) =>
    new Response(
      new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream("deflate-raw"))
    ).arrayBuffer();
  let streamMs = -1;
  let streamParallelMs = -1;
  if (typeof DecompressionStream === "function") {
    t0 = performance.now();
    for (const c of calls) await viaStream(c.data);
    streamMs = performance.now() - t0;
    t0 = performance.now();
    await Promise.all(calls.map((c) => viaStream(c.data)));
    streamParallelMs = performance.now() - t0;
  }
  const inflated = calls.reduce((sum, c) => sum + c.size, 0);
  return { parts: calls.length, inflated, fflateMs, streamMs, streamParallelMs };
}

Object.assign(window, { benchPane: { load, read, inflate } });
