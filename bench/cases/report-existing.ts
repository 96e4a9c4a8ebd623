/**
 * Issue 11: `pedmonitor report` into an EXISTING municipality workbook (the
 * everyday path: the same --out every period). The workbook is last period's
 * report of the same 1,500 school files (made once, not timed). Timed, as the
 * command line runs it: open every school file, read `Настройки`/`Меры` from the
 * workbook, build, patch the package (src/adapters/xlsx-patch). Target: at most
 * 1.5× ExcelJS parse-only of the same files and peak RSS under 2 GB — the
 * new-file report's budget. The new-file report is timed too, for comparison.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { XlsxPatchWorkbook } from "../../src/adapters/xlsx-patch/patch-workbook";
import { XlsxBookWriter } from "../../src/adapters/xlsx-writer/xlsx-book-writer";
import {
  buildReport,
  openSources,
  readPeopleSheets,
  writeReport,
  type SourceInput,
} from "../../src/app/report";
import { openReadOnlyBytes } from "../../src/cli/files";
import { FULL_PROFILE_ID, PROFILES } from "../../src/core/indicators";
import type { BenchCase } from "../types";
import { ensureFiles, sampleRss, timed } from "./report";

const MAX_RSS_MB = 2048;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

async function parseOnly(files: readonly string[]): Promise<number> {
  let sheets = 0;
  for (const f of files) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(f) as unknown as ExcelJS.Buffer);
    sheets += wb.worksheets.length;
  }
  return sheets;
}

/** The report as `pedmonitor report FILES --out EXISTING` makes it; null: a new --out. */
async function report(files: readonly string[], existing: Uint8Array | null): Promise<Uint8Array> {
  const target = existing === null ? null : await XlsxPatchWorkbook.open(existing);
  const people = await readPeopleSheets(target);
  const inputs: SourceInput[] = files.map((f) => ({ name: f, bytes: async () => readFileSync(f) }));
  const sources = await openSources(inputs, openReadOnlyBytes);
  const built = buildReport(sources.schools, [...sources.issues, ...people.issues], {
    settings: people.settings,
    custom: people.custom,
    profile: PROFILES.find((p) => p.id === FULL_PROFILE_ID)!,
    measures: people.measures,
    rules: people.rules,
  });
  const book = target ?? XlsxBookWriter.create();
  await writeReport(book, built);
  return book.toBuffer();
}

async function measured(run: () => Promise<Uint8Array>) {
  gc();
  const rss = sampleRss();
  const result = await timed(run);
  return { ms: result.ms, bytes: result.value.length, peak: rss.stop() };
}

export const reportExistingCase: BenchCase = {
  issue: 11,
  name: "report into an existing workbook",
  target: "≤ 1.5× ExcelJS parse-only of the same files, peak RSS < 2 GB (as a new file)",
  maxRatio: 1.5,
  async run() {
    const files = await ensureFiles();
    // Last period's workbook: the report of the same files, as a new file (not timed).
    const existing = await report(files, null);
    await parseOnly(files.slice(0, 20));
    await report(files.slice(0, 20), existing);
    gc();
    const base = await timed(() => parseOnly(files));
    const into = await measured(() => report(files, existing));
    const fresh = await measured(() => report(files, null));
    const mb = (n: number) => (n / 2 ** 20).toFixed(1);
    const ok = into.peak < MAX_RSS_MB;
    return {
      ratio: into.ms / base.ms,
      alsoMet: ok,
      detail:
        `${files.length} files: into the existing ${mb(existing.length)} MB workbook ${into.ms.toFixed(0)} ms, ` +
        `peak RSS ${into.peak.toFixed(0)} MB (${ok ? "OK" : "OVER"}, limit ${MAX_RSS_MB}), ${mb(into.bytes)} MB; ` +
        `new file ${fresh.ms.toFixed(0)} ms (${(fresh.ms / base.ms).toFixed(2)}×), peak ${fresh.peak.toFixed(0)} MB; ` +
        `ExcelJS parse-only ${base.ms.toFixed(0)} ms`,
    };
  },
};
