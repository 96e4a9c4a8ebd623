/**
 * The very hidden sheet `_Списки` of a new workbook: one column per distinct
 * list too long (or too comma-laden) for an inline validation list, reused
 * when the same list is asked for again. Created, like the ExcelJS adapter
 * does, at the tab position it has when the first such list is written.
 */
import type { SheetModel } from "../../port/sheet-model";
import { rangeA1, sheetReference } from "../../core/text/a1";
import { LIST_SHEET } from "../ooxml/formats";
import { maxOf } from "../../core/arrays";

export class ListSheet {
  private readonly lists: (readonly string[])[];

  /** `existing`: the columns a workbook's `_Списки` already holds (validations refer to them). */
  constructor(existing: readonly (readonly string[])[] = []) {
    this.lists = [...existing];
  }

  get count(): number {
    return this.lists.length;
  }

  /** The range holding `values`, added as a new column when no column holds them yet. */
  sourceOf(values: readonly string[]): string {
    let col = this.lists.findIndex(
      (l) => l.length === values.length && l.every((v, i) => v === values[i])
    );
    if (col < 0) {
      col = this.lists.length;
      this.lists.push([...values]);
    }
    const range = { row: 0, col, rows: Math.max(values.length, 1), cols: 1 };
    return sheetReference(LIST_SHEET, rangeA1(range, { absolute: true }));
  }

  model(): SheetModel {
    const rows = maxOf(
      this.lists.map((l) => l.length),
      0
    );
    const cells = Array.from({ length: rows }, (_, r) => this.lists.map((l) => l[r] ?? null));
    return { name: LIST_SHEET, cells, visibility: "veryHidden" };
  }
}
