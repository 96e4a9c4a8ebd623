/**
 * Issue 5, the writing phase alone: the report of the same school files
 * (read and built once, not timed) written into a new workbook and saved,
 * by the new-workbook writer (what `pedmonitor report` uses for a new --out)
 * against the ExcelJS adapter (what it used before, and still uses for an
 * existing --out). The new writer runs first, so the ExcelJS run's garbage
 * cannot inflate its memory figure.
 */
import { readFileSync } from "node:fs";
import { ExcelJsWorkbook } from "../../src/adapters/exceljs/exceljs-workbook";
import { XlsxBookWriter } from "../../src/adapters/xlsx-writer/xlsx-book-writer";
import { buildReport, openSources, writeReport, type Report } from "../../src/app/report";
import { FULL_PROFILE_ID, PROFILES, defaultSettings } from "../../src/core/indicators";
import type { WorkbookPort } from "../../src/port/workbook-port";
import type { BenchCase } from "../types";
import { ensureFiles, sampleRss, timed } from "./report";

type Book = WorkbookPort & { toBuffer(): Promise<Uint8Array> };

async function built(files: readonly string[]): Promise<Report> {
  const inputs = files.map((f) => ({ name: f, bytes: async () => readFileSync(f) }));
  const sources = await openSources(inputs, (b) => ExcelJsWorkbook.load(b, { readOnly: true }));
  return buildReport(sources.schools, sources.issues, {
    settings: defaultSettings(),
    profile: PROFILES.find((p) => p.id === FULL_PROFILE_ID)!,
  });
}

async function write(report: Report, create: () => Book) {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().rss / 2 ** 20;
  const rss = sampleRss();
  const run = await timed(async () => {
    const book = create();
    await writeReport(book, report);
    return (await book.toBuffer()).length;
  });
  return { ms: run.ms, bytes: run.value, peak: rss.stop(), before };
}

export const reportWriteCase: BenchCase = {
  issue: 5,
  name: "report write (new workbook)",
  target: "the new writer in ≤ 0.25× the ExcelJS adapter's time",
  maxRatio: 0.25,
  async run() {
    const files = await ensureFiles();
    const report = await built(files);
    const mine = await write(report, () => XlsxBookWriter.create());
    const base = await write(report, () => ExcelJsWorkbook.create());
    const mb = (n: number) => (n / 2 ** 20).toFixed(1);
    const line = (w: typeof mine) =>
      `${w.ms.toFixed(0)} ms, RSS ${w.before.toFixed(0)} → peak ${w.peak.toFixed(0)} MB, ${mb(w.bytes)} MB`;
    return {
      ratio: mine.ms / base.ms,
      detail: `${files.length} files: new writer ${line(mine)}; ExcelJS ${line(base)}`,
    };
  },
};
