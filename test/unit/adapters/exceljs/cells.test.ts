import type { SheetModel } from "../../../../src/port/sheet-model";
import { reopened, utc, WRITERS, writtenBy } from "./helpers";

const sheet: SheetModel = {
  name: "Данные",
  headerRow: 0,
  cells: [
    ["Текст", "Число", "Дата", "Логика", "Формула", "Своя функция"],
    [
      "Иванов",
      12.5,
      utc(2024, 2, 29),
      true,
      { formula: "=B2*2", result: 25 },
      { formula: "ПЕДМОНИТОР.ДОЛЯ(A2)", result: 0.5, custom: true },
    ],
    ["=1+1", -3, null, false, { formula: "SUM(B2:B3)", result: null }, null],
    ["+79001234567", 0, utc(1999, 12, 31), null, null, null],
    ["-", null, null, null, null, "@почта"],
  ],
  columns: [{ width: 30 }, { numberFormat: "0.00" }, { numberFormat: "ДД.ММ.ГГГГ", width: 12 }],
};

describe.each(WRITERS)("%s: cells", (_writer, create) => {
  const written = (...sheets: SheetModel[]) => writtenBy(create, ...sheets);

  it("keeps text that looks like a formula as text: no <f>, a shared string", async () => {
    const file = await written(sheet);
    const s = file.sheet("Данные");
    for (const address of ["A3", "A4", "A5", "F5"]) {
      expect(s.formulas[address]).toBeUndefined();
      expect(s.types[address]).toBe("s");
    }
    expect(s.values.A3).toBe("=1+1");
    expect(s.values.A4).toBe("+79001234567");
    expect(s.values.F5).toBe("@почта");
  });

  it("writes formulas with their cached result, and custom functions as the result only", async () => {
    const s = (await written(sheet)).sheet("Данные");
    expect(s.formulas.E2).toBe("B2*2");
    expect(s.values.E2).toBe(25);
    expect(s.formulas.F2).toBeUndefined();
    expect(s.values.F2).toBe(0.5);
    expect(s.formulas.E3).toBe("SUM(B2:B3)");
  });

  it("writes dates as date cells formatted dd.mm.yyyy and the column formats below the header", async () => {
    const file = await written(sheet);
    const s = file.sheet("Данные");
    expect(s.values.C2).toBe(45351); // 29.02.2024 as an Excel serial
    expect(file.numberFormatOf("Данные", "C2")).toBe("dd.mm.yyyy");
    expect(file.numberFormatOf("Данные", "B2")).toBe("0.00");
    expect(file.numberFormatOf("Данные", "B1")).toBe("General");
    expect(s.xml).toMatch(/<col min="1" max="1" width="30"/);
  });

  it("round-trips values: write, load, readSheet", async () => {
    const workbook = create();
    await workbook.writeSheet(sheet);
    const grid = await (await reopened(workbook)).readSheet("Данные");
    expect(grid).toEqual([
      ["Текст", "Число", "Дата", "Логика", "Формула", "Своя функция"],
      ["Иванов", 12.5, utc(2024, 2, 29), true, 25, 0.5],
      ["=1+1", -3, null, false, null, null],
      ["+79001234567", 0, utc(1999, 12, 31), null, null, null],
      ["-", null, null, null, null, "@почта"],
    ]);
    const date = grid[1][2] as Date;
    expect(date.getUTCHours()).toBe(0);
  });
});
