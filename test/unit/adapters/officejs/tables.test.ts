import { OfficeWorkbook } from "../../../../src/adapters/officejs/office-workbook";
import { FakeExcel } from "../../../fakes/office";
import { FakeRequestContext } from "../../../fakes/office/worksheet";
import { templateLikeSheet } from "./template-model";

function setup() {
  const excel = new FakeExcel();
  const workbook = new OfficeWorkbook(excel.run, {
    pause: () => Promise.resolve(),
    isSetSupported: () => true,
  });
  return { excel, workbook };
}

describe("tables written through Office.js", () => {
  it("takes a free name when another sheet holds a table of the same name, and writes everything", async () => {
    const { excel, workbook } = setup();
    const other = excel.addSheet("Копия", [["ФИО"], ["Иванова"]]);
    other.tables.push({ name: "ПЕДАГОГИ", box: { row: 0, col: 0, rows: 2, cols: 1 }, style: "" });
    await workbook.writeSheet(templateLikeSheet("Педагоги", 3));
    expect(excel.recorder.syncCount).toBe(2); // the names are read in the sync it already makes
    const sheet = excel.sheet("Педагоги");
    expect(sheet.tables.map((t) => t.name)).toEqual(["Педагоги_2"]);
    expect(sheet.validations).toHaveLength(4); // the rest of the structure went through
    expect(sheet.charts).toHaveLength(1);
    expect(other.tables.map((t) => t.name)).toEqual(["ПЕДАГОГИ"]);
  });

  it("keeps the name of the table it replaces on the same sheet", async () => {
    const { excel, workbook } = setup();
    await workbook.writeSheet(templateLikeSheet("Педагоги", 3));
    await workbook.writeSheet(templateLikeSheet("Педагоги", 5));
    expect(excel.sheet("Педагоги").tables.map((t) => t.name)).toEqual(["Педагоги"]);
  });

  it("makes a name Excel would refuse valid (a space, a cell reference)", async () => {
    const { excel, workbook } = setup();
    const model = templateLikeSheet("Педагоги", 3);
    await workbook.writeSheet({ ...model, tables: [{ ...model.tables![0], name: "Итоги 2025" }] });
    await workbook.writeSheet({
      ...model,
      name: "Б",
      tables: [{ ...model.tables![0], name: "A1" }],
    });
    expect(excel.sheet("Педагоги").tables.map((t) => t.name)).toEqual(["Итоги_2025"]);
    expect(excel.sheet("Б").tables.map((t) => t.name)).toEqual(["_A1"]);
  });

  it("puts the table on the sheet it writes while another sheet is active", async () => {
    const { excel, workbook } = setup();
    excel.addSheet("Паспорт ОО");
    excel.book.active = "Паспорт ОО";
    await workbook.writeSheet(templateLikeSheet("Педагоги", 3));
    expect(excel.sheet("Паспорт ОО").tables).toEqual([]);
    expect(excel.sheet("Педагоги").tables).toHaveLength(1);
  });
});

describe("the fake's tables.add, as Excel's", () => {
  async function add(address: string) {
    const excel = new FakeExcel();
    excel.addSheet("Лист 1", [["A"], [1]]);
    excel.addSheet("Лист 2", [["B"], [2]]);
    const context = new FakeRequestContext(excel.book, excel.recorder);
    context.workbook.tables.add(address, true);
    await context.sync();
    return excel;
  }

  it("refuses an address without its sheet (Excel would use the active sheet)", async () => {
    await expect(add("A1:A2")).rejects.toThrow(/no sheet/);
  });

  it("adds to the sheet the address names", async () => {
    const excel = await add("'Лист 2'!A1:A2");
    expect(excel.sheet("Лист 2").tables).toHaveLength(1);
    expect(excel.sheet("Лист 1").tables).toHaveLength(0);
  });

  it.each(["Итоги 2025", "A1", "R1C1", "1таблица"])(
    "refuses the name %j, as Excel does",
    async (name) => {
      const excel = new FakeExcel();
      excel.addSheet("Лист 2", [["B"], [2]]);
      const context = new FakeRequestContext(excel.book, excel.recorder);
      context.workbook.tables.add("'Лист 2'!A1:A2", true).name = name;
      await expect(context.sync()).rejects.toThrow(/not valid/);
    }
  );

  it("refuses a name another sheet's table holds, ignoring case", async () => {
    const excel = new FakeExcel();
    excel
      .addSheet("Лист 1")
      .tables.push({ name: "Итоги", box: { row: 0, col: 0, rows: 2, cols: 1 }, style: "" });
    excel.addSheet("Лист 2", [["B"], [2]]);
    const context = new FakeRequestContext(excel.book, excel.recorder);
    context.workbook.tables.add("'Лист 2'!A1:A2", true).name = "ИТОГИ";
    await expect(context.sync()).rejects.toThrow(/taken/);
  });
});
