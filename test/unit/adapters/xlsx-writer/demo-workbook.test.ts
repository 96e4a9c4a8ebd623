/**
 * The demo report (every output sheet the CLI writes) through both writers:
 * the same workbook once read back with ExcelJS, and LibreOffice opens the new
 * writer's file and converts it to PDF and CSV without an error.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ExcelJsWorkbook } from "../../../../src/adapters/exceljs/exceljs-workbook";
import { XlsxBookWriter } from "../../../../src/adapters/xlsx-writer/xlsx-book-writer";
import { runDemo } from "../../../../src/app/demo/pipeline";
import { writeReport, type Report } from "../../../../src/app/report";
import type { SheetModel } from "../../../../src/port/sheet-model";
import { inspectXlsx } from "../../../support/xlsx-inspect";
import { pictureOf } from "./same-as-exceljs";

const SCRIPT = join(__dirname, "../../../../scripts/check-with-libreoffice.sh");
const hasSoffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;
const maybe = hasSoffice ? it : it.skip;

async function schoolWorkbook(sheets: SheetModel[]): Promise<ExcelJsWorkbook> {
  const written = ExcelJsWorkbook.create();
  for (const sheet of sheets) await written.writeSheet(sheet);
  return ExcelJsWorkbook.load(await written.toBuffer());
}

let report: Report;
let mine: Uint8Array;

beforeAll(async () => {
  const state = await runDemo(
    { schools: 3, seed: 1 },
    { schoolWorkbook, progress: () => undefined }
  );
  report = state.report!;
  const book = XlsxBookWriter.create();
  await writeReport(book, report);
  mine = await book.toBuffer();
}, 120_000);

describe("XlsxBookWriter: the demo report", () => {
  it("has Динамика over two synthetic earlier years and this one, with line charts", async () => {
    expect(report.history!.periods).toHaveLength(3);
    const dyn = (await inspectXlsx(mine)).sheet("Динамика");
    expect(Object.values(dyn.values)).toEqual(expect.arrayContaining(["Код", "DIAG"]));
    expect(dyn.charts.length).toBeGreaterThan(0);
    expect(report.json.history.find((h) => h.code === "DIAG")!.periods).toHaveLength(3);
  });

  it("is the workbook the ExcelJS adapter writes, sheet by sheet", async () => {
    const exceljs = ExcelJsWorkbook.create();
    await writeReport(exceljs, report);
    const theirs = await pictureOf(await exceljs.toBuffer());
    const ours = await pictureOf(mine);
    expect(ours.map(([name]) => name)).toEqual(theirs.map(([name]) => name));
    for (const [i, sheet] of ours.entries()) expect(sheet).toEqual(theirs[i]);
  }, 60_000);

  maybe(
    "opens in LibreOffice, which converts it to PDF, CSV and back to .xlsx with the sheets intact",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "pedmonitor-writer-lo-"));
      const file = join(dir, "demo.xlsx");
      writeFileSync(file, mine);
      const outDir = join(dir, "out");
      for (const format of ["pdf", "csv", "xlsx"]) {
        const output = execFileSync("bash", [SCRIPT, file, format], {
          env: { ...process.env, LO_PROFILE: join(dir, "profile"), LO_OUTDIR: outDir },
          encoding: "utf8",
        });
        expect(output).toContain(`ok: LibreOffice converted ${file} to ${format}`);
      }
      const back = await inspectXlsx(readFileSync(join(outDir, "demo.xlsx")));
      const ours = await inspectXlsx(mine);
      // LibreOffice has no "very hidden": such sheets come back merely hidden.
      const shown = (w: typeof back) => w.sheets.map((s) => [s.name, s.state === "visible"]);
      expect(shown(back)).toEqual(shown(ours));
      const data = "Сводные данные";
      expect(back.sheet(data).values.A2).toBe(ours.sheet(data).values.A2);
      expect(back.sheet(data).tables[0]?.headers).toEqual(ours.sheet(data).tables[0]?.headers);
    },
    240_000
  );
});
