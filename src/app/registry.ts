/**
 * The project registry: a very hidden sheet listing the sheets the project
 * created and the validation marks it made, so later steps replace or clear
 * only what is the project's own and never touch a person's sheet.
 */
import type { CellValue } from "../core/model";
import type { OutCell } from "../port/sheet-model";
import type { MarkRecord, WorkbookPort } from "../port/workbook-port";

export const REGISTRY_SHEET = "_ПедМонитор";
const TITLE = "ПедМонитор: служебный лист, не изменяйте";
const VERSION = 1;
const SHEET_ROW = "sheet";
const MARK_ROW = "mark";

export interface Registry {
  /** Sheets the project created, in creation order. */
  sheets: string[];
  /** Validation marks per sheet, with the fills they replaced. */
  marks: Map<string, MarkRecord[]>;
}

export function emptyRegistry(): Registry {
  return { sheets: [], marks: new Map() };
}

export async function readRegistry(port: WorkbookPort): Promise<Registry> {
  const names = await port.sheetNames();
  if (!names.includes(REGISTRY_SHEET)) return emptyRegistry();
  return parseRegistry(await port.readSheet(REGISTRY_SHEET));
}

export async function writeRegistry(port: WorkbookPort, registry: Registry): Promise<void> {
  await port.writeSheet({
    name: REGISTRY_SHEET,
    cells: registryCells(registry),
    visibility: "veryHidden",
  });
}

export function parseRegistry(grid: CellValue[][]): Registry {
  const registry = emptyRegistry();
  for (const row of grid.slice(1)) {
    const [kind, sheet, r, c, fill] = row;
    if (typeof sheet !== "string" || sheet === "") continue;
    if (kind === SHEET_ROW) addOwnedSheet(registry, sheet);
    if (kind === MARK_ROW && typeof r === "number" && typeof c === "number") {
      const list = registry.marks.get(sheet) ?? [];
      list.push({ row: r, col: c, previousFill: typeof fill === "string" && fill ? fill : null });
      registry.marks.set(sheet, list);
    }
  }
  return registry;
}

export function registryCells(registry: Registry): OutCell[][] {
  const rows: OutCell[][] = [[TITLE, VERSION]];
  for (const sheet of registry.sheets) rows.push([SHEET_ROW, sheet]);
  for (const [sheet, records] of registry.marks) {
    for (const m of records) rows.push([MARK_ROW, sheet, m.row, m.col, m.previousFill]);
  }
  return rows;
}

/** Sheet names compare as Excel compares them: without regard to case. */
export function sameSheet(a: string, b: string): boolean {
  return a.toLocaleLowerCase("ru") === b.toLocaleLowerCase("ru");
}

export function ownsSheet(registry: Registry, name: string): boolean {
  return registry.sheets.some((s) => sameSheet(s, name));
}

export function addOwnedSheet(registry: Registry, name: string): void {
  if (!ownsSheet(registry, name)) registry.sheets.push(name);
}
