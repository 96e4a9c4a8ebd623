/**
 * Issue 11: a regional municipality — 10,000 school files (~390,000 rows) in
 * the generator's realistic mode — through the whole report (open and read,
 * build, write a new workbook) with the peak resident memory under 4 GB, and
 * its ratio to an ExcelJS parse-only pass printed. Parse-only of 10,000 files
 * takes minutes, so it is measured on an evenly spread sample of the files and
 * scaled linearly (the line says so). Then the written municipality workbook
 * is read back as next period's `--previous` reads it: every school and row
 * must come back (a 545 MB `Сводные данные` part). Opt-in (it takes minutes):
 * `npm run bench -- scale10k`. The files go to a fresh temp folder, removed afterwards.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XlsxBookWriter } from "../../src/adapters/xlsx-writer/xlsx-book-writer";
import { readWorkbook } from "../../src/app/read-workbook";
import { openReadOnlyBytes } from "../../src/cli/files";
import type { BenchCase } from "../types";
import { writeRealisticFiles } from "./realistic-files";
import { parseOnly, report, sampleRss, timed } from "./report";

const FILES = Number(process.env.PEDMON_BENCH_SCALE_FILES ?? 10_000);
const SAMPLE = Math.min(FILES, Number(process.env.PEDMON_BENCH_SCALE_SAMPLE ?? 500));
const MAX_RSS_MB = 4096;

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

export const scaleCase: BenchCase = {
  issue: 11,
  // No "report" in the name: `npm run bench -- report` must not start this one.
  name: `scale10k: ${FILES} realistic school files through the whole pipeline`,
  target: "peak RSS < 4 GB; ratio to ExcelJS parse-only printed",
  optIn: true,
  async run() {
    const dir = mkdtempSync(join(tmpdir(), "pedmonitor-bench-scale-"));
    try {
      // Written by the project's writer: ExcelJS would take ~10 minutes to write them.
      const made = await timed(() =>
        writeRealisticFiles(dir, FILES, () => XlsxBookWriter.create(), 11)
      );
      const files = made.value;
      const step = files.length / SAMPLE;
      const sample = Array.from({ length: SAMPLE }, (_, i) => files[Math.floor(i * step)]);
      await parseOnly(files.slice(0, 20));
      await report(files.slice(0, 20));
      gc();
      const base = await timed(() => parseOnly(sample));
      const baseMs = (base.ms * files.length) / sample.length;
      gc();
      const rssBefore = process.memoryUsage().rss / 2 ** 20;
      const rss = sampleRss();
      const cpu0 = process.cpuUsage();
      let output: Uint8Array | null = null;
      const mine = await timed(() => report(files, (b) => (output = b)));
      const cpu = process.cpuUsage(cpu0);
      const peak = rss.stop();
      gc();
      const backRss = sampleRss();
      const back = await timed(async () => {
        const read = await readWorkbook(await openReadOnlyBytes(output!), "report.xlsx");
        output = null;
        return {
          schools: read.schools.length,
          rows: read.schools.reduce((n, s) => n + s.workers.length, 0),
        };
      });
      const backPeak = backRss.stop();
      const backOk = back.value.rows === mine.value.rows;
      const p = mine.value.phases;
      const scaled =
        sample.length === files.length
          ? `ExcelJS parse-only ${base.ms.toFixed(0)} ms`
          : `ExcelJS parse-only ${(baseMs / 1000).toFixed(0)} s (measured on ${sample.length} of ${files.length} files, ` +
            `every ${step.toFixed(0)}th: ${(base.ms / 1000).toFixed(1)} s, scaled linearly)`;
      return {
        ratio: mine.ms / baseMs,
        alsoMet: peak < MAX_RSS_MB && backOk && backPeak < MAX_RSS_MB,
        detail:
          `${files.length} files, ${mine.value.rows} rows, ${mine.value.issues} issues, ` +
          `${mine.value.recommendations} recommendations: report ${(mine.ms / 1000).toFixed(1)} s ` +
          `(open+read ${(p.read / 1000).toFixed(1)}, build ${(p.build / 1000).toFixed(1)}, write ${(p.write / 1000).toFixed(1)} s; ` +
          `CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s); ` +
          `${scaled}; peak RSS ${peak.toFixed(0)} MB (${peak < MAX_RSS_MB ? "OK" : "OVER"}, limit ${MAX_RSS_MB}, ` +
          `${rssBefore.toFixed(0)} MB before); output ${(mine.value.bytes / 2 ** 20).toFixed(1)} MB; ` +
          `files written in ${(made.ms / 1000).toFixed(0)} s; read back: ${back.value.schools} schools, ` +
          `${back.value.rows} rows (${backOk ? "all" : "NOT ALL"}) in ${(back.ms / 1000).toFixed(1)} s, ` +
          `peak RSS ${backPeak.toFixed(0)} MB`,
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
