/**
 * The values a chart shows now, cached in its part so that readers that do
 * not recalculate still draw it. Both writers read their cells through
 * `valueAt` (0-based), so the caching rules live in one place.
 */
import type { CellValue } from "../../core/model";
import type { ChartModel, RangeRef } from "../../port/sheet-model";
import type { ChartData } from "./charts";
import { plainText } from "./plain-text";

export type ValueAt = (row: number, col: number) => CellValue;

function valuesIn(range: RangeRef, valueAt: ValueAt): CellValue[] {
  const values: CellValue[] = [];
  for (let r = range.row; r < range.row + range.rows; r += 1) {
    for (let c = range.col; c < range.col + range.cols; c += 1) values.push(valueAt(r, c));
  }
  return values;
}

export function chartDataOf(chart: ChartModel, valueAt: ValueAt): ChartData {
  return {
    categories: valuesIn(chart.categories, valueAt).map(plainText),
    series: chart.series.map((s) => ({
      name: s.name,
      values: valuesIn(s.values, valueAt).map((v) => (typeof v === "number" ? v : null)),
    })),
  };
}
