/**
 * The sheets of one synthetic school as its workbook holds them: the template's
 * sheets filled with its values, then the realistic mode's layout faults (a
 * sheet renamed, a header or passport label retyped) applied.
 */
import type { DemoSchool, LayoutFault } from "../../core/demo";
import type { SheetModel } from "../../port/sheet-model";
import { filledSchoolSheets } from "../template";

export function demoSchoolSheets(school: DemoSchool): SheetModel[] {
  const sheets = filledSchoolSheets(school);
  for (const fault of school.layout) applyLayout(sheets, fault);
  return sheets;
}

function applyLayout(sheets: SheetModel[], fault: LayoutFault): void {
  const sheet = sheets.find((s) => s.name === fault.sheet);
  if (!sheet) throw new Error(`Demo layout: no sheet ${fault.sheet}`);
  if (fault.kind === "renameSheet") {
    sheet.name = fault.to;
    return;
  }
  // A table's header is its header row; a passport's labels are its first column.
  const header = sheet.cells[sheet.headerRow ?? 0];
  const col = header.indexOf(fault.from);
  if (col >= 0) {
    header[col] = fault.to;
    return;
  }
  const row = sheet.cells.find((r) => r[0] === fault.from);
  if (!row) throw new Error(`Demo layout: no header ${fault.from} in ${fault.sheet}`);
  row[0] = fault.to;
}
