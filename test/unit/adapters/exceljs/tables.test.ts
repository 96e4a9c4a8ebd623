import { ExcelJsWorkbook } from "../../../../src/adapters/exceljs/exceljs-workbook";
import { validTableName } from "../../../../src/adapters/ooxml/table-names";
import type { SheetModel } from "../../../../src/port/sheet-model";
import { reopened, saved, utc, WRITERS, writtenBy } from "./helpers";

const communities: SheetModel = {
  name: "Сообщества и проекты",
  headerRow: 0,
  cells: [
    ["Тип", "Название", "Уровень", "Участников из ОО"],
    ["Методическое объединение", "МО учителей математики", "Школьный", 7],
    ["Сетевое сообщество", "Учитель.рф", "Всероссийский", 2],
  ],
  tables: [
    { name: "Сообщества", range: { row: 0, col: 0, rows: 3, cols: 4 }, style: "TableStyleMedium2" },
  ],
};

describe.each(WRITERS)("%s: tables", (_writer, create) => {
  const written = (...sheets: SheetModel[]) => writtenBy(create, ...sheets);

  it("writes the table with its header names, filter buttons and no totals row", async () => {
    const [table] = (await written(communities)).sheet("Сообщества и проекты").tables;
    expect(table).toMatchObject({
      name: "Сообщества",
      ref: "A1:D3",
      headers: ["Тип", "Название", "Уровень", "Участников из ОО"],
      totalsRowCount: 0,
      totalsRowShown: "0",
      autoFilterRef: "A1:D3",
      hiddenButtons: 0,
      style: "TableStyleMedium2",
    });
  });

  it("gives a header-only table one empty data row (Excel needs one)", async () => {
    const empty = {
      ...communities,
      cells: [communities.cells[0]],
      tables: [{ name: "Сообщества", range: { row: 0, col: 0, rows: 1, cols: 4 } }],
    };
    const [table] = (await written(empty)).sheet("Сообщества и проекты").tables;
    expect(table.ref).toBe("A1:D2");
  });

  it("makes table names valid and unique in the workbook", async () => {
    expect(validTableName("Педагоги школы")).toBe("Педагоги_школы");
    expect(validTableName("2024 план")).toBe("_2024_план");
    expect(validTableName("A1")).toBe("_A1");
    const other = { ...communities, name: "Другой" };
    const file = await written(communities, other);
    expect(file.sheet("Другой").tables[0].name).toBe("Сообщества_2");
  });
});

describe("ExcelJS adapter: appending to tables", () => {
  it("appends rows below the data, grows the table, keeps the data format", async () => {
    const workbook = ExcelJsWorkbook.create();
    await workbook.writeSheet({
      ...communities,
      columns: [{}, {}, {}, { numberFormat: "0" }],
      styles: [{ range: { row: 1, col: 0, rows: 2, cols: 4 }, style: { border: true } }],
    });
    const loaded = await reopened(workbook);
    await loaded.appendRows("Сообщества и проекты", [
      ["Профессиональное сообщество", "Наставники", "Муниципальный", 4],
      ["Проект поддержки молодых педагогов", "Старт", "Региональный", 1],
    ]);
    const file = await saved(loaded);
    const s = file.sheet("Сообщества и проекты");
    expect(s.tables[0].ref).toBe("A1:D5");
    expect(s.tables[0].autoFilterRef).toBe("A1:D5");
    expect(s.values.B5).toBe("Старт");
    expect(file.numberFormatOf("Сообщества и проекты", "D5")).toBe("0");
    expect(s.xml).toMatch(/<c r="D5" s="(\d+)"/);
    expect((await (await reopened(loaded)).readSheet("Сообщества и проекты")).length).toBe(5);
  });

  it("appends into an empty header-only table starting at its first data row", async () => {
    const workbook = ExcelJsWorkbook.create();
    await workbook.writeSheet({
      ...communities,
      cells: [communities.cells[0]],
      tables: [{ name: "Сообщества", range: { row: 0, col: 0, rows: 1, cols: 4 } }],
    });
    await workbook.appendRows("Сообщества и проекты", [
      ["Сетевое сообщество", "X", "Школьный", utc(2024, 1, 1)],
    ]);
    const s = (await saved(workbook)).sheet("Сообщества и проекты");
    expect(s.values.A2).toBe("Сетевое сообщество");
    expect(s.tables[0].ref).toBe("A1:D2");
  });
});
