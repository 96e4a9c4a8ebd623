/**
 * «Аналитическая справка» as a Word document from the pane: the same document model as the
 * sheet and `pedmonitor report --note`, built into .docx bytes in the browser by the `docx`
 * library, and offered the way the feedback files are (a download where the pane can
 * download). Excel cannot open a Word document, so where the pane cannot download (Excel for
 * Mac and iPad) the button is not offered as working: it is disabled up front, with
 * `NOTE_UNAVAILABLE` saying where the справка is instead (decisions/taskpane.md).
 */
import { noteDocxBytes } from "../../adapters/docx/note-docx";
import { noteDocument } from "../../core/report";
import { isoDay } from "../../core/time/day";
import type { Progress, WorkbookPort } from "../../port/workbook-port";
import type { SavedFile } from "./feedback";
import { deliveryOn, downloadPlace, type FeedbackHost } from "./feedback-delivery";
import { municipalBasis, reportOf, type MunicipalInput } from "./municipal";
import { cancelledError } from "./report";

export interface NoteOutcome {
  file: string;
  /** "download": handed to the browser's download; "none": this Excel cannot save it from the pane. */
  delivery: "download" | "none";
  /** With "download": where to look for the file on this host, in Russian. */
  where?: string;
}

/** Under the disabled «Справка в Word» where the pane cannot hand a file to the person. */
export const NOTE_UNAVAILABLE =
  "В Excel для Mac и iPad панель не может сохранить файл, поэтому «Справка в Word» здесь недоступна. " +
  "Текст справки — на листе «Аналитическая справка» после «Рассчитать»; документ Word даёт эта же кнопка " +
  "в Excel в браузере или на Windows, а также команда «pedmonitor report … --note справка.docx».";

/** Whether this Excel can hand a Word document to the person (a download from the pane). */
export function canDeliverNote(host: FeedbackHost): boolean {
  return deliveryOn(host) === "download";
}

export async function noteFile(
  port: WorkbookPort,
  input: MunicipalInput,
  progress: Progress
): Promise<SavedFile> {
  progress.report(0, 2, "Расчёт показателей");
  const report = reportOf(await municipalBasis(port, input));
  if (progress.cancelled) throw cancelledError();
  progress.report(1, 2, "Сборка документа Word");
  const bytes = await noteDocxBytes(noteDocument(report.input));
  progress.report(2, 2, "Готово");
  const period = report.consolidation.period;
  const suffix = period ? ` ${isoDay(period.end)}` : "";
  return { name: `Аналитическая справка${suffix}.docx`, bytes };
}

export function deliverNote(
  file: SavedFile,
  host: FeedbackHost,
  download: (file: SavedFile) => void
): NoteOutcome {
  if (!canDeliverNote(host)) return { file: file.name, delivery: "none" };
  download(file);
  return { file: file.name, delivery: "download", where: downloadPlace(host.platform) };
}
