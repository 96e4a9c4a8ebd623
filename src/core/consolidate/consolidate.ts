/**
 * Consolidation: the schools of one municipal report. All must share one
 * period; a school with another period, a repeated `Код ОО` or an unusable code
 * or period is left out and reported, and the others go on (template.md). With
 * the expected schools (`Список ОО`), a code typed with look-alike letters is
 * written under the expected code (recode.ts); of two files of one school, the
 * one taken does not depend on their order (duplicates.ts).
 */
import { periodLabel } from "../cycle/periods";
import { schoolRef } from "../text/school-ref";
import type { Issue, Period, SchoolData } from "../model";
import { PASSPORT } from "../schema";
import { codeKey } from "../text/code-key";
import { formatDay } from "../time/day";
import type { IssueCode } from "../validate/codes";
import { makeIssue, renderIssue } from "../validate/message";
import { isResend, takenPerCode, whyPreferred } from "./duplicates";
import { expectedByKey, recodeSchool } from "./recode";
import type { Consolidation, ExcludedSchool, RecodedSchool, SupersededFile } from "./types";

const [CODE, , , START, END] = PASSPORT.fields;

export const CONSOLIDATION_CODES = {
  unusable: "consolidate/unusable-school",
  period: "consolidate/period-mismatch",
  duplicate: "consolidate/duplicate-school",
  recoded: "consolidate/recoded-school",
  superseded: "consolidate/superseded-file",
} as const satisfies Record<string, IssueCode>;

function usablePeriod(s: SchoolData): Period | null {
  const { periodStart: start, periodEnd: end } = s.passport;
  const bad = s.badPassportFields.includes(START.key) || s.badPassportFields.includes(END.key);
  return bad || start === null || end === null || end < start ? null : { start, end };
}

function usableCode(s: SchoolData): string | null {
  const code = s.passport.schoolCode?.trim() ?? "";
  return code === "" || s.badPassportFields.includes(CODE.key) ? null : code;
}

const periodKey = (p: Period): string => `${p.start}-${p.end}`;
const periodText = (p: Period): string => `${formatDay(p.start)} – ${formatDay(p.end)}`;

/** The most frequent period; on a tie, the later one. */
function commonPeriod(periods: (Period | null)[]): Period | null {
  const counts = new Map<string, { period: Period; n: number }>();
  for (const p of periods) {
    if (!p) continue;
    const entry = counts.get(periodKey(p)) ?? { period: p, n: 0 };
    entry.n += 1;
    counts.set(periodKey(p), entry);
  }
  // On a tie the later period: early in a round one new file beside one resent old one must
  // not make the old period the report's (and tell the new file to change its dates).
  let best: { period: Period; n: number } | null = null;
  for (const entry of counts.values())
    if (!best || entry.n > best.n || (entry.n === best.n && entry.period.end > best.period.end))
      best = entry;
  return best?.period ?? null;
}

function schoolIssue(s: SchoolData, code: IssueCode, column: string, message: string): Issue {
  return makeIssue({ file: s.file, sheet: PASSPORT.name, row: null, column }, code, message);
}

function reject(
  s: SchoolData,
  issueCode: IssueCode,
  column: string,
  reason: string,
  /** What is left out: the school, or (a second file of a school taken from another) this file. */
  outcome = "ОО не включена в свод."
): { excluded: ExcludedSchool; issue: Issue } {
  const excluded = {
    file: s.file,
    schoolCode: s.passport.schoolCode,
    schoolName: s.passport.schoolName,
    reason,
  };
  return { excluded, issue: schoolIssue(s, issueCode, column, `${reason} ${outcome}`) };
}

function mergeIssues(groups: Issue[][]): Issue[] {
  const seen = new Set<string>();
  const out: Issue[] = [];
  for (const group of groups)
    for (const issue of group) {
      const key = [
        issue.file,
        issue.sheet,
        issue.row,
        issue.column,
        issue.code,
        renderIssue(issue),
      ].join("\u0001");
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(issue);
    }
  return out;
}

/**
 * `expected`: the schools the round expects (`Список ОО`); a school whose code matches one by
 * codeKey is written under that code, with a warning naming the file and the code as typed.
 */
export function consolidate(
  given: SchoolData[],
  sourceIssues: Issue[],
  expected: readonly { code: string }[] | null = null
): Consolidation {
  const keys = expectedByKey(expected ?? []);
  const recoded: RecodedSchool[] = [];
  const schools = given.map((s) => {
    const r = recodeSchool(s, keys, CONSOLIDATION_CODES.recoded);
    if (r.recoded) recoded.push(r.recoded);
    return r.school;
  });
  const period = commonPeriod(schools.map((s) => (usableCode(s) ? usablePeriod(s) : null)));
  const included: SchoolData[] = [];
  const excluded: ExcludedSchool[] = [];
  const own: Issue[] = [];
  const superseded: SupersededFile[] = [];
  // Of the schools that pass the code and period checks, the one taken per code.
  const winners = takenPerCode(
    schools.flatMap((s) => {
      const code = usableCode(s);
      const p = usablePeriod(s);
      return code === null || p === null || period === null || periodKey(p) !== periodKey(period)
        ? []
        : [{ school: s, code }];
    })
  );
  const refuse = (r: { excluded: ExcludedSchool; issue: Issue }): void => {
    excluded.push(r.excluded);
    own.push(r.issue);
  };
  for (const s of schools) {
    const code = usableCode(s);
    const p = usablePeriod(s);
    const winner = code === null ? undefined : winners.get(codeKey(code));
    if (code === null) {
      refuse(
        reject(
          s,
          CONSOLIDATION_CODES.unusable,
          CODE.header,
          `В паспорте файла «${s.file}» нет корректного кода ОО: исправьте «${CODE.header}».`
        )
      );
    } else if (p === null || period === null) {
      refuse(
        reject(
          s,
          CONSOLIDATION_CODES.unusable,
          END.header,
          `${schoolRef(code)}: отчётный период в паспорте не заполнен или заполнен с ошибкой: исправьте «${START.header}» и «${END.header}».`
        )
      );
    } else if (p.end < period.start) {
      // Last year's file sent again: relabelling its dates would pass last year's answers off.
      const r = reject(
        s,
        CONSOLIDATION_CODES.period,
        END.header,
        `${schoolRef(code)}: прислан файл за прошлый период ${periodLabel(p)} (${periodText(p)}) — пришлите файл за ${periodLabel(period)}.`
      );
      refuse({ ...r, excluded: { ...r.excluded, earlierPeriod: { sent: p, wanted: period } } });
    } else if (periodKey(p) !== periodKey(period)) {
      refuse(
        reject(
          s,
          CONSOLIDATION_CODES.period,
          END.header,
          `${schoolRef(code)}: период ${periodText(p)} отличается от периода свода ${periodText(period)}: исправьте даты периода в паспорте.`
        )
      );
    } else if (winner !== undefined && winner !== s && isResend(winner, s)) {
      // A resend: the earlier file is replaced, not a failure (decisions/report.md).
      superseded.push({ file: s.file, schoolCode: code, by: winner.file });
      own.push(
        schoolIssue(
          s,
          CONSOLIDATION_CODES.superseded,
          CODE.header,
          `${schoolRef(code)}: файл «${s.file}» заменён файлом «${winner.file}» — ${whyPreferred(winner, s)}; в свод взят «${winner.file}», замечания к прежнему файлу не учитываются.`
        )
      );
    } else if (winner !== undefined && winner !== s) {
      refuse(
        reject(
          s,
          CONSOLIDATION_CODES.duplicate,
          CODE.header,
          `Код ОО ${code} есть и в файле «${winner.file}»: два файла одной ОО; в свод взят «${winner.file}» — ${whyPreferred(winner, s)}. Уберите лишний файл или, если это другая ОО, исправьте её код.`,
          "Этот файл в свод не включён."
        )
      );
    } else {
      included.push(s);
    }
  }
  // A replaced file's own issues are not the round's: only the note that it was replaced.
  const gone = new Set(superseded.map((x) => x.file));
  const live = (list: Issue[]): Issue[] =>
    gone.size === 0 ? list : list.filter((i) => i.file === undefined || !gone.has(i.file));
  const issues = mergeIssues([live(sourceIssues), ...schools.map((s) => live(s.issues)), own]);
  return {
    period,
    included,
    excluded,
    issues,
    ...(recoded.length ? { recoded } : {}),
    ...(superseded.length ? { superseded } : {}),
  };
}
