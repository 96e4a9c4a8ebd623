/**
 * Issue 12: PEDMON formulas in the Office fake evaluate through the real custom functions,
 * with Excel's ~5 MB argument cap. A report written through the Office.js adapter shows in
 * `Сводка` exactly the values of its JSON, read back live; the hidden tally sheet is there.
 */
import { OfficeWorkbook } from "../../../../src/adapters/officejs/office-workbook";
import { buildReport, openSources, writeReport, type Report } from "../../../../src/app/report";
import { filledSchoolSheets } from "../../../../src/app/template";
import { generateMunicipality } from "../../../../src/core/demo";
import { FULL_PROFILE_ID, PROFILES, defaultSettings } from "../../../../src/core/indicators";
import { SUMMARY_HEADERS } from "../../../../src/core/report";
import { CONSOLIDATED_TEACHERS, OUTPUT_SHEETS, TALLIES } from "../../../../src/core/schema";
import { ARGUMENT_CAP_BYTES } from "../../../../src/functions/arg-size";
import { FakeExcel } from "../../../fakes/office";
import { evaluateFormula, parseFormula } from "../../../fakes/office/formulas";
import { MemoryWorkbook } from "../../app/memory-workbook";

const profile = PROFILES.find((p) => p.id === FULL_PROFILE_ID)!;
const ZIP = [0x50, 0x4b, 0x03, 0x04];

async function demoReport(): Promise<Report> {
  const demo = generateMunicipality({ schools: 3, seed: 9 });
  const inputs = demo.map((s, i) => ({ name: s.fileName, bytes: new Uint8Array([...ZIP, i]) }));
  const opened = await openSources(
    inputs,
    async (bytes) => new MemoryWorkbook(filledSchoolSheets(demo[bytes[ZIP.length]]))
  );
  return buildReport(opened.schools, opened.issues, {
    settings: { ...defaultSettings(), youngAgeLimit: 33 },
    profile,
  });
}

function officeBook(excel: FakeExcel) {
  return new OfficeWorkbook(excel.run, {
    pause: () => Promise.resolve(),
    isSetSupported: () => true,
  });
}

describe("the fake's formula evaluator", () => {
  it("parses what the add-in writes and nothing else", () => {
    expect(parseFormula(`=PEDMON.INDICATOR("A""B",'It''s'!$A$1:$B$2,12.5,C3)`, "Own")).toEqual({
      name: "PEDMON.INDICATOR",
      args: [
        { kind: "text", value: 'A"B' },
        { kind: "range", sheet: "It's", box: { row: 0, col: 0, rows: 2, cols: 2 } },
        { kind: "number", value: 12.5 },
        { kind: "range", sheet: "Own", box: { row: 2, col: 2, rows: 1, cols: 1 } },
      ],
    });
    const excel = new FakeExcel();
    excel.addSheet("Лист", [[1]]);
    for (const bad of [
      "=1+1",
      "=SUM(A1)",
      '=PEDMON.INDICATOR("DIAG",A1',
      '=PEDMON.INDICATOR("DIAG",,)',
      "=PEDMON.INDICATOR(A1 B2)",
    ])
      expect(evaluateFormula(excel.book, "Лист", bad).value).toBe("#NAME?");
    expect(evaluateFormula(excel.book, "Лист", '=PEDMON.STATUS(80,"DIAG")').value).toBe(
      "соответствие"
    );
    expect(evaluateFormula(excel.book, "Лист", '=PEDMON.INDICATOR("НЕТ",A1)').value).toBe(
      "#VALUE!"
    );
  });

  it("fails a call whose argument is over Excel's cap, as Excel does", () => {
    const excel = new FakeExcel();
    const long = "ж".repeat(1000); // 2,000 bytes in UTF-8
    const rows = Math.ceil(ARGUMENT_CAP_BYTES / 2000) + 10;
    excel.addSheet("Большой", [["Табельный номер"], ...Array.from({ length: rows }, () => [long])]);
    const over = evaluateFormula(
      excel.book,
      "Большой",
      `=PEDMON.INDICATOR("DIAG",A1:A${rows + 1})`
    );
    expect(over.value).toBe("#VALUE!");
    expect(over.largestArgBytes).toBeGreaterThan(ARGUMENT_CAP_BYTES);
    expect(over.error).toMatch(/cap/);
    const under = evaluateFormula(excel.book, "Большой", `=PEDMON.INDICATOR("DIAG",A1:A100)`);
    expect(under.error).not.toMatch(/cap/);
  });
});

describe("a report written through the Office.js adapter, read back live", () => {
  let report: Report;
  let excel: FakeExcel;
  beforeAll(async () => {
    report = await demoReport();
    excel = new FakeExcel();
    await writeReport(officeBook(excel), report);
  });

  it("`Сводка` shows every value of the report's JSON through live PEDMON formulas", async () => {
    const summary = excel.sheet(OUTPUT_SHEETS.summary);
    const grid = await officeBook(excel).readSheet(OUTPUT_SHEETS.summary);
    const header = grid.findIndex((row) => row[0] === SUMMARY_HEADERS[0]);
    const valueCol = SUMMARY_HEADERS.indexOf("Значение");
    let live = 0;
    for (let r = header + 1; r < grid.length; r++) {
      const code = grid[r][0] as string;
      const json = report.json.indicators.find((x) => x.code === code && x.scope === "total")!;
      const cell = summary.cell(r, valueCol);
      if (cell?.kind === "formula") {
        live++;
        expect(cell.formula).toContain(`'${TALLIES.name}'!`);
        const evaluation = evaluateFormula(excel.book, summary.name, cell.formula);
        expect(evaluation.largestArgBytes).toBeLessThan(ARGUMENT_CAP_BYTES);
      }
      expect({ code, value: grid[r][valueCol] ?? null }).toEqual({ code, value: json.value });
    }
    expect(live).toBeGreaterThan(25);
    expect(excel.sheet(TALLIES.name).visibility).toBe("Hidden");
  });

  it("a formula a person types over `Сводные данные` alone gives the report's total and a school's value", async () => {
    const data = excel.sheet(CONSOLIDATED_TEACHERS.name);
    const used = data.usedBox()!;
    const range = `'${CONSOLIDATED_TEACHERS.name}'!A1:AS${used.row + used.rows}`;
    const school = report.json.schools[1].code;
    const sheet = excel.addSheet("Мои формулы");
    sheet.setCell(0, 0, { kind: "formula", formula: `=PEDMON.INDICATOR("DIAG",${range})` });
    sheet.setCell(0, 1, {
      kind: "formula",
      formula: `=PEDMON.INDICATOR("AGE_U35",${range},"${school}")`,
    });
    const [[total, young]] = await officeBook(excel).readSheet("Мои формулы");
    const want = (code: string, scope: string) =>
      report.json.indicators.find((x) => x.code === code && x.scope === scope)!.value;
    expect(total).toBe(want("DIAG", "total"));
    expect(young).toBe(want("AGE_U35", school));
  });
});
