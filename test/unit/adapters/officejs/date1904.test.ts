/**
 * A 1904 workbook through Office.js: the fake's book counts serials from 1904-01-01 and its
 * DATE answers accordingly. The add-in works in 1900 serials; the adapter converts at the edge.
 */
import { OfficeWorkbook } from "../../../../src/adapters/officejs/office-workbook";
import { dayOf } from "../../../../src/core/time/day";
import { FakeExcel } from "../../../fakes/office";

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

function setup(date1904: boolean) {
  const excel = new FakeExcel();
  excel.book.date1904 = date1904;
  const workbook = new OfficeWorkbook(excel.run, {
    pause: () => Promise.resolve(),
    isSetSupported: () => true,
  });
  return { excel, workbook };
}

describe("Office.js in a 1904 workbook", () => {
  it("reads date cells as the 1900 serials the rest of the add-in expects, other numbers as they are", async () => {
    const { excel, workbook } = setup(true);
    const sheet = excel.addSheet("Педагоги", [
      ["ФИО", "Дата рождения", "Стаж"],
      ["Иванова Мария", 27759, 12], // 01.01.1980 in the 1904 system
    ]);
    sheet.setFormat({ row: 1, col: 1, rows: 1, cols: 1 }, "numberFormat", "dd.mm.yyyy", 1);
    const grid = await workbook.readSheet("Педагоги");
    expect(grid[1]).toEqual(["Иванова Мария", 29221, 12]);
    expect(excel.recorder.syncCount).toBe(2); // the probe rides with the used range
  });

  it("writes dates and date validation bounds as 1904 serials, appends too", async () => {
    const { excel, workbook } = setup(true);
    await workbook.writeSheet({
      name: "Аттестация",
      cells: [["Дата"], [utc(1980, 1, 1)]],
      validations: [
        {
          range: { row: 1, col: 0, rows: 10, cols: 1 },
          rule: { kind: "date", min: dayOf(2000, 1, 1), max: dayOf(2030, 12, 31) },
        },
        { range: { row: 1, col: 1, rows: 10, cols: 1 }, rule: { kind: "date" } },
      ],
    });
    await workbook.appendRows("Аттестация", [[utc(2024, 1, 5)]]);
    const sheet = excel.sheet("Аттестация");
    expect(sheet.cell(1, 0)).toEqual({ kind: "number", value: 27759 });
    expect(sheet.cell(2, 0)).toEqual({ kind: "number", value: 45296 - 1462 });
    expect(sheet.validations[0].rule).toEqual({
      date: { operator: "Between", formula1: `=${36526 - 1462}`, formula2: `=${47848 - 1462}` },
    });
    expect(sheet.validations[1].rule).toEqual({
      date: { operator: "GreaterThanOrEqualTo", formula1: "=0" },
    });
  });

  it("changes nothing in a 1900 workbook", async () => {
    const { excel, workbook } = setup(false);
    const sheet = excel.addSheet("Педагоги", [["Дата"], [29221]]);
    sheet.setFormat({ row: 1, col: 0, rows: 1, cols: 1 }, "numberFormat", "dd.mm.yyyy", 1);
    expect((await workbook.readSheet("Педагоги"))[1]).toEqual([29221]);
    await workbook.appendRows("Педагоги", [[utc(1980, 1, 1)]]);
    expect(sheet.cell(2, 0)).toEqual({ kind: "number", value: 29221 });
  });
});
