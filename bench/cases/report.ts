/**
 * Issue 5: 1,500 school workbooks of about 40 rows (≈ 60,000 rows) through the
 * whole report — open every file, consolidate, compute, recommend, build and
 * write the output workbook — in at most 1.5× the time ExcelJS takes only to
 * parse the same files (`new ExcelJS.Workbook().xlsx.load(bytes)` each), with
 * the peak resident memory under 2 GB. The files are generated once into a
 * temp folder (demo generator in its realistic mode, issue 11: every validation
 * code and recommendation rule fires at real-world rates; template builders +
 * the ExcelJS adapter).
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ExcelJsWorkbook } from "../../src/adapters/exceljs/exceljs-workbook";
import { XlsxBookWriter } from "../../src/adapters/xlsx-writer/xlsx-book-writer";
import { buildReport, openSources, writeReport, type SourceInput } from "../../src/app/report";
import { openReadOnlyBytes } from "../../src/cli/files";
import { FULL_PROFILE_ID, PROFILES, defaultSettings } from "../../src/core/indicators";
import type { BenchCase } from "../types";
import { writeRealisticFiles } from "./realistic-files";

const FILES = Number(process.env.PEDMON_BENCH_FILES ?? 1500);
const DIR = join(tmpdir(), `pedmonitor-bench-report-${FILES}-realistic-v1`);
const MAX_RSS_MB = 2048;

export async function ensureFiles(): Promise<string[]> {
  return writeRealisticFiles(DIR, FILES, () => ExcelJsWorkbook.create());
}

export async function parseOnly(files: readonly string[]): Promise<number> {
  let sheets = 0;
  for (const f of files) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(f) as unknown as ExcelJS.Buffer);
    sheets += wb.worksheets.length;
  }
  return sheets;
}

/** Where the report's time goes, ms: open+read the sources, build, put sheets in and save. */
export interface Phases {
  read: number;
  build: number;
  write: number;
}

/** The report as the command line runs it: the same read-only opener, build and writer. */
export async function report(
  files: readonly string[],
  /** Receives the written workbook (scale10k reads it back). */
  onOutput?: (bytes: Uint8Array) => void
): Promise<{
  rows: number;
  bytes: number;
  phases: Phases;
  issues: number;
  recommendations: number;
}> {
  const t0 = performance.now();
  const inputs: SourceInput[] = files.map((f) => ({ name: f, bytes: async () => readFileSync(f) }));
  const sources = await openSources(inputs, openReadOnlyBytes);
  const t1 = performance.now();
  const built = buildReport(sources.schools, sources.issues, {
    settings: defaultSettings(),
    profile: PROFILES.find((p) => p.id === FULL_PROFILE_ID)!,
  });
  const t2 = performance.now();
  // A new output workbook, written as `pedmonitor report` writes one.
  const out = XlsxBookWriter.create();
  await writeReport(out, built);
  const buffer = await out.toBuffer();
  onOutput?.(buffer);
  const bytes = buffer.length;
  const phases = { read: t1 - t0, build: t2 - t1, write: performance.now() - t2 };
  return {
    rows: built.consolidation.included.reduce((n, s) => n + s.workers.length, 0),
    bytes,
    phases,
    issues: built.consolidation.issues.length,
    recommendations: built.recommendations.length,
  };
}

export function sampleRss(): { stop(): number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss) / 2 ** 20;
    },
  };
}

export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

export const reportCase: BenchCase = {
  issue: 5,
  name: `report ${FILES} school files`,
  target: "≤ 1.5× ExcelJS parse-only of the same files, peak RSS < 2 GB",
  maxRatio: 1.5,
  async run() {
    const t0 = performance.now();
    const files = await ensureFiles();
    const prepared = performance.now() - t0;
    // Warm both paths on a few files so neither pays for compilation in the timed runs.
    await parseOnly(files.slice(0, 20));
    await report(files.slice(0, 20));
    (globalThis as { gc?: () => void }).gc?.();
    const base = await timed(() => parseOnly(files));
    (globalThis as { gc?: () => void }).gc?.();
    const rss = sampleRss();
    const mine = await timed(() => report(files));
    const peak = rss.stop();
    const ratio = mine.ms / base.ms;
    const phases = mine.value.phases;
    const memory = peak < MAX_RSS_MB ? "OK" : "OVER";
    return {
      ratio,
      alsoMet: peak < MAX_RSS_MB,
      detail:
        `${files.length} realistic files, ${mine.value.rows} rows, ${mine.value.issues} issues, ` +
        `${mine.value.recommendations} recommendations: report ${mine.ms.toFixed(0)} ms ` +
        `(open+read ${phases.read.toFixed(0)}, build ${phases.build.toFixed(0)}, write ${phases.write.toFixed(0)}), ` +
        `ExcelJS parse-only ${base.ms.toFixed(0)} ms; ` +
        `peak RSS ${peak.toFixed(0)} MB (${memory}, limit ${MAX_RSS_MB}); output ${(mine.value.bytes / 2 ** 20).toFixed(1)} MB; files ready in ${(prepared / 1000).toFixed(0)} s`,
    };
  },
};
