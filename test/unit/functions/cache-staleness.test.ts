/**
 * The custom-function cache recognises a range by a sampled fingerprint and must
 * confirm a hit cell by cell: a change in a row the fingerprint does not sample
 * (not among the first or last 8, not every 64th) still gives a fresh value.
 */
import * as F from "../../../src/functions/functions";
import { fingerprint, sameGrid } from "../../../src/functions/grid-hash";
import { clearTableCache } from "../../../src/functions/table-cache";
import { teachersRange } from "./excel-range";

const ROWS = 200;
const EXPERT = "Экспертная деятельность";

beforeEach(() => clearTableCache());

/** A fresh copy, as Excel hands every call, with one cell changed in grid row `r`. */
function withCell(grid: (string | number)[][], r: number, header: string, value: string) {
  const copy = grid.map((row) => row.slice());
  copy[r][grid[0].indexOf(header)] = value;
  return copy;
}

describe("custom-function range cache", () => {
  const base = teachersRange(Array.from({ length: ROWS }, () => ({})));

  it.each([100, 150, ROWS - 9])(
    "a change in unsampled row %i gives a fresh value, not the cached one",
    (r) => {
      expect(F.indicator("EXPERT", base)).toBe(0);
      const changed = withCell(base, r, EXPERT, "Да");
      // The fingerprint cannot see the change: only the full comparison can.
      expect(fingerprint(changed)).toBe(fingerprint(base));
      expect(F.indicator("EXPERT", changed)).toBeCloseTo(100 / ROWS, 10);
    }
  );

  it("sameGrid compares every row, not only the sampled ones", () => {
    const changed = withCell(base, 100, EXPERT, "Да");
    expect(
      sameGrid(
        base,
        base.map((row) => row.slice())
      )
    ).toBe(true);
    expect(sameGrid(base, changed)).toBe(false);
    expect(sameGrid(base, withCell(base, ROWS, EXPERT, "Да"))).toBe(false);
  });
});
