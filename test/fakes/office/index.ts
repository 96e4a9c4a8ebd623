/**
 * An in-memory fake of the Office.js Excel surface the adapter uses, backed by real grids.
 * It counts context.sync() calls and measures every request's and response's payload.
 */
import type { ExcelRun, FeatureCheck } from "../../../src/adapters/officejs/excel-run";
import { CURRENT_EXCEL, FakeHost, type FakeHostDescription } from "./api-sets";
import { Recorder } from "./context";
import { FakeRequestContext } from "./worksheet";
import { BookState, SheetState } from "./state";

export { Recorder, jsonBytes } from "./context";
export type { SyncRecord } from "./context";
export { BookState, SheetState, FakeOfficeError } from "./state";
export {
  CURRENT_EXCEL,
  CURRENT_EXCEL_NPM_SCRIPT,
  EXCEL_1_12,
  EXCEL_1_9,
  FakeHost,
} from "./api-sets";
export type { FakeHostDescription } from "./api-sets";

export class FakeExcel {
  readonly book = new BookState();
  readonly recorder = new Recorder();
  /** Which requirement sets this Excel reports and its office.js has (api-sets.ts). */
  readonly host: FakeHost;

  constructor(host: FakeHostDescription = CURRENT_EXCEL) {
    this.host = new FakeHost(host);
  }

  /** Stands in for `Office.context.requirements.isSetSupported`: records what was detected. */
  get isSetSupported(): FeatureCheck {
    return this.host.isSetSupported;
  }

  /** The options of each `Excel.run(options, batch)` (e.g. `{ mergeUndoGroup: true }`). */
  readonly runOptions: Excel.RunOptions[] = [];

  /** Stands in for Excel.run, with or without its options (ExcelApi 1.20's mergeUndoGroup). */
  readonly run = (async (first: unknown, second?: unknown) => {
    const batch = (typeof first === "function" ? first : second) as (
      context: Excel.RequestContext
    ) => Promise<unknown>;
    if (typeof first !== "function") this.runOptions.push(first as Excel.RunOptions);
    const context = new FakeRequestContext(this.book, this.recorder, this.host);
    return batch(context as unknown as Excel.RequestContext);
  }) as ExcelRun & typeof Excel.run;

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

export { FakeSettings, memoryBacking } from "./settings";
export type { SettingsBacking } from "./settings";
