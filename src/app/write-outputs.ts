/**
 * Write the project's output sheets into a workbook: each is created or
 * replaced only when it is the project's own (recorded in the registry) or
 * absent; a person's sheet with the same name is left alone and reported.
 */
import type { SheetModel } from "../port/sheet-model";
import type { WorkbookPort } from "../port/workbook-port";
import { addOwnedSheet, ownsSheet, readRegistry, sameSheet, writeRegistry } from "./registry";

export interface WriteOutputsResult {
  written: string[];
  /** Sheets not written because a sheet of that name belongs to a person. */
  skipped: string[];
}

export async function writeOutputSheets(
  port: WorkbookPort,
  sheets: readonly SheetModel[]
): Promise<WriteOutputsResult> {
  const names = await port.sheetNames();
  const registry = await readRegistry(port);
  const result: WriteOutputsResult = { written: [], skipped: [] };
  for (const sheet of sheets) {
    const existing = names.find((n) => sameSheet(n, sheet.name));
    if (existing !== undefined && !ownsSheet(registry, existing)) {
      result.skipped.push(sheet.name);
      continue;
    }
    await port.writeSheet(sheet);
    addOwnedSheet(registry, sheet.name);
    result.written.push(sheet.name);
  }
  await writeRegistry(port, registry);
  return result;
}
