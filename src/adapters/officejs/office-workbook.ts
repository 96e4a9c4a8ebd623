/**
 * The workbook port on Office.js. Every operation costs a bounded number of `context.sync()`
 * calls: a fixed few, plus one per chunk of values that the 4 MB payload budget requires,
 * whatever the number of rows. Between chunks the adapter yields to the event loop so that
 * Excel stays responsive on 100,000-row sheets. See docs/decisions/officejs.md.
 */
import type { Grid } from "../../core/model";
import type { SheetModel } from "../../port/sheet-model";
import type { CellMark, MarkRecord, Progress, WorkbookPort } from "../../port/workbook-port";
import { NO_PROGRESS } from "../../port/workbook-port";
import { fromExcelValue, jsonBytes, type ExcelValue } from "./cells";
import { probeDateShift, toSerials1900 } from "./date-system";
import {
  FIRST_READ_BYTES_PER_CELL,
  READ_SAFETY_FACTOR,
  heaviestRowBytes,
  planWriteChunks,
  readChunkRows,
} from "./chunks";
import type { ExcelRun, FeatureCheck } from "./excel-run";
import {
  errorCode,
  excelRun,
  nextMacrotask,
  officeFeatureCheck,
  withCellEditRetry,
} from "./excel-run";
import { clearMarks, markCells, newMarkProgress } from "./marks";
import { placeLongLists } from "./list-sheet";
import { excelRows, structureSteps } from "./render-sheet";
import { packSteps } from "./structure-steps";

export interface OfficeWorkbookOptions {
  isSetSupported?: FeatureCheck;
  /** Awaited between chunks; by default the next macrotask. */
  pause?: () => Promise<void>;
  progress?: Progress;
}

interface UsedArea {
  rows: number;
  cols: number;
}

const PAYLOAD_ERRORS = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
]);

export class OfficeWorkbook implements WorkbookPort {
  private readonly isSetSupported: FeatureCheck;
  private readonly pause: () => Promise<void>;
  private readonly progress: Progress;

  constructor(
    private readonly run: ExcelRun = withCellEditRetry(excelRun),
    options: OfficeWorkbookOptions = {}
  ) {
    this.isSetSupported = options.isSetSupported ?? officeFeatureCheck;
    this.pause = options.pause ?? nextMacrotask;
    this.progress = options.progress ?? NO_PROGRESS;
  }

  sheetNames(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      return sheets.items.map((sheet) => sheet.name);
    });
  }

  readSheet(name: string): Promise<Grid> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(name);
      const probe = probeDateShift(context);
      const area = await usedArea(context, sheet);
      const dateShift = probe();
      const grid: Grid = [];
      // A 1904 workbook's chunks also bring number formats back: which numbers are dates.
      let bytesPerRow = FIRST_READ_BYTES_PER_CELL * area.cols * (dateShift ? 2 : 1);
      while (grid.length < area.rows) {
        const count = Math.min(readChunkRows(bytesPerRow, area.cols), area.rows - grid.length);
        const start = grid.length;
        const chunk = await this.readChunk(context, sheet, start, count, area.cols, dateShift);
        if (chunk === null) {
          bytesPerRow *= 2; // Excel refused the response: the rows are heavier than measured
          continue;
        }
        for (const row of chunk.values) grid.push(row.map(fromExcelValue));
        bytesPerRow = Math.max(chunk.rowBytes * READ_SAFETY_FACTOR, area.cols * 4);
        this.progress.report(grid.length, area.rows, `Чтение листа «${name}»`);
        if (grid.length < area.rows) await this.pause();
      }
      return grid;
    });
  }

  private async readChunk(
    context: Excel.RequestContext,
    sheet: Excel.Worksheet,
    start: number,
    count: number,
    cols: number,
    dateShift: number
  ): Promise<{ values: unknown[][]; rowBytes: number } | null> {
    const range = sheet
      .getRangeByIndexes(start, 0, count, cols)
      .load(dateShift ? "values,numberFormat" : "values");
    try {
      await context.sync();
    } catch (error) {
      if (count > 1 && PAYLOAD_ERRORS.has(errorCode(error) ?? "")) return null;
      throw error;
    }
    const { values } = range;
    if (!dateShift) return { values, rowBytes: heaviestRowBytes(values) };
    const formats = range.numberFormat;
    const rowBytes = heaviestRowBytes(values) + heaviestRowBytes(formats);
    toSerials1900(values, formats, dateShift);
    return { values, rowBytes };
  }

  writeSheet(model: SheetModel): Promise<void> {
    return this.run(async (context) => {
      const probe = probeDateShift(context); // answered by prepareSheet's first sync
      const { sheet, tableNames } = await prepareSheet(context, model.name);
      const dateShift = probe();
      const longLists = await placeLongLists(context, model);
      const cols = model.cells.reduce((max, row) => Math.max(max, row.length), 0);
      const rows = model.cells.length;
      const values = excelRows(model.cells, 0, rows, cols, dateShift);
      const spans = planWriteChunks(rows, cols, (r) => jsonBytes(values[r]));
      if (spans.length === 0) spans.push({ start: 0, count: 0 });
      // The structure's first pack goes with the last chunk of values, the rest on their own.
      const [withValues, ...later] = packSteps(
        structureSteps(sheet, model, longLists, tableNames, dateShift)
      );
      for (const [index, span] of spans.entries()) {
        if (span.count > 0 && cols > 0) {
          const range = sheet.getRangeByIndexes(span.start, 0, span.count, cols);
          range.values = values.slice(span.start, span.start + span.count);
        }
        const last = index === spans.length - 1;
        if (last) for (const s of withValues) s.run();
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per payload-bounded chunk (docs/decisions/officejs.md «Sync budget»)
        await context.sync();
        this.progress.report(span.start + span.count, rows, `Запись листа «${model.name}»`);
        if (!last) await this.pause();
      }
      for (const [index, pack] of later.entries()) {
        await this.pause();
        for (const s of pack) s.run();
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per payload-bounded chunk (docs/decisions/officejs.md «Sync budget»)
        await context.sync();
        this.progress.report(index + 1, later.length, `Оформление листа «${model.name}»`);
      }
    });
  }

  /**
   * Not idempotent: run again from scratch after Excel refused a chunk (cell-edit mode), it
   * would read the used range that already holds the earlier chunks and append them twice.
   * So what went through is kept outside the batch, and a retry resumes from there.
   */
  appendRows(name: string, rows: SheetModel["cells"]): Promise<void> {
    const cols = rows.reduce((max, row) => Math.max(max, row.length), 0);
    const done = { start: -1, spans: 0, values: [] as ExcelValue[][] };
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(name);
      if (done.start < 0) {
        const probe = probeDateShift(context);
        done.start = (await usedArea(context, sheet)).rows; // also: the sheet exists
        done.values = excelRows(rows, 0, rows.length, cols, probe());
      }
      if (cols === 0) return;
      const { values } = done;
      const spans = planWriteChunks(rows.length, cols, (r) => jsonBytes(values[r]));
      for (let index = done.spans; index < spans.length; index++) {
        const span = spans[index];
        const range = sheet.getRangeByIndexes(done.start + span.start, 0, span.count, cols);
        range.values = values.slice(span.start, span.start + span.count);
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per payload-bounded chunk (docs/decisions/officejs.md «Sync budget»)
        await context.sync();
        done.spans = index + 1;
        if (index < spans.length - 1) await this.pause();
      }
    });
  }

  deleteSheet(name: string): Promise<void> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      await context.sync();
      if (sheet.isNullObject) return;
      sheet.delete();
      await context.sync();
    });
  }

  markCells(sheet: string, marks: CellMark[]): Promise<MarkRecord[]> {
    const done = newMarkProgress(); // a retry resumes after the chunks Excel has taken
    return this.run((context) =>
      markCells(
        context,
        sheet,
        marks,
        { isSetSupported: this.isSetSupported, pause: this.pause },
        done
      )
    );
  }

  clearMarks(sheet: string, records: MarkRecord[]): Promise<void> {
    return this.run((context) =>
      clearMarks(context, sheet, records, {
        isSetSupported: this.isSetSupported,
        pause: this.pause,
      })
    );
  }

  /** Shows a cell to the user: activates its sheet and selects it (the task pane's error list). */
  selectCell(sheet: string, row: number, col: number): Promise<void> {
    return this.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRangeByIndexes(row, col, 1, 1).select();
      await context.sync();
    });
  }
}

/** From A1 to the last non-empty cell: one sync. */
async function usedArea(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<UsedArea> {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  if (used.isNullObject) return { rows: 0, cols: 0 };
  return { rows: used.rowIndex + used.rowCount, cols: used.columnIndex + used.columnCount };
}

/**
 * The sheet to write, emptied: a new one, or the existing one cleared in place (not deleted,
 * so that its position and other sheets' formulas pointing at it survive). One sync for a new
 * sheet, two for an existing one; the clearing itself goes out with the first chunk. The same
 * syncs read the names of the workbook's tables (Excel's are unique in the workbook, ignoring
 * case): the names the new tables must avoid, less those of the tables deleted here.
 */
async function prepareSheet(
  context: Excel.RequestContext,
  name: string
): Promise<{ sheet: Excel.Worksheet; tableNames: Set<string> }> {
  const existing = context.workbook.worksheets.getItemOrNullObject(name);
  existing.load("isNullObject");
  const allTables = context.workbook.tables.load("items/name");
  await context.sync();
  const tableNames = new Set(allTables.items.map((table) => table.name.toLowerCase()));
  if (existing.isNullObject) return { sheet: context.workbook.worksheets.add(name), tableNames };
  const tables = existing.tables.load("items/name");
  const charts = existing.charts.load("items/name");
  await context.sync();
  for (const table of tables.items) {
    tableNames.delete(table.name.toLowerCase());
    table.delete();
  }
  for (const chart of charts.items) chart.delete();
  const all = existing.getRange();
  all.conditionalFormats.clearAll();
  all.dataValidation.clear();
  all.unmerge();
  all.clear("All");
  existing.freezePanes.unfreeze();
  existing.tabColor = "";
  existing.visibility = "Visible";
  return { sheet: existing, tableNames };
}
