/**
 * How the adapter reaches Excel: `Excel.run` (retried while the user is editing a cell, as
 * Script Lab does), feature checks, and a pause that gives Excel's UI thread a turn.
 * Everything is injectable so that tests run the adapter against an in-memory fake.
 */

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** `Office.context.requirements.isSetSupported`, or a fake in tests. */
export type FeatureCheck = (set: string, version: string) => boolean;

const CELL_EDIT_RETRIES = 5;
const CELL_EDIT_WAIT_MS = 1000;

export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** Resolves on the next macrotask: lets Excel repaint and handle input between chunks. */
export function nextMacrotask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Runs a batch, and runs it again when Excel refuses it because a cell is being edited:
 * the user finishes typing within seconds, and the step then goes through.
 */
export function withCellEditRetry(run: ExcelRun, waitMs = CELL_EDIT_WAIT_MS): ExcelRun {
  return async function retrying<T>(batch: (context: Excel.RequestContext) => Promise<T>) {
    for (let attempt = 1; ; attempt++) {
      try {
        return await run(batch);
      } catch (error) {
        const editing = errorCode(error) === "InvalidOperationInCellEditMode";
        if (!editing || attempt >= CELL_EDIT_RETRIES) throw error;
        await sleep(waitMs);
      }
    }
  };
}

export const excelRun: ExcelRun = (batch) => Excel.run(batch);

export const officeFeatureCheck: FeatureCheck = (set, version) =>
  typeof Office !== "undefined" && Office.context.requirements.isSetSupported(set, version);
