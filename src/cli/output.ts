/** What the command line prints and writes: the short summary, the issues list, the JSON files. */
import { once } from "node:events";
import type { Issue } from "../core/model";
import { issueJson as reportIssueJson } from "../core/report/json";
import { renderIssue } from "../core/validate/message";
import { SEVERITY_TEXT } from "../core/schema/errors";
import { jsonChunks } from "../core/text/json-chunks";
import { countOf, NOUN } from "../core/text/plural";
import { cellAddress } from "../app/errors-sheet";
import { writeFileAtomic } from "./atomic-write";
import type { Io } from "./io";

/** Lines of issues shown on screen; the rest are in the JSON and the `Ошибки` sheet. */
export const SHOWN_ISSUES = 15;

export interface IssueJson {
  file: string;
  sheet: string;
  row: number | null;
  column: string | null;
  code: string;
  severity: "error" | "warning";
  message: string;
}

/** The report's JSON issue (core/report/json.ts), with "" for a workbook without a file name. */
export function issueJson(issue: Issue): IssueJson {
  return { ...reportIssueJson(issue), file: issue.file ?? "" };
}

export async function writeJson(path: string, data: unknown): Promise<void> {
  // In chunks, never one string: a 10,000-school report's JSON is ~350 MB (issue 11).
  await writeFileAtomic(path, async (out) => {
    for (const chunk of jsonChunks(data)) {
      if (!out.write(chunk, "utf8")) await once(out, "drain");
    }
  });
}

/** "3 ошибки", "1 предупреждение", "5 строк": Russian plural forms (core/text/plural.ts). */
export function plural(n: number, one: string, few: string, many: string): string {
  return countOf(n, [one, few, many]);
}

export function countsLine(errors: number, warnings: number): string {
  return `${countOf(errors, NOUN.error)}, ${countOf(warnings, NOUN.warning)}`;
}

/** The first messages, errors before warnings, one line each; then how many more there are. */
export function printIssues(io: Io, issues: readonly Issue[], more: string): void {
  const sorted = [
    ...issues.filter((i) => i.severity === "error"),
    ...issues.filter((i) => i.severity === "warning"),
  ];
  for (const issue of sorted.slice(0, SHOWN_ISSUES)) io.out(`  ${issueLine(issue)}`);
  if (sorted.length > SHOWN_ISSUES) io.out(`  … и ещё ${sorted.length - SHOWN_ISSUES} (${more})`);
}

/** The message already names the sheet, row and column; the line adds the file and the cell. */
export function issueLine(issue: Issue): string {
  const address = cellAddress(issue);
  const where = [issue.file, address ? `${issue.sheet}!${address}` : ""].filter(Boolean).join(" ");
  return `${SEVERITY_TEXT[issue.severity]}${where ? ` [${where}]` : ""}: ${renderIssue(issue)}`;
}
