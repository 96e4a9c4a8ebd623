/**
 * Writing a report into a workbook: the data and output sheets are created or
 * replaced only when they are the project's own (or absent); `Настройки`,
 * `Меры` and `Правила рекомендаций` are created only when absent and never
 * written over (a `Настройки` without the «Реквизиты документов» block gets it
 * appended below her rows, as `Меры` gets drafts). Before the data sheets are replaced, the workbook's previous
 * consolidation is read, so the person learns what changed.
 */
import {
  consolidate,
  diffConsolidations,
  type Consolidation,
  type ConsolidationDiff,
} from "../../core/consolidate";
import { isMunicipalityWorkbook } from "../../core/read/sheets";
import type { SheetModel } from "../../port/sheet-model";
import type { Progress, WorkbookPort } from "../../port/workbook-port";
import { readWorkbook } from "../read-workbook";
import { sameSheet } from "../registry";
import { writeOutputSheets } from "../write-outputs";
import type { Report } from "./build";
import { completeSettingsSheet, missingOfficialNote } from "./people";
import { TARGETS } from "../../core/schema";
import { appendAll } from "../../core/arrays";

export interface WriteReportResult {
  /** Sheets written (data and output sheets, and people's sheets created now). */
  written: string[];
  /** Output sheets not written: a person's sheet of that name is in the way. */
  skipped: string[];
  /** People's sheets the workbook already had: kept as they are. */
  kept: string[];
  /** People's sheets kept, with a block the program now needs appended below what was there. */
  completed: string[];
  /** Russian notes about people's sheets that could not be completed. */
  notes: string[];
  /** What changed against the consolidation the workbook held before; null when it held none. */
  diff: ConsolidationDiff | null;
}

/** The consolidation the workbook holds now (its `ОО` and `Сводные данные`), or null. */
export async function previousConsolidation(port: WorkbookPort): Promise<Consolidation | null> {
  if (!isMunicipalityWorkbook(await port.sheetNames())) return null;
  const read = await readWorkbook(port);
  return consolidate(read.schools, []);
}

export async function writeReport(
  port: WorkbookPort,
  report: Report,
  progress?: Progress,
  /** The workbook's consolidation when the caller has read it already (null: none). */
  known?: Consolidation | null
): Promise<WriteReportResult> {
  const before = known === undefined ? await previousConsolidation(port) : known;
  const result: WriteReportResult = {
    written: [],
    skipped: [],
    kept: [],
    completed: [],
    notes: [],
    diff: null,
  };
  if (before !== null && before.included.length > 0)
    result.diff = diffConsolidations(before, report.consolidation);
  const total = report.sheets.length;
  // Consecutive output sheets go through writeOutputSheets together; people's sheets in between keep the tab order.
  let batch: SheetModel[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const done = await writeOutputSheets(port, batch);
    appendAll(result.written, done.written);
    appendAll(result.skipped, done.skipped);
    batch = [];
  };
  for (const [i, sheet] of report.sheets.entries()) {
    progress?.report(i, total, sheet.model.name);
    if (sheet.kind !== "people") {
      batch.push(sheet.model);
      continue;
    }
    await flush();
    const names = await port.sheetNames();
    const existing = names.find((n) => sameSheet(n, sheet.model.name));
    if (existing !== undefined && sheet.fillEmpty === true) {
      // Her sheet as the template made it, still without data: filled this once.
      await port.writeSheet({ ...sheet.model, name: existing });
      result.written.push(existing);
    } else if (existing !== undefined) {
      result.kept.push(sheet.model.name);
      if (sameSheet(existing, TARGETS.name)) {
        const done = await completeSettingsSheet(port, existing);
        if (done === "appended") result.completed.push(existing);
        if (done === "unsupported") result.notes.push(missingOfficialNote(existing));
      }
    } else {
      await port.writeSheet(sheet.model);
      result.written.push(sheet.model.name);
    }
  }
  await flush();
  progress?.report(total, total, "");
  return result;
}
