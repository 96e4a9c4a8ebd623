import { OfficeWorkbook } from "../../../../src/adapters/officejs/office-workbook";
import { MAX_PAYLOAD_BYTES } from "../../../../src/adapters/officejs/chunks";
import { withCellEditRetry } from "../../../../src/adapters/officejs/excel-run";
import { FakeExcel } from "../../../fakes/office";

function rows(count: number, cols: number): (string | number | null)[][] {
  const out: (string | number | null)[][] = [
    Array.from({ length: cols }, (_, c) => `Заголовок ${c + 1}`),
  ];
  for (let r = 1; r < count; r++) {
    out.push(
      Array.from({ length: cols }, (_, c) =>
        c % 3 === 0 ? `Текст ${r}-${c}` : c % 3 === 1 ? r * 1.5 + c : null
      )
    );
  }
  return out;
}

function setup(pauses = { count: 0 }) {
  const excel = new FakeExcel();
  const pause = () => {
    pauses.count++;
    return Promise.resolve();
  };
  return {
    excel,
    workbook: new OfficeWorkbook(excel.run, { pause, isSetSupported: () => true }),
    pauses,
  };
}

describe("OfficeWorkbook.readSheet", () => {
  it("reads 100 rows in 2 syncs: the used range, then one chunk", async () => {
    const { excel, workbook } = setup();
    excel.addSheet("Педагоги", rows(100, 42));
    const grid = await workbook.readSheet("Педагоги");
    expect(excel.recorder.syncCount).toBe(2);
    expect(grid).toHaveLength(100);
    expect(grid[5][0]).toBe("Текст 5-0");
    expect(grid[5][1]).toBe(5 * 1.5 + 1);
    expect(grid[5][2]).toBeNull();
  });

  it("reads 50,000 × 42 in one used-range sync plus chunks, each response within 4 MB", async () => {
    const { excel, workbook, pauses } = setup();
    excel.addSheet("Педагоги", rows(50_000, 42));
    const grid = await workbook.readSheet("Педагоги");
    const { syncs } = excel.recorder;
    const chunks = syncs.filter((s) => s.responseBytes > 0);
    expect(syncs.length - chunks.length).toBe(1); // the same fixed cost as for 100 rows
    expect(excel.recorder.maxResponseBytes()).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
    const total = chunks.reduce((sum, s) => sum + s.responseBytes, 0);
    // After the first chunk the size adapts: at most ~1.5× more chunks than a perfect packing.
    expect(chunks.length).toBeLessThanOrEqual(Math.ceil((total * 1.5) / 3_500_000) + 2);
    expect(pauses.count).toBe(chunks.length - 1);
    expect(grid).toHaveLength(50_000);
    expect(grid[49_999][0]).toBe("Текст 49999-0");
    expect(grid[49_999]).toHaveLength(42);
  });

  it("reads from A1 even when the data starts further down and right", async () => {
    const { excel, workbook } = setup();
    excel.addSheet("Лист", [
      [null, null],
      [null, "x"],
    ]);
    expect(await workbook.readSheet("Лист")).toEqual([
      [null, null],
      [null, "x"],
    ]);
  });

  it("reads an empty sheet as no rows", async () => {
    const { excel, workbook } = setup();
    excel.addSheet("Пусто");
    expect(await workbook.readSheet("Пусто")).toEqual([]);
    expect(excel.recorder.syncCount).toBe(1);
  });

  it("retries when Excel is in cell-edit mode", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Лист", [["a"]]);
    excel.recorder.failNextSync = "InvalidOperationInCellEditMode";
    const workbook = new OfficeWorkbook(withCellEditRetry(excel.run, 1), {
      isSetSupported: () => true,
    });
    expect(await workbook.readSheet("Лист")).toEqual([["a"]]);
  });
});

describe("OfficeWorkbook, other operations", () => {
  it("lists sheets in order in one sync", async () => {
    const { excel, workbook } = setup();
    excel.addSheet("Паспорт ОО");
    excel.addSheet("Педагоги");
    expect(await workbook.sheetNames()).toEqual(["Паспорт ОО", "Педагоги"]);
    expect(excel.recorder.syncCount).toBe(1);
  });

  it("appends rows below the last used row", async () => {
    const { excel, workbook } = setup();
    excel.addSheet("Журнал", [
      ["Дата", "Событие"],
      [45000, "Проверка"],
    ]);
    await workbook.appendRows("Журнал", [
      [45001, "=не формула"],
      [45002, null],
    ]);
    expect(await workbook.readSheet("Журнал")).toEqual([
      ["Дата", "Событие"],
      [45000, "Проверка"],
      [45001, "=не формула"],
      [45002, null],
    ]);
  });

  it("deletes a sheet, and ignores one that is not there", async () => {
    const { excel, workbook } = setup();
    excel.addSheet("Сводка");
    await workbook.deleteSheet("Сводка");
    await workbook.deleteSheet("Сводка");
    expect(excel.book.sheets).toHaveLength(0);
  });

  it("selects a cell for the task pane", async () => {
    const { excel, workbook } = setup();
    excel.addSheet("Паспорт ОО");
    excel.addSheet("Педагоги");
    await workbook.selectCell("Педагоги", 4, 2);
    expect(excel.book.active).toBe("Педагоги");
    expect(excel.book.selection).toEqual({ sheet: "Педагоги", address: "C5" });
    expect(excel.recorder.syncCount).toBe(1);
  });
});
