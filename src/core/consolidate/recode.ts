/**
 * A school that typed its code with look-alike letters («OO-01» in Latin for
 * «ОО-01») is the expected school: matched by codeKey, written under the expected
 * code everywhere (passport, `Педагоги`, `Сообщества`), so the sheets, the JSON and
 * «Изменения свода» agree with `Сбор данных`. A near code («ОО-1» for «ОО-01») is
 * another code: it is named in `Сбор данных`, never rewritten here.
 */
import type { Issue, SchoolData } from "../model";
import { PASSPORT } from "../schema";
import { codeKey } from "../text/code-key";
import type { IssueCode } from "../validate/codes";
import { makeIssue } from "../validate/message";
import type { RecodedSchool } from "./types";

function recodedIssue(r: RecodedSchool, issueCode: IssueCode, cell: SchoolData["codeCell"]): Issue {
  return makeIssue(
    {
      file: r.file,
      sheet: PASSPORT.name,
      row: cell?.row ?? null,
      column: PASSPORT.fields[0].header,
      columnIndex: cell?.columnIndex ?? null,
      raw: r.typed,
    },
    issueCode,
    `Код ОО в файле «${r.file}» набран как «${r.typed}» (похожими латинскими буквами или иначе): это ${r.code} из списка ОО, в свод она включена под кодом ${r.code}. Исправьте код в паспорте ОО.`
  );
}

/**
 * The school under the expected code its code matches by key, a warning added to its
 * issues; itself when none matches or the code is already the expected one.
 */
export function recodeSchool(
  s: SchoolData,
  expected: ReadonlyMap<string, string>,
  issueCode: IssueCode
): { school: SchoolData; recoded: RecodedSchool | null } {
  const typed = s.passport.schoolCode?.trim() ?? "";
  const code = typed === "" ? undefined : expected.get(codeKey(typed));
  if (code === undefined || code === typed) return { school: s, recoded: null };
  const recoded = { file: s.file, typed, code };
  const school: SchoolData = {
    ...s,
    issues: [...s.issues, recodedIssue(recoded, issueCode, s.codeCell)],
    passport: { ...s.passport, schoolCode: code },
    workers: s.workers.map((w) => ({ ...w, schoolCode: code })),
    communities: s.communities.map((c) => ({ ...c, schoolCode: code })),
  };
  return { school, recoded };
}

/** Expected codes by key; the first row wins when a list repeats a code (named in `Сбор данных`). */
export function expectedByKey(expected: readonly { code: string }[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of expected) {
    const key = codeKey(e.code);
    if (key !== "" && !out.has(key)) out.set(key, e.code.trim());
  }
  return out;
}
