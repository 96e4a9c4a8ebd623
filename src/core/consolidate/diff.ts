/** What a second consolidation changed against the first: schools and rows. */
import { schoolRef } from "../text/school-ref";
import { countOf, NOUN } from "../text/plural";
import type { SchoolData } from "../model";
import type { Consolidation } from "./types";

export interface SchoolRowsChange {
  schoolCode: string;
  before: number;
  after: number;
}

export interface ConsolidationDiff {
  added: string[];
  removed: string[];
  /** Schools present in both whose row count changed. */
  changed: SchoolRowsChange[];
  rowsBefore: number;
  rowsAfter: number;
  periodChanged: boolean;
}

function rowsByCode(schools: readonly SchoolData[]): Map<string, number> {
  return new Map(schools.map((s) => [s.passport.schoolCode ?? "", s.workers.length]));
}

export function diffConsolidations(before: Consolidation, after: Consolidation): ConsolidationDiff {
  const a = rowsByCode(before.included);
  const b = rowsByCode(after.included);
  const added = [...b.keys()].filter((code) => !a.has(code));
  const removed = [...a.keys()].filter((code) => !b.has(code));
  const changed: SchoolRowsChange[] = [];
  for (const [code, rows] of b) {
    const old = a.get(code);
    if (old !== undefined && old !== rows)
      changed.push({ schoolCode: code, before: old, after: rows });
  }
  const sum = (m: Map<string, number>): number => [...m.values()].reduce((x, y) => x + y, 0);
  const p = (c: Consolidation): string => (c.period ? `${c.period.start}-${c.period.end}` : "");
  return {
    added,
    removed,
    changed,
    rowsBefore: sum(a),
    rowsAfter: sum(b),
    periodChanged: p(before) !== p(after),
  };
}

/** One Russian line per change, for the summary a person reads after re-consolidating. */
export function describeDiff(d: ConsolidationDiff): string[] {
  const lines: string[] = [];
  if (d.periodChanged) lines.push("Изменился отчётный период свода.");
  if (d.added.length) lines.push(`Добавлены ОО: ${d.added.join(", ")}.`);
  if (d.removed.length) lines.push(`Исключены ОО: ${d.removed.join(", ")}.`);
  for (const c of d.changed)
    lines.push(
      `${schoolRef(c.schoolCode)}: было ${countOf(c.before, NOUN.row)}, стало ${countOf(c.after, NOUN.row)}.`
    );
  if (lines.length === 0) lines.push("Изменений нет.");
  lines.push(
    `Всего было ${countOf(d.rowsBefore, NOUN.row)}, стало ${countOf(d.rowsAfter, NOUN.row)}.`
  );
  return lines;
}
