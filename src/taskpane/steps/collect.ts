/**
 * «Собрать файлы ОО»: the school workbooks people picked, read in the task pane with the same
 * core and the same read-only reader as the command line (src/adapters/xlsx-reader). Files are read one at a time
 * and the pane yields a macrotask before each, so Excel and the pane stay responsive.
 */
import {
  openSources,
  type OpenedSources,
  type SourceInput,
  type WorkbookOpener,
} from "../../app/report";
import type { Progress } from "../../port/workbook-port";
import { renderIssue } from "../../core/validate/message";
import { PaneError } from "../failure";

export interface CollectResult extends OpenedSources {
  /** Files picked; fewer were read when the person pressed «Отмена». */
  picked: number;
  cancelled: boolean;
}

/**
 * A macrotask: the pane paints and handles «Отмена» before the promise resolves. A message to
 * itself rather than setTimeout(0), whose nested calls browsers clamp to 4 ms: 1.6 s of the
 * 2.7 s the pane took to read 300 school files (bench `pane-read`). setTimeout where there is
 * no MessageChannel.
 */
export const nextMacrotask = (): Promise<void> =>
  new Promise((resolve) => {
    if (typeof MessageChannel !== "function") {
      setTimeout(resolve, 0);
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

/** An opener that lets the browser breathe before each file: a file's parsing is one long task. */
export function yieldingOpener(open: WorkbookOpener): WorkbookOpener {
  return async (bytes) => {
    await nextMacrotask();
    return open(bytes);
  };
}

export async function collectSources(
  inputs: readonly SourceInput[],
  open: WorkbookOpener,
  progress: Progress
): Promise<CollectResult> {
  if (inputs.length === 0) {
    throw new PaneError(
      "Файлы не выбраны.",
      "Нажмите «Выбрать файлы» и отметьте книги ОО (.xlsx)."
    );
  }
  const sources = await openSources(inputs, yieldingOpener(open), progress);
  const done = sources.read.length + sources.skipped.length;
  const cancelled = progress.cancelled && done < inputs.length;
  if (sources.read.length === 0 && !cancelled) {
    throw new PaneError(
      "Не прочитано ни одной книги Excel.",
      sources.issues.map(renderIssue).join(" ") || "Выберите книги ОО в формате .xlsx."
    );
  }
  return { ...sources, picked: inputs.length, cancelled };
}
