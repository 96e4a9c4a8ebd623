/**
 * Charts in print: below the table rather than on pages of their own across, no taller than
 * a page, starting a page when they do not fit the room left, inside the print area.
 */
import type { ChartModel, RangeRef, SheetModel } from "../../port/sheet-model";
import { LINE_POINTS } from "./print-text";

/** A chart right of the cells would print on pages of its own across: it goes below them. */
export function belowCells(chart: ChartModel, rows: number, cols: number): ChartModel {
  if (chart.anchor.col < cols) return chart;
  return { ...chart, anchor: { ...chart.anchor, row: rows + 1, col: 0 } };
}

/** A chart no taller than a page (it would be cut in two). */
export function fitChart(
  chart: ChartModel,
  heights: Record<number, number>,
  room: number
): ChartModel {
  let rows = chart.anchor.rows;
  while (rows > 1 && heightOf(heights, chart.anchor.row, rows) > room) rows -= 1;
  return rows === chart.anchor.rows ? chart : { ...chart, anchor: { ...chart.anchor, rows } };
}

/**
 * Charts below the table go on pages whole: a page starts before a chart that does not fit
 * the room left, on the empty row above it (LibreOffice also draws, cut, a chart that touches
 * the previous page's last row).
 */
export function chartBreaks(
  model: SheetModel,
  heights: Record<number, number>,
  room: number
): number[] {
  const below = (model.charts ?? [])
    .filter((c) => c.anchor.row > 0 && c.anchor.row >= model.cells.length)
    .sort((a, b) => a.anchor.row - b.anchor.row);
  const breaks: number[] = [];
  let used = heightOf(heights, 0, model.cells.length);
  let end = model.cells.length; // the first row after what is placed
  for (const { anchor } of below) {
    const bottom = anchor.row + anchor.rows;
    if (anchor.row < end) {
      // Overlaps the previous chart: placed with it.
      used += heightOf(heights, end, Math.max(0, bottom - end));
      end = Math.max(end, bottom);
      continue;
    }
    const needed = heightOf(heights, end, bottom - end);
    if (used + needed > room) {
      const at = anchor.row > end ? anchor.row - 1 : anchor.row;
      breaks.push(at);
      used = heightOf(heights, at, bottom - at);
    } else used += needed;
    end = bottom;
  }
  return breaks;
}

/** The cells and the charts together. */
export function withCharts(rows: number, cols: number, charts: readonly ChartModel[]): RangeRef {
  let bottom = rows;
  let right = cols;
  for (const { anchor } of charts) {
    bottom = Math.max(bottom, anchor.row + anchor.rows);
    right = Math.max(right, anchor.col + anchor.cols);
  }
  return { row: 0, col: 0, rows: bottom, cols: right };
}

export function heightOf(heights: Record<number, number>, from: number, count: number): number {
  let points = 0;
  for (let r = from; r < from + count; r += 1) points += heights[r] ?? LINE_POINTS;
  return points;
}
