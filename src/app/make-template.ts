/**
 * Make a standard workbook: write the school or municipality template sheets
 * into the open workbook. Refuses, writing nothing, when a sheet of the same
 * name exists, unless asked to replace; records what it created.
 */
import type { SheetModel } from "../port/sheet-model";
import type { WorkbookPort } from "../port/workbook-port";
import { addOwnedSheet, readRegistry, sameSheet, writeRegistry } from "./registry";
import { municipalityTemplateSheets, schoolTemplateSheets } from "./template";

export type TemplateLevel = "school" | "municipality";

export interface MakeTemplateResult {
  /** Sheets written, in order; empty when refused. */
  created: string[];
  /** Existing sheets that a template sheet would replace. */
  conflicts: string[];
}

export function templateSheets(level: TemplateLevel): SheetModel[] {
  return level === "school" ? schoolTemplateSheets() : municipalityTemplateSheets();
}

export async function makeTemplate(
  port: WorkbookPort,
  level: TemplateLevel,
  options: { replace: boolean }
): Promise<MakeTemplateResult> {
  const sheets = templateSheets(level);
  const existing = await port.sheetNames();
  const conflicts = existing.filter((name) => sheets.some((s) => sameSheet(s.name, name)));
  if (conflicts.length > 0 && !options.replace) return { created: [], conflicts };
  const registry = await readRegistry(port);
  for (const sheet of sheets) {
    await port.writeSheet(sheet);
    addOwnedSheet(registry, sheet.name);
    // A replaced sheet starts clean: old marks point at cells that are gone.
    for (const marked of [...registry.marks.keys()])
      if (sameSheet(marked, sheet.name)) registry.marks.delete(marked);
  }
  await writeRegistry(port, registry);
  return { created: sheets.map((s) => s.name), conflicts };
}
