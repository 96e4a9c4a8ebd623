/**
 * An in-memory fake of the Office.js Excel surface the adapter uses, backed by real grids.
 * It counts context.sync() calls and measures every request's and response's payload.
 */
import type { ExcelRun } from "../../../src/adapters/officejs/excel-run";
import { Recorder } from "./context";
import { FakeRequestContext } from "./worksheet";
import { BookState, SheetState } from "./state";

export { Recorder, jsonBytes } from "./context";
export type { SyncRecord } from "./context";
export { BookState, SheetState, FakeOfficeError } from "./state";

export class FakeExcel {
  readonly book = new BookState();
  readonly recorder = new Recorder();

  /** Stands in for Excel.run. */
  readonly run: ExcelRun = async (batch) => {
    const context = new FakeRequestContext(this.book, this.recorder);
    return batch(context as unknown as Excel.RequestContext);
  };

  /** Workbooks opened by createWorkbook, as their bytes. */
  readonly opened: Uint8Array[] = [];

  /** Stands in for Excel.createWorkbook (ExcelApi 1.8): records the workbook it would open. */
  readonly createWorkbook = async (base64?: string): Promise<void> => {
    this.opened.push(Uint8Array.from(atob(base64 ?? ""), (ch) => ch.charCodeAt(0)));
  };

  addSheet(name: string, rows: (string | number | boolean | null)[][] = []): SheetState {
    const sheet = new SheetState(name);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === "") return;
        const cell =
          typeof value === "number"
            ? { kind: "number" as const, value }
            : typeof value === "boolean"
              ? { kind: "boolean" as const, value }
              : { kind: "text" as const, value };
        sheet.setCell(r, c, cell);
      })
    );
    this.book.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): SheetState {
    return this.book.get(name);
  }
}
