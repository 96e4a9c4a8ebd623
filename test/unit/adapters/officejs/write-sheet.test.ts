import { OfficeWorkbook } from "../../../../src/adapters/officejs/office-workbook";
import { MAX_PAYLOAD_BYTES } from "../../../../src/adapters/officejs/chunks";
import { LIMITS, truncate } from "../../../../src/core/text/validation-limits";
import { FakeExcel } from "../../../fakes/office";
import { templateLikeSheet } from "./template-model";

const noPause = () => Promise.resolve();

function setup() {
  const excel = new FakeExcel();
  const workbook = new OfficeWorkbook(excel.run, { pause: noPause, isSetSupported: () => true });
  return { excel, workbook };
}

describe("OfficeWorkbook.writeSheet", () => {
  it.each([10, 5_000])(
    "writes a new template-like sheet of %i rows in exactly 2 syncs",
    async (rows) => {
      const { excel, workbook } = setup();
      await workbook.writeSheet(templateLikeSheet("Педагоги", rows));
      expect(excel.recorder.syncCount).toBe(2);
      expect(excel.sheet("Педагоги").usedBox()).toEqual({
        row: 0,
        col: 0,
        rows: rows + 2,
        cols: 5,
      });
    }
  );

  it("sets 20,000 printed row heights (runs of one height together) in one sync with the values", async () => {
    const { excel, workbook } = setup();
    const rows = 20_000;
    const rowHeights: Record<number, number> = {};
    for (let r = 1; r <= rows; r += 1) rowHeights[r] = r % 1000 < 500 ? 30 : 45;
    rowHeights[rows + 5] = 60;
    await workbook.writeSheet({
      ...templateLikeSheet("Рекомендации", rows),
      rowHeights,
    });
    expect(excel.recorder.syncCount).toBe(2);
    const heights = excel.sheet("Рекомендации").rowHeights;
    expect(heights.get(1)).toBe(30);
    expect(heights.get(500)).toBe(45);
    expect(heights.get(rows)).toBe(30);
    expect(heights.get(rows + 5)).toBe(60);
    expect(heights.has(rows + 4)).toBe(false);
  });

  it("replaces an existing sheet in place in exactly 3 syncs, keeping its position", async () => {
    const { excel, workbook } = setup();
    excel.addSheet("Паспорт ОО");
    await workbook.writeSheet(templateLikeSheet("Педагоги", 50));
    excel.addSheet("Сообщества");
    excel.recorder.reset();
    await workbook.writeSheet(templateLikeSheet("Педагоги", 10));
    expect(excel.recorder.syncCount).toBe(3);
    expect(excel.book.sheets.map((s) => s.name)).toEqual(["Паспорт ОО", "Педагоги", "Сообщества"]);
    const sheet = excel.sheet("Педагоги");
    expect(sheet.tables).toHaveLength(1);
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.validations).toHaveLength(4);
    expect(sheet.conditionalFormats).toHaveLength(1);
    expect(sheet.usedBox()?.rows).toBe(12); // the 50 old rows are gone
  });

  // Tables, list values, bounds, links, charts, printing, freeze, merges, widths, tab colour:
  // the port contract (test/contract). Here: how the Office.js adapter spells them for Excel.
  it("spells validation, formats, links and charts as Office.js wants them", async () => {
    const { excel, workbook } = setup();
    await workbook.writeSheet(templateLikeSheet("Педагоги", 3));
    const sheet = excel.sheet("Педагоги");
    const [list, date, whole, length] = sheet.validations;
    expect(list.rule).toEqual({
      list: { inCellDropDown: true, source: "Без категории,Первая,Высшая" },
    });
    expect(list.prompt).toEqual({
      showPrompt: true,
      title: "Категория",
      message: "Выберите из списка",
    });
    expect(list.errorAlert).toMatchObject({ showAlert: true, style: "Stop", title: "Ошибка" });
    expect(date.rule).toEqual({
      date: { operator: "Between", formula1: "=14611", formula2: "=40543" },
    });
    expect(whole.rule).toEqual({ wholeNumber: { operator: "Between", formula1: 0, formula2: 70 } });
    expect(length.rule).toEqual({ textLength: { operator: "LessThanOrEqualTo", formula1: 500 } });
    expect(sheet.conditionalFormats[0]).toMatchObject({
      type: "CellValue",
      fill: "#FFEB9C",
      rule: { operator: "EqualTo", formula1: '="Без категории"' },
    });
    expect(sheet.hyperlinks.get("A1")).toEqual({
      documentReference: "'Паспорт ОО'!A1",
      textToDisplay: "Педагоги школы",
    });
    expect(sheet.charts[0]).toMatchObject({ type: "BarClustered", position: ["H3", "O17"] });
    expect(sheet.charts[0].series[0]).toEqual({
      name: "Стаж",
      values: { row: 2, col: 3, rows: 3, cols: 1 },
      xValues: { row: 2, col: 0, rows: 3, cols: 1 },
    });
    expect(sheet.pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(sheet.columnWidths.get(0)).toBeCloseTo(161.25); // 30 characters
    expect(sheet.formatAt(50_000, 1, "numberFormat")).toBe("dd.mm.yyyy"); // the whole column
    expect(sheet.formatAt(1, 1, "numberFormat")).toBeUndefined(); // not the header
    expect(sheet.formatAt(1, 2, "border.InsideVertical")).toBe("Continuous");
    expect(sheet.cell(2, 1)).toEqual({ kind: "number", value: 29221 }); // 1980-01-01 as a serial
  });

  it("adds a line chart (ExcelApi 1.1 LineMarkers) whose series run along rows as one series each", async () => {
    const { excel, workbook } = setup();
    await workbook.writeSheet({
      name: "Динамика",
      cells: [
        ["Код", "2023/24", "2024/25"],
        ["DIAG", 20, 25],
        ["IOM", 5, 12],
      ],
      charts: [
        {
          kind: "line",
          title: "Доли, %",
          categories: { row: 0, col: 1, rows: 1, cols: 2 },
          series: [
            { name: "DIAG", values: { row: 1, col: 1, rows: 1, cols: 2 } },
            { name: "IOM", values: { row: 2, col: 1, rows: 1, cols: 2 } },
          ],
          anchor: { row: 4, col: 0, rows: 10, cols: 6 },
        },
      ],
    });
    const chart = excel.sheet("Динамика").charts[0];
    expect(chart).toMatchObject({ type: "LineMarkers", seriesBy: "Rows", title: "Доли, %" });
    expect(chart.series.map((s) => s.name)).toEqual(["DIAG", "IOM"]);
    expect(chart.series[1]).toMatchObject({
      values: { row: 2, col: 1, rows: 1, cols: 2 },
      xValues: { row: 0, col: 1, rows: 1, cols: 2 },
    });
  });

  it("clips validation texts to Excel's limits, as the file writers do", async () => {
    const { excel, workbook } = setup();
    const model = templateLikeSheet("Педагоги", 3);
    const long = (n: number) => "Очень длинный текст подсказки. ".repeat(n);
    model.validations![0] = {
      ...model.validations![0],
      prompt: { title: long(3), message: long(20) },
      error: { title: long(3), message: long(20) },
    };
    await workbook.writeSheet(model);
    const [list] = excel.sheet("Педагоги").validations;
    expect(list.prompt).toMatchObject({
      title: truncate(long(3), LIMITS.promptTitle),
      message: truncate(long(20), LIMITS.prompt),
    });
    expect(list.errorAlert).toMatchObject({
      title: truncate(long(3), LIMITS.errorTitle),
      message: truncate(long(20), LIMITS.error),
    });
    const lengths = [list.prompt!.title!, list.prompt!.message!];
    lengths.push(list.errorAlert!.title!, list.errorAlert!.message!);
    [32, 255, 32, 225].forEach((max, i) => {
      expect(lengths[i].length).toBeLessThanOrEqual(max);
      expect(lengths[i].endsWith("…")).toBe(true);
    });
  });

  it("writes 50,000 rows in chunks, every request within 4 MB", async () => {
    const { excel, workbook } = setup();
    const model = templateLikeSheet("Педагоги", 50_000);
    model.cells = model.cells.map((row, r) =>
      r < 2 ? row : [...row, "Длинный комментарий о повышении квалификации ".repeat(2)]
    );
    await workbook.writeSheet({ ...model, columns: undefined });
    const { syncs } = excel.recorder;
    const chunks = syncs.filter((s) => s.requestBytes > 100_000).length; // not the probe
    expect(chunks).toBeGreaterThan(1);
    expect(syncs.length).toBe(1 + chunks); // the probe, then one sync per chunk
    expect(excel.recorder.maxRequestBytes()).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
    const sheet = excel.sheet("Педагоги");
    expect(sheet.usedBox()).toEqual({ row: 0, col: 0, rows: 50_002, cols: 6 });
    expect(sheet.cell(50_001, 0)).toEqual({ kind: "text", value: "Иванова Мария Петровна 49999" });
  });

  it("writes text that looks like a formula, a number or a boolean as text", async () => {
    const { excel, workbook } = setup();
    const texts = [
      "=SUM(A1:A3)",
      "+7 (999) 123-45-67",
      "-5",
      "@школа",
      "'цитата",
      "007",
      "12.05.2024",
      "ИСТИНА",
      "обычный текст",
    ];
    await workbook.writeSheet({
      name: "Текст",
      cells: [
        texts,
        [
          { formula: "=1+1", result: 2 },
          { formula: "SUM(A1)", result: 0 },
        ],
      ],
    });
    const sheet = excel.sheet("Текст");
    texts.forEach((text, c) => expect(sheet.cell(0, c)).toEqual({ kind: "text", value: text }));
    expect(sheet.cell(1, 0)).toEqual({ kind: "formula", formula: "=1+1" });
    expect(sheet.cell(1, 1)).toEqual({ kind: "formula", formula: "=SUM(A1)" });
    expect((await workbook.readSheet("Текст"))[0]).toEqual(texts);
  });

  it("puts a list too long for Excel's typed-in source on the very hidden «_Списки» sheet, once", async () => {
    const { excel, workbook } = setup();
    const codes = Array.from({ length: 40 }, (_, i) => `INDICATOR_${i}`);
    const sheetWith = (name: string) => ({
      name,
      cells: [["Код"], [null]],
      validations: [
        {
          range: { row: 1, col: 0, rows: 1, cols: 1 },
          rule: { kind: "list" as const, values: codes },
        },
        {
          range: { row: 1, col: 1, rows: 1, cols: 1 },
          rule: { kind: "list" as const, values: ["один, два", "три"] },
        },
      ],
    });
    await workbook.writeSheet(sheetWith("Меры"));
    const lists = excel.sheet("_Списки");
    expect(lists.visibility).toBe("VeryHidden");
    expect(lists.cell(39, 0)).toEqual({ kind: "text", value: "INDICATOR_39" });
    expect(lists.cell(0, 1)).toEqual({ kind: "text", value: "один, два" });
    const [long, comma] = excel.sheet("Меры").validations;
    expect(long.rule).toEqual({ list: { inCellDropDown: true, source: "='_Списки'!$A$1:$A$40" } });
    expect(comma.rule).toEqual({ list: { inCellDropDown: true, source: "='_Списки'!$B$1:$B$2" } });
    await workbook.writeSheet(sheetWith("Меры 2"));
    expect(excel.sheet("Меры 2").validations[0].rule).toEqual(long.rule);
    expect(excel.sheet("_Списки").usedBox()?.cols).toBe(2); // reused, not grown
  });
});
