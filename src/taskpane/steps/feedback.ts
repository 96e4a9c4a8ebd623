/**
 * «Обратная связь ОО»: one workbook per school of the consolidation (its indicators beside the
 * municipality's, its recommendations, plan and measures), produced as .xlsx bytes in the pane.
 * Several files are packed into one zip: browsers and Office's web views stop repeated downloads.
 */
import { zipSync } from "fflate";
import { feedbackCount, feedbackModels } from "../../app/report";
import type { SheetModel } from "../../port/sheet-model";
import type { Progress, WorkbookPort } from "../../port/workbook-port";
import { nextMacrotask } from "./collect";
import { municipalBasis, reportOf, type MunicipalInput } from "./municipal";
import { cancelledError } from "./report";

export interface SavedFile {
  name: string;
  bytes: Uint8Array;
}

/** Renders sheets into a new workbook's bytes (the xlsx writer in the pane, as in the CLI). */
export type WorkbookMaker = (sheets: readonly SheetModel[]) => Promise<Uint8Array>;

export const FEEDBACK_ZIP = "Обратная связь ОО.zip";

export async function feedbackFiles(
  port: WorkbookPort,
  input: MunicipalInput,
  make: WorkbookMaker,
  progress: Progress
): Promise<SavedFile[]> {
  const basis = await municipalBasis(port, input);
  const report = reportOf(basis);
  const total = feedbackCount(report);
  const files: SavedFile[] = [];
  for (const feedback of feedbackModels(report, basis.options)) {
    if (progress.cancelled) throw cancelledError();
    files.push({ name: feedback.fileName, bytes: await make(feedback.sheets) });
    progress.report(files.length, total, feedback.schoolCode);
    await nextMacrotask();
  }
  return files;
}

/** One file as it is; several as one zip. */
export async function bundle(
  files: readonly SavedFile[],
  zipName: string = FEEDBACK_ZIP
): Promise<SavedFile> {
  if (files.length === 1) return files[0];
  // Stored, not deflated: each .xlsx is a zip already. fflate marks Cyrillic names as UTF-8.
  const entries = Object.fromEntries(files.map((f) => [f.name, f.bytes]));
  return { name: zipName, bytes: zipSync(entries, { level: 0 }) };
}
