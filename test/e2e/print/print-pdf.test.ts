/**
 * Printing, checked the way a person sees it: the demo report and one school's feedback
 * workbook converted to PDF by LibreOffice (recommendations.md «Printing»). Every page A4;
 * every page of a sheet shows the sheet's first header cell (one page wide, or pages across
 * with the key columns repeated: never a strip of columns without them); no line of text
 * drawn outside its cell (cut); the longest recommendations whole; `Аналитическая справка`
 * portrait with «Страница N из M»; the report within the page count recorded in README.md.
 * Runs where `soffice` is installed (CI installs it).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XlsxReadOnlyWorkbook } from "../../../src/adapters/xlsx-reader/workbook";
import { MEASURES, OUTPUT_SHEETS, TARGETS } from "../../../src/core/schema/municipality";
import { inspectXlsx } from "../../support/xlsx-inspect";
import { pdfPages, type PdfPage } from "../../support/pdf-pages";
import { buildCli, runCli, tempDir } from "../cli/cli-helpers";

/**
 * The demo report's printed pages (the output sheets and `Меры`; not the consolidated data,
 * `Настройки` or `Правила рекомендаций`): README.md «Печать» records the figures, measured
 * 95 (121 before the pages pass of issue 13); the bound is that and about 10 %.
 */
const REPORT_PAGES_MAX = 105;
/**
 * Pages per sheet: measured and about 10 % (before → after: Рекомендации 37 → 20, Динамика
 * 11 → 5, Показатели по ОО 9 → 6, Настройки 14 → 5).
 */
const SHEET_PAGES_MAX: Readonly<Record<string, number>> = {
  [OUTPUT_SHEETS.recommendations]: 22,
  [OUTPUT_SHEETS.dynamics]: 6,
  [OUTPUT_SHEETS.bySchool]: 7,
  [TARGETS.name]: 6,
};
const REPORT_SHEETS = new Set<string>([...Object.values(OUTPUT_SHEETS), MEASURES.name]);
const A4 = { short: 595.3, long: 841.9 };

const hasSoffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;
if (!hasSoffice) console.warn("Print check skipped: soffice is not on PATH");
const maybe = hasSoffice ? describe : describe.skip;

interface Printed {
  pages: PdfPage[];
  /** Pages by the sheet named in their footer («Аналитическая справка»: page number only). */
  bySheet: Map<string, PdfPage[]>;
  /** Pages without a footer: the consolidated data, not part of the report. */
  unlabelled: PdfPage[];
}

function printed(pdf: string): Printed {
  const pages = pdfPages(readFileSync(pdf));
  const bySheet = new Map<string, PdfPage[]>();
  const unlabelled: PdfPage[] = [];
  for (const page of pages) {
    const lines = page.text.split("\n").filter((l) => l.trim() !== "");
    const sheet = lines[0]?.startsWith("Страница")
      ? OUTPUT_SHEETS.note
      : lines[1]?.startsWith("Страница")
        ? lines[0].trim()
        : null;
    if (sheet === null) unlabelled.push(page);
    else bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), page]);
  }
  return { pages, bySheet, unlabelled };
}

const squeeze = (text: string): string => text.replace(/\s+/g, "");

/** The text of the first cell of each sheet's repeated header row, from the workbook. */
async function headerTexts(file: string): Promise<Map<string, string>> {
  const bytes = readFileSync(file);
  const inspected = await inspectXlsx(bytes);
  const book = await XlsxReadOnlyWorkbook.open(bytes);
  const names = await book.sheetNames();
  const out = new Map<string, string>();
  for (const d of inspected.definedNames) {
    if (d.name !== "_xlnm.Print_Titles") continue;
    const sheet = names[Number(d.localSheetId)];
    const row = /\$(\d+):\$\d+/.exec(d.value)?.[1];
    if (!sheet || !row) continue;
    const grid = await book.readSheet(sheet);
    const header = (grid[Number(row) - 1] ?? []).find((v) => v !== null && v !== "");
    if (header !== undefined) out.set(sheet, String(header));
  }
  return out;
}

/** The longest texts of a sheet's cells (recommendations: the ones most likely to be cut). */
async function longestTexts(file: string, sheet: string, count: number): Promise<string[]> {
  const book = await XlsxReadOnlyWorkbook.open(readFileSync(file));
  const texts: string[] = [];
  for (const row of await book.readSheet(sheet))
    for (const v of row) if (typeof v === "string" && v.length > 40) texts.push(v);
  return texts.sort((a, b) => b.length - a.length).slice(0, count);
}

function expectA4(pages: readonly PdfPage[]): void {
  for (const p of pages) {
    const [short, long] = [Math.min(p.width, p.height), Math.max(p.width, p.height)];
    expect(short).toBeCloseTo(A4.short, 0);
    expect(long).toBeCloseTo(A4.long, 0);
  }
}

function expectNothingCut(printedBook: Printed): void {
  const cut = printedBook.pages.flatMap((p, i) =>
    p.clipped.map((line) => `стр. ${i + 1}: ${line}`)
  );
  expect(cut).toEqual([]);
}

/** Every printed sheet is one page wide, or goes across pages with its key columns repeated. */
async function expectNoSheetWiderThanPage(file: string, sheets: readonly string[]): Promise<void> {
  const inspected = await inspectXlsx(readFileSync(file));
  const names = inspected.sheets.map((s) => s.name);
  const wider: string[] = [];
  for (const sheet of sheets) {
    const xml = inspected.sheet(sheet).xml;
    const index = String(names.indexOf(sheet));
    const titles = inspected.definedNames.find(
      (d) => d.name === "_xlnm.Print_Titles" && d.localSheetId === index
    )?.value;
    const fitted = /<pageSetup\b[^>]*fitToWidth="1"/.test(xml) && /fitToPage="1"/.test(xml);
    const keyColumns = /\$[A-Z]+:\$[A-Z]+/.test(titles ?? "");
    if (!fitted && !keyColumns) wider.push(sheet);
    expect(/<pageSetup\b[^>]*paperSize="9"/.test(xml)).toBe(true);
  }
  expect(wider).toEqual([]);
}

async function expectHeadersOnEveryPage(file: string, printedBook: Printed): Promise<void> {
  const headers = await headerTexts(file);
  expect(headers.size).toBeGreaterThan(0);
  for (const [sheet, header] of headers) {
    const pages = printedBook.bySheet.get(sheet) ?? [];
    expect({ sheet, printed: pages.length > 0 }).toEqual({ sheet, printed: true });
    const without = pages
      .map((p, i) => (squeeze(p.text).includes(squeeze(header)) ? null : i + 1))
      .filter((i) => i !== null);
    expect({ sheet, header, pagesWithout: without }).toEqual({ sheet, header, pagesWithout: [] });
  }
}

maybe("printing the demo report and a feedback workbook (LibreOffice PDF)", () => {
  let dir = "";
  let demo: Printed;
  let feedback: Printed;
  let feedbackFile = "";

  beforeAll(() => {
    buildCli();
    dir = tempDir();
    expect(runCli(["demo", "--out", "demo.xlsx"], dir).status).toBe(0);
    const report = runCli(["report", "demo.xlsx", "--out", "report.xlsx", "--feedback", "fb"], dir);
    expect([0, 1]).toContain(report.status);
    // The school with the most to print: the largest feedback workbook.
    const files = readdirSync(join(dir, "fb")).filter((f) => f.endsWith(".xlsx"));
    const largest = files.sort(
      (a, b) => readFileSync(join(dir, "fb", b)).length - readFileSync(join(dir, "fb", a)).length
    )[0];
    feedbackFile = join(dir, "fb", largest);
    const out = join(dir, "pdf");
    mkdirSync(out);
    const run = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=file://${join(dir, "lo-profile")}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        out,
        join(dir, "demo.xlsx"),
        feedbackFile,
      ],
      { encoding: "utf8", timeout: 180_000 }
    );
    const demoPdf = join(out, "demo.pdf");
    const feedbackPdf = join(out, largest.replace(/\.xlsx$/, ".pdf"));
    if (!existsSync(demoPdf) || !existsSync(feedbackPdf))
      throw new Error(`soffice did not convert: ${run.stderr}`);
    demo = printed(demoPdf);
    feedback = printed(feedbackPdf);
  }, 240_000);

  it("prints every page on A4", () => {
    expectA4(demo.pages);
    expectA4(feedback.pages);
  });

  it("prints the report in a page count a person would print", () => {
    const reportPages = [...demo.bySheet]
      .filter(([sheet]) => REPORT_SHEETS.has(sheet))
      .reduce((n, [, pages]) => n + pages.length, 0);
    const perSheet = [...demo.bySheet].map(([s, p]) => `${s}: ${p.length}`).join(", ");
    console.info(
      `Печать демо-отчёта: ${reportPages} стр. отчёта (${perSheet}); всего с данными ${demo.pages.length}`
    );
    expect(reportPages).toBeGreaterThan(0);
    expect(reportPages).toBeLessThanOrEqual(REPORT_PAGES_MAX);
    for (const [sheet, max] of Object.entries(SHEET_PAGES_MAX)) {
      const pages = demo.bySheet.get(sheet)?.length ?? 0;
      expect({ sheet, pages, atMost: pages <= max }).toEqual({ sheet, pages, atMost: true });
      expect(pages).toBeGreaterThan(0);
    }
  });

  it("prints `Аналитическая справка` portrait with «Страница N из M»", () => {
    const note = demo.bySheet.get(OUTPUT_SHEETS.note) ?? [];
    expect(note.length).toBeGreaterThan(0);
    for (const page of note) {
      expect(page.height).toBeGreaterThan(page.width);
      expect(page.text).toMatch(/Страница\s*\d+\s*из\s*\d+/);
    }
  });

  it("prints `Показатели по ОО` on pages across with its key columns, not squeezed onto one", () => {
    const pages = demo.bySheet.get(OUTPUT_SHEETS.bySchool) ?? [];
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page.width).toBeGreaterThan(page.height);
  });

  it("shows each sheet's repeated header (and key columns) on every page", async () => {
    await expectHeadersOnEveryPage(join(dir, "demo.xlsx"), demo);
  });

  it("prints no sheet wider than its page: one page wide, or pages across with the key columns", async () => {
    await expectNoSheetWiderThanPage(join(dir, "demo.xlsx"), [...demo.bySheet.keys()]);
    const school = await inspectXlsx(readFileSync(feedbackFile));
    await expectNoSheetWiderThanPage(
      feedbackFile,
      school.sheets.filter((s) => !s.name.startsWith("_")).map((s) => s.name)
    );
  });

  it("cuts no line of text at a cell's edge", () => {
    expectNothingCut(demo);
    expectNothingCut(feedback);
  });

  it("prints the longest recommendations whole", async () => {
    const report = squeeze(
      (demo.bySheet.get(OUTPUT_SHEETS.recommendations) ?? []).map((p) => p.text).join("")
    );
    for (const text of await longestTexts(join(dir, "demo.xlsx"), OUTPUT_SHEETS.recommendations, 5))
      expect(report).toContain(squeeze(text));
    const school = squeeze(feedback.pages.map((p) => p.text).join(""));
    for (const text of await longestTexts(feedbackFile, OUTPUT_SHEETS.recommendations, 5))
      expect(school).toContain(squeeze(text));
  });
});
