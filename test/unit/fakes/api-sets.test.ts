// The fake holds the adapter to Office's contract on requirement sets (test/fakes/office/api-sets.ts).
import {
  CURRENT_EXCEL,
  CURRENT_EXCEL_NPM_SCRIPT,
  EXCEL_1_12,
  FakeExcel,
  type FakeHostDescription,
} from "../../fakes/office";

/** What `sheet.notes` gives inside Excel.run on a host, after the given detections. */
async function notesOn(host: FakeHostDescription, detect: string[]): Promise<unknown> {
  const excel = new FakeExcel(host);
  excel.addSheet("Лист1");
  for (const version of detect) excel.isSetSupported("ExcelApi", version);
  return excel.run(async (context) => context.workbook.worksheets.getItem("Лист1").notes);
}

describe("requirement sets in the fake", () => {
  it("rejects sheet.notes on a host without ExcelApi 1.18", async () => {
    await expect(notesOn(EXCEL_1_12, [])).rejects.toThrow(/ApiNotDetected.*Worksheet\.notes/);
    // isSetSupported said no: using it anyway is still refused.
    await expect(notesOn(EXCEL_1_12, ["1.18"])).rejects.toThrow(/ApiNotDetected/);
  });

  it("has no sheet.notes at all when the loaded office.js lacks it, whatever the host says", async () => {
    await expect(notesOn(CURRENT_EXCEL_NPM_SCRIPT, ["1.18"])).resolves.toBeUndefined();
    await expect(notesOn(CURRENT_EXCEL_NPM_SCRIPT, [])).resolves.toBeUndefined();
  });

  it("refuses notes used without detection even where the host has them", async () => {
    await expect(notesOn(CURRENT_EXCEL, [])).rejects.toThrow(/ApiNotDetected/);
    await expect(notesOn(CURRENT_EXCEL, ["1.10"])).rejects.toThrow(/ApiNotDetected/);
    const notes = (await notesOn(CURRENT_EXCEL, ["1.18"])) as { add?: unknown };
    expect(typeof notes.add).toBe("function");
  });

  it("answers isSetSupported for the host, not for the loaded script", () => {
    const excel = new FakeExcel(CURRENT_EXCEL_NPM_SCRIPT);
    expect(excel.isSetSupported("ExcelApi", "1.18")).toBe(true);
    expect(excel.isSetSupported("ExcelApi", "1.21")).toBe(false);
    expect(excel.isSetSupported("WordApi", "1.1")).toBe(false);
  });

  it("leaves members up to the manifest's ExcelApi 1.9 free to use", async () => {
    const excel = new FakeExcel(EXCEL_1_12);
    excel.addSheet("Лист1", [["a"]]);
    const values = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Лист1");
      const range = sheet.getUsedRangeOrNullObject(true).load("values"); // ExcelApi 1.4
      sheet.getRangeByIndexes(0, 0, 1, 1).getCellProperties({ format: { fill: { color: true } } });
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([["a"]]);
  });
});
