/**
 * The calculation block above a teachers table (src/core/consolidate/calc-block.ts):
 * the period and the parameters `Сводные данные` were computed with, so a range of
 * that sheet alone is enough for PEDMON.INDICATOR, INDICATOR.DETAIL and CLUSTERS.
 * Only the rows above the header row are looked at (at most 10, like the header search).
 */
import type { Grid, Period } from "../core/model";
import { findHeaderRow } from "../core/read/header";
import { BLOCK_HEADERS } from "../core/indicators/settings";
import { TEACHERS } from "../core/schema/school";
import { fold } from "../core/text/fold";
import { labelledPeriod } from "./args";

export interface TableBlock {
  /** The period under the passport's labels; undefined when the block has none. */
  period: Period | undefined;
  /** The rows holding the parameters (read like `Настройки`); null when there are none. */
  settings: Grid | null;
}

export function tableBlock(grid: Grid): TableBlock {
  const header = findHeaderRow(grid, TEACHERS.keyHeader);
  if (header <= 0) return { period: undefined, settings: null };
  const above = grid.slice(0, header);
  const hasParameters = above.some((row) =>
    row.some((c) => typeof c === "string" && BLOCK_HEADERS.has(fold(c)))
  );
  return { period: labelledPeriod(above), settings: hasParameters ? above : null };
}
