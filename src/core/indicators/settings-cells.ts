/** Tolerant reading of `Настройки` cells (a sheet people edit by hand). */
import type { CellValue } from "../model";
import type { Direction } from "../schema/values";
import { fold } from "../text/fold";

export function cellText(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

export function cellKey(cell: CellValue | undefined): string {
  return fold(cellText(cell));
}

const NUMBER_TEXT = /^[+-]?\d+(?:[.,]\d+)?%?$/;

/** A number, "12,5", "12.5" or "30%"; null for an empty cell; undefined when unreadable. */
export function cellNumber(cell: CellValue | undefined): number | null | undefined {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : undefined;
  const text = cellText(cell).replace(/[\s\u00a0\u202f]/g, "");
  if (text === "") return null;
  if (typeof cell === "boolean" || cell instanceof Date || !NUMBER_TEXT.test(text))
    return undefined;
  return Number(text.replace("%", "").replace(",", "."));
}

const DIRECTIONS: Record<string, Direction> = {
  "≥": "≥",
  ">=": "≥",
  "=>": "≥",
  ">": "≥",
  "≤": "≤",
  "<=": "≤",
  "=<": "≤",
  "<": "≤",
  "—": "—",
  "-": "—",
  "–": "—",
  нет: "—",
  нейтральное: "—",
  нейтральный: "—",
};

/** ≥ / ≤ and their ASCII spellings, «—» (or «нет») for neutral; null for empty; undefined when unreadable. */
export function cellDirection(cell: CellValue | undefined): Direction | null | undefined {
  const text = cellText(cell).replace(/\s+/g, "");
  if (text === "") return null;
  return DIRECTIONS[text.toLowerCase()];
}
