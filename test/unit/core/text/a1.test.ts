/** Issue 16 item 5: A1 addresses and sheet quoting once, for every adapter and the core. */
import fc from "fast-check";
import {
  cellA1,
  columnLetters,
  parseCellA1,
  parseRangeA1,
  quotedSheet,
  rangeA1,
  sheetReference,
} from "../../../../src/core/text/a1";

describe("A1 addresses", () => {
  it("writes cells, ranges and absolute ranges as Excel does", () => {
    expect(columnLetters(0)).toBe("A");
    expect(columnLetters(27)).toBe("AB");
    expect(columnLetters(16383)).toBe("XFD");
    expect(cellA1(0, 0)).toBe("A1");
    expect(cellA1(4, 2, true)).toBe("$C$5");
    expect(rangeA1({ row: 1, col: 1, rows: 1, cols: 1 })).toBe("B2");
    expect(rangeA1({ row: 1, col: 1, rows: 1, cols: 1 }, { full: true })).toBe("B2:B2");
    expect(rangeA1({ row: 0, col: 0, rows: 1, cols: 1 }, { absolute: true })).toBe("$A$1:$A$1");
    expect(rangeA1({ row: 0, col: 0, rows: 1501, cols: 115 }, { absolute: true })).toBe(
      "$A$1:$DK$1501"
    );
  });

  it("reads back what it writes", () => {
    fc.assert(
      fc.property(
        fc.record({
          row: fc.nat(1_048_575),
          col: fc.nat(16_383),
          rows: fc.integer({ min: 1, max: 50 }),
          cols: fc.integer({ min: 1, max: 50 }),
        }),
        fc.boolean(),
        (range, absolute) => {
          expect(parseRangeA1(rangeA1(range, { absolute }))).toEqual(range);
          expect(parseCellA1(cellA1(range.row, range.col, absolute))).toEqual({
            row: range.row,
            col: range.col,
          });
        }
      )
    );
    expect(() => parseCellA1("1A")).toThrow("Not a cell address");
  });

  it("quotes sheet names always, doubling inner quotes", () => {
    expect(quotedSheet("Педагоги")).toBe("'Педагоги'");
    expect(sheetReference("Д'Артаньян", "$A$1:$A$3")).toBe("'Д''Артаньян'!$A$1:$A$3");
  });
});
