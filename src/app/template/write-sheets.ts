/** Write ready sheet models into a new workbook and record them as ПедМонитор's own (registry). */
import type { SheetModel } from "../../port/sheet-model";
import type { WorkbookPort } from "../../port/workbook-port";
import { addOwnedSheet, readRegistry, writeRegistry } from "../registry";

export async function writeOwnedSheets(
  port: WorkbookPort,
  sheets: readonly SheetModel[]
): Promise<void> {
  const registry = await readRegistry(port);
  for (const sheet of sheets) {
    await port.writeSheet(sheet);
    addOwnedSheet(registry, sheet.name);
  }
  await writeRegistry(port, registry);
}
