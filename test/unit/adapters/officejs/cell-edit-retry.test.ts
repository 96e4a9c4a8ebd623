import { withCellEditRetry } from "../../../../src/adapters/officejs/excel-run";
import { MARK_FILL } from "../../../../src/adapters/officejs/marks";
import { OfficeWorkbook } from "../../../../src/adapters/officejs/office-workbook";
import { FakeExcel } from "../../../fakes/office";

/** Excel refuses the sync after `after` others went through, once: the user was typing. */
function setup(after: number) {
  const excel = new FakeExcel();
  const workbook = new OfficeWorkbook(withCellEditRetry(excel.run, 0), {
    pause: () => Promise.resolve(),
    isSetSupported: excel.isSetSupported,
  });
  const refuseOnce = () => {
    excel.recorder.failNextSync = "InvalidOperationInCellEditMode";
    excel.recorder.failAfterSyncs = after;
  };
  return { excel, workbook, refuseOnce };
}

describe("retries after a cell-edit refusal", () => {
  it("appends rows exactly once when a chunk after the first was refused", async () => {
    const { excel, workbook, refuseOnce } = setup(2); // used range and chunk 1 pass, chunk 2 refused
    excel.addSheet("Свод", [["ФИО", "Примечание"]]);
    const long = "я".repeat(1000); // 2 KB of JSON a row: 3,000 rows are two chunks
    const rows = Array.from({ length: 3000 }, (_, i) => [`П${i}`, long]);
    refuseOnce();
    await workbook.appendRows("Свод", rows);
    const sheet = excel.sheet("Свод");
    expect(excel.recorder.syncs.length).toBeGreaterThan(3); // the refusal happened and was retried
    expect(sheet.usedBox()?.rows).toBe(3001);
    expect(sheet.cell(1, 0)).toEqual({ kind: "text", value: "П0" });
    expect(sheet.cell(3000, 0)).toEqual({ kind: "text", value: "П2999" });
  });

  it("records the fills from before the marks when the last sync was refused", async () => {
    const { excel, workbook, refuseOnce } = setup(2); // chunk 1 read, chunk 2 read + chunk 1 written
    const rows = Array.from({ length: 2500 }, (_, i) => [`П${i}`, i]);
    const sheet = excel.addSheet("Педагоги", rows);
    const marks = rows.map((_, row) => ({ row, col: 1, message: "проверьте" }));
    refuseOnce();
    const records = await workbook.markCells("Педагоги", marks);
    expect(records).toHaveLength(2500);
    expect(records.every((r) => r.previousFill === null)).toBe(true);
    expect(sheet.formatAt(2499, 1, "fill.color")).toBe(MARK_FILL);
    await workbook.clearMarks("Педагоги", records);
    expect(sheet.formatAt(0, 1, "fill.color")).toBeNull();
  });
});
