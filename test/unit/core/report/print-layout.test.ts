import {
  DOCUMENT_FOOTER,
  MIN_FIT_SCALE,
  PAGE_FOOTER,
  columnPx,
  linesOf,
  printLayout,
  printableHeightPt,
  printableWidthPx,
} from "../../../../src/core/report/print-layout";
import type { OutCell, SheetModel } from "../../../../src/port/sheet-model";

const table = (widths: number[], rows = 3, extra: Partial<SheetModel> = {}): SheetModel => ({
  name: "Лист",
  cells: [
    widths.map((_, c) => `Столбец ${c + 1}`),
    ...Array.from({ length: rows }, (_, r) => widths.map((_, c) => r * 100 + c)),
  ],
  headerRow: 0,
  columns: widths.map((width) => ({ width })),
  ...extra,
});

const totalPx = (model: SheetModel): number =>
  (model.columns ?? []).reduce((sum, c) => sum + columnPx(c.width ?? 8.43), 0);

describe("print layout", () => {
  it("prints a narrow table portrait on A4, header repeated, pages numbered", () => {
    const page = printLayout(table([12, 30, 12, 12])).pageSetup!;
    expect(page).toMatchObject({
      orientation: "portrait",
      paper: "A4",
      fitToWidth: true,
      repeatRows: { first: 0, last: 0 },
      footer: PAGE_FOOTER,
      centerHorizontally: true,
    });
    expect(PAGE_FOOTER.right).toBe("Страница &P из &N");
  });

  it("prints a table wider than a portrait page landscape, fitted to the width", () => {
    const model = printLayout(table([10, 60, 10, 11, 12, 10, 11, 8, 16, 12, 10, 12]));
    expect(model.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: true });
    expect(model.pageSetup!.repeatCols).toBeUndefined();
    // Fitted at a legible scale: at least 65 %.
    expect(printableWidthPx("landscape") / totalPx(model)).toBeGreaterThanOrEqual(0.65);
  });

  it("never squeezes 42 columns onto one width: pages across with the key columns repeated", () => {
    const widths = [12, 30, ...Array.from({ length: 40 }, () => 14)];
    const model = printLayout(table(widths, 13, { freeze: { rows: 1, cols: 2 } }));
    expect(model.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToWidth: false,
      repeatCols: { first: 0, last: 1 },
    });
    // 70 %: 9 value columns a page beside the key columns where 80 % gives 7 (6 pages, not 7).
    expect(model.pageSetup!.scale).toBe(70);
    expect(model.pageSetup!.scale! / 100).toBeGreaterThanOrEqual(MIN_FIT_SCALE);
  });

  it("prints pages across at the largest scale among those giving the fewest pages", () => {
    // 14 value columns: two pages across at 100 %, and at 70 % still two.
    const widths = [12, 30, ...Array.from({ length: 14 }, () => 14)];
    const model = printLayout(table(widths, 13, { freeze: { rows: 1, cols: 2 } }));
    expect(model.pageSetup).toMatchObject({ fitToWidth: false, scale: 100 });
  });

  it("takes the key columns from the sheet's hint", () => {
    const widths = Array.from({ length: 50 }, () => 14);
    const model = printLayout(table(widths, 2, { print: { keyColumns: 3 } }));
    expect(model.pageSetup!.repeatCols).toEqual({ first: 0, last: 2 });
  });

  it("keeps a wrapped column's width when no narrowing reaches a legible fit (pages across instead)", () => {
    // `Настройки`: a 60-wide title beside blocks of ~300 more units; narrowed to 14 for a fit
    // it never reached, every title wrapped over 8–12 lines and the sheet printed 14 pages.
    const title = "Доля педагогических работников и управленческих кадров, прошедших диагностику";
    const widths = [
      18, 60, 12, 14, 18, 18, 3, 44, 36, 3, 30, 10, 10, 8, 23, 14, 28, 44, 36, 14, 15,
    ];
    const cells: OutCell[][] = [
      widths.map((_, c) => `Столбец ${c + 1}`),
      widths.map((_, c) => (c === 1 ? title : c)),
    ];
    const model = printLayout({
      name: "Настройки",
      cells,
      headerRow: 0,
      columns: widths.map((width) => ({ width })),
      styles: [{ range: { row: 1, col: 1, rows: 1, cols: 1 }, style: { wrap: true } }],
    });
    expect(model.pageSetup!.fitToWidth).toBe(false);
    expect(model.columns![1].width).toBe(60);
    expect(model.rowHeights![1] ?? 15).toBeLessThanOrEqual(30);
  });

  it("still narrows a wrapped column when that reaches the fit", () => {
    const widths = [10, 120, 40, 40, 30];
    const cells: OutCell[][] = [
      widths.map((_, c) => `Столбец ${c + 1}`),
      widths.map((_, c) => (c === 1 ? "текст ".repeat(40).trim() : c)),
    ];
    const model = printLayout({
      name: "Лист",
      cells,
      headerRow: 0,
      columns: widths.map((width) => ({ width })),
      styles: [{ range: { row: 1, col: 1, rows: 1, cols: 1 }, style: { wrap: true } }],
    });
    expect(model.pageSetup!.fitToWidth).toBe(true);
    expect(model.columns![1].width).toBeLessThan(120);
    expect(printableWidthPx("landscape") / totalPx(model)).toBeGreaterThanOrEqual(0.65);
  });

  it("narrows a very wide wrapped column to the page and gives its rows the height of their text", () => {
    const text = "Направить на повышение квалификации по программам реестра. ".repeat(12).trim();
    const model = printLayout({
      name: "Рекомендации",
      cells: [
        ["Код", "Текст", "Ещё", "Ещё", "Ещё"],
        ["A", text, 1, 2, 3],
      ],
      headerRow: 0,
      columns: [{ width: 10 }, { width: 250 }, { width: 10 }, { width: 10 }, { width: 10 }],
      styles: [{ range: { row: 1, col: 1, rows: 1, cols: 1 }, style: { wrap: true } }],
    });
    const width = model.columns![1].width!;
    expect(width).toBeLessThan(250);
    expect(model.pageSetup!.fitToWidth).toBe(true);
    expect(printableWidthPx("landscape") / totalPx(model)).toBeGreaterThanOrEqual(0.65);
    const lines = linesOf(text, Math.floor(width - 1));
    expect(model.rowHeights![1]).toBeGreaterThanOrEqual(lines * 15);
  });

  it("wraps long unwrapped text that the next cell would cut, and widens a column for a short code", () => {
    const list = Array.from({ length: 60 }, (_, i) => String(10001 + i)).join(", ");
    const model = printLayout({
      name: "Лист",
      cells: [
        ["Код", "Показатель", "Номера"],
        ["DIAG_BEFORE_PK", "Доля", list],
      ],
      headerRow: 0,
      columns: [{ width: 8 }, { width: 20 }, { width: 30 }],
    });
    expect(model.columns![0].width).toBeGreaterThanOrEqual("DIAG_BEFORE_PK".length);
    const wrap = model.styles!.find((s) => s.style.wrap && s.range.col === 2);
    expect(wrap?.range).toEqual({ row: 1, col: 2, rows: 1, cols: 1 });
    expect(model.rowHeights![1]).toBeGreaterThanOrEqual(linesOf(list, 29) * 15);
  });

  it("keeps a header word whole", () => {
    const model = printLayout({
      name: "Лист",
      cells: [
        ["Код", "Знаменатель"],
        ["A", 1],
      ],
      headerRow: 0,
      columns: [{ width: 6 }, { width: 6 }],
    });
    expect(model.columns![1].width).toBeGreaterThanOrEqual("Знаменатель".length + 1);
  });

  it("prints a document portrait with the page number in the footer's centre", () => {
    const paragraphs: OutCell[][] = Array.from({ length: 30 }, (_, i) => [
      `Абзац ${i + 1}. ` + "Текст аналитической справки. ".repeat(10),
    ]);
    const model = printLayout({
      name: "Аналитическая справка",
      cells: paragraphs,
      columns: [{ width: 100 }],
      styles: [{ range: { row: 0, col: 0, rows: 30, cols: 1 }, style: { wrap: true } }],
      print: { document: true },
    });
    expect(model.pageSetup).toMatchObject({
      orientation: "portrait",
      fitToWidth: true,
      footer: DOCUMENT_FOOTER,
    });
    expect(DOCUMENT_FOOTER.center).toBe("Страница &P из &N");
    expect(columnPx(model.columns![0].width!)).toBeLessThanOrEqual(printableWidthPx("portrait"));
  });

  it("takes a builder's portrait page setup for a document", () => {
    const model = printLayout({
      name: "Справка",
      cells: [["Текст справки"], ["Ещё абзац"]],
      columns: [{ width: 60 }, { width: 40 }],
      pageSetup: { orientation: "portrait", paper: "A4", fitToWidth: true },
    });
    expect(model.pageSetup).toMatchObject({ orientation: "portrait", footer: DOCUMENT_FOOTER });
    expect(model.pageSetup!.repeatRows).toBeUndefined();
  });

  it("starts a chart below a long table on a page of its own, no taller than the page, inside the print area", () => {
    const base = table([10, 60, 10, 12], 40, {
      charts: [
        {
          kind: "bar",
          title: "Значение и цель",
          categories: { row: 1, col: 0, rows: 40, cols: 1 },
          series: [{ name: "Значение", values: { row: 1, col: 2, rows: 40, cols: 1 } }],
          anchor: { row: 42, col: 0, rows: 60, cols: 8 },
        },
      ],
    });
    const model = printLayout(base);
    const anchor = model.charts![0].anchor;
    expect(anchor.rows * 15).toBeLessThanOrEqual(printableHeightPt(model.pageSetup!.orientation));
    expect(model.pageSetup!.rowBreaks).toEqual([41]);
    expect(model.pageSetup!.printArea).toEqual({
      row: 0,
      col: 0,
      rows: anchor.row + anchor.rows,
      cols: 8,
    });
  });

  it("counts a page fitted below 100 % as taller: two charts that fit it share a page", () => {
    const chart = (row: number) => ({
      kind: "line" as const,
      title: "Доли",
      categories: { row: 0, col: 2, rows: 1, cols: 2 },
      series: [{ name: "Доля", values: { row: 1, col: 2, rows: 1, cols: 2 } }],
      anchor: { row, col: 0, rows: 16, cols: 2 },
    });
    const charts = [chart(5), chart(22)];
    // 3 rows, then two charts of 240 pt: 570 pt, more than a landscape page at 100 % holds.
    const wide = printLayout(table([16, 60, 14, 21, 21, 21, 30, 30], 3, { charts }));
    expect(wide.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: true });
    const scale = printableWidthPx("landscape") / totalPx(wide);
    expect(scale).toBeLessThan(0.8);
    expect(wide.pageSetup!.rowBreaks).toBeUndefined();
    // The same at 100 %: the second chart starts a page.
    const narrow = printLayout(table([16, 60, 14, 21, 21, 21], 3, { charts }));
    expect(narrow.pageSetup!.rowBreaks).toEqual([21]);
  });

  it("moves a chart drawn right of the table below it", () => {
    const model = printLayout(
      table([10, 20], 3, {
        charts: [
          {
            kind: "column",
            title: "До и после",
            categories: { row: 1, col: 0, rows: 3, cols: 1 },
            series: [{ name: "Значение", values: { row: 1, col: 1, rows: 3, cols: 1 } }],
            anchor: { row: 1, col: 11, rows: 18, cols: 9 },
          },
        ],
      })
    );
    expect(model.charts![0].anchor).toMatchObject({ row: 5, col: 0 });
  });

  it("leaves hidden sheets and sheets that opt out as they are", () => {
    const hidden = { ...table([10]), visibility: "hidden" as const };
    expect(printLayout(hidden)).toBe(hidden);
    const own = { ...table([10]), print: { skip: true } };
    expect(printLayout(own)).toBe(own);
  });

  it("counts wrapped lines by words and by paragraphs", () => {
    expect(linesOf("", 10)).toBe(1);
    expect(linesOf("один два три", 8)).toBe(2);
    expect(linesOf("a\nb\nc", 10)).toBe(3);
    expect(linesOf("x".repeat(25), 10)).toBe(3);
  });
});
