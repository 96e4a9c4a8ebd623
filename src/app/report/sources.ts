/**
 * Opening the report's sources: school workbooks and municipality workbooks,
 * one at a time. Each is opened, read into school data and let go before the
 * next, so 1,500 files never sit in memory together. A file that is not a
 * readable workbook is reported by name and skipped; the rest go on.
 */
import { countOf, NOUN } from "../../core/text/plural";
import type { Issue, SchoolData } from "../../core/model";
import type { IssueCode } from "../../core/validate/codes";
import { makeIssue } from "../../core/validate/message";
import type { Progress, WorkbookPort } from "../../port/workbook-port";
import { readWorkbook } from "../read-workbook";
import { fileKind } from "./file-kind";

export interface SourceInput {
  /** File name as shown to people (messages, `Файл ОО`). */
  name: string;
  /** The file's bytes, or a way to fetch them only when their turn comes. */
  bytes: Uint8Array<ArrayBufferLike> | (() => Promise<Uint8Array<ArrayBufferLike>>);
}

export type WorkbookOpener = (bytes: Uint8Array) => Promise<WorkbookPort>;

export interface SourceRead {
  name: string;
  municipality: boolean;
  schools: number;
  rows: number;
}

export interface OpenedSources {
  schools: SchoolData[];
  /** File-level problems (unreadable files); the schools carry their own issues. */
  issues: Issue[];
  /** Files read, in order. */
  read: SourceRead[];
  /** Files that could not be read. */
  skipped: string[];
}

export const UNREADABLE_CODE = "file/unreadable" satisfies IssueCode;

/** Why a file is not a workbook, in words a methodologist can act on. */
export function unreadableMessage(
  name: string,
  bytes: Uint8Array | null,
  error?: unknown,
  /** Other files were given too: only then «остальные обработаны» is true. */
  others = true
): string {
  const skip = others ? "Файл пропущен, остальные обработаны." : "Файл пропущен.";
  const kind = bytes === null ? "zip" : fileKind(name, bytes);
  if (kind === "encrypted") return `${encryptedAdvice(name)} ${skip}`;
  if (kind === "xls")
    return `Файл «${name}» в старом формате Excel 97–2003 (.xls): откройте его в Excel и сохраните как «Книга Excel (.xlsx)». ${skip}`;
  if (kind === "ods")
    return `Файл «${name}» в формате LibreOffice Calc (.ods): откройте его в Calc и сохраните как «Книга Excel 2007-365 (.xlsx)» (Файл → Сохранить как). ${skip}`;
  if (kind === "xlsb")
    return `Файл «${name}» — двоичная книга Excel (.xlsb): откройте его в Excel и сохраните как «Книга Excel (.xlsx)». ${skip}`;
  if (kind === "other") return `Файл «${name}» не является книгой Excel (.xlsx). ${skip}`;
  const detail = error instanceof Error && error.message ? ` (${error.message})` : "";
  return `Файл «${name}» повреждён или не является книгой Excel (.xlsx)${detail}. ${skip}`;
}

/** A password-protected workbook: its own advice, never the «.xls» one. */
export function encryptedAdvice(name: string): string {
  return `Книга «${name}» защищена паролем на открытие, программа не может её прочитать: снимите пароль (в Excel: Файл → Сведения → Защита книги → Зашифровать с использованием пароля → очистите поле → ОК) и сохраните книгу, или попросите ОО прислать её без пароля.`;
}

export function unreadableIssue(name: string, message: string): Issue {
  return makeIssue({ file: name, sheet: "", row: null, column: null }, UNREADABLE_CODE, message);
}

async function bytesOf(input: SourceInput): Promise<Uint8Array> {
  return typeof input.bytes === "function" ? input.bytes() : input.bytes;
}

export async function openSources(
  inputs: readonly SourceInput[],
  open: WorkbookOpener,
  progress?: Progress
): Promise<OpenedSources> {
  const out: OpenedSources = { schools: [], issues: [], read: [], skipped: [] };
  for (const [i, input] of inputs.entries()) {
    if (progress?.cancelled) break;
    let bytes: Uint8Array | null = null;
    try {
      bytes = await bytesOf(input);
      if (fileKind(input.name, bytes) !== "zip") throw new Error("not a zip");
      const port = await open(bytes);
      const read = await readWorkbook(port, input.name);
      const rows = read.schools.reduce((sum, s) => sum + s.workers.length, 0);
      for (const s of read.schools) out.schools.push(s);
      out.read.push({
        name: input.name,
        municipality: read.municipality,
        schools: read.schools.length,
        rows,
      });
      progress?.report(i + 1, inputs.length, `${input.name}: ${countOf(rows, NOUN.row)}`);
    } catch (e) {
      const message = unreadableMessage(input.name, bytes, e, inputs.length > 1);
      out.issues.push(unreadableIssue(input.name, message));
      out.skipped.push(input.name);
      progress?.report(i + 1, inputs.length, `${input.name}: не прочитан`);
    }
  }
  return out;
}
