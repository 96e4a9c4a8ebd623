/**
 * Last period's `Педагоги` rows of one school, carried into the next period's
 * workbook (CARRY_RULES): kept columns copied, the experience grown, the
 * period's own answers left empty. A cell whose source value had an error or a
 * warning is left empty too: the school checks it. Every empty cell the school
 * must fill is returned as a mark, so the template shows it «обновите»; so is a
 * carried category whose attestation lapses by the new period's end.
 * Only workers whose `Код ОО` is the school's enter (never another school's).
 */
import type { Issue, SchoolData, Worker } from "../model";
import { fieldCell } from "../report/kit";
import { attestationLapsesOn } from "../rules/attestation";
import { CONSOLIDATED_TEACHERS } from "../schema/municipality";
import { TEACHERS } from "../schema/school";
import type { FieldSpec } from "../schema/types";
import type { Day } from "../time/day";
import type { OutCell } from "../../port/sheet-model";
import { carryRule } from "./carry-table";
import { codeKey } from "../text/code-key";
import { yearsBetween } from "./next-period";

export interface CarriedRows {
  /** Rows in TEACHERS.fields order. */
  rows: OutCell[][];
  /** Cells to answer anew: data row index (0-based) → column indexes (TEACHERS.fields order). */
  renew: Set<number>[];
  /**
   * The first words of the input message of a marked cell that is not simply a new answer: per
   * data row, column → «Проверьте: …» (a value kept to check) or «Заполните: в прошлом периоде
   * было «…» — …» (a bad value left out). Absent: the usual «Обновите».
   */
  prompts: Map<number, string>[];
  /** Rows with a cell to check: a bad value left empty, or a value kept but marked. */
  rowsWithGaps: number;
}

/** The input message's first words on a marked cell whose value was kept for the school to check. */
export const CHECK_PROMPT = "Проверьте: значение прошлого периода.";

const NOT_A: Partial<Record<FieldSpec["type"], string>> = {
  date: "не дата",
  integer: "не целое число",
  number: "не число",
  list: "нет в списке",
  multilist: "нет в списке",
  yesno: "не «Да» или «Нет»",
};

/** «Заполните: в прошлом периоде было «весна 1985» — не дата.» */
function erasedPrompt(field: FieldSpec, shown: unknown, unreadable: boolean): string {
  const text =
    shown instanceof Date ? null : shown === null || shown === undefined ? null : String(shown);
  const what = unreadable ? (NOT_A[field.type] ?? "значение с ошибкой") : "значение с ошибкой";
  const quoted =
    text === null || text === ""
      ? ""
      : ` было «${text.length > 40 ? `${text.slice(0, 40)}…` : text}» —`;
  return `Заполните: в прошлом периоде${quoted} ${what}.`;
}

const TEACHER_SHEETS = new Set(
  [TEACHERS.name, CONSOLIDATED_TEACHERS.name].map((n) => n.trim().toLowerCase())
);

/** Source cells with an issue: `row:header` of the teachers' sheet → the worst severity. */
function faultyCells(issues: readonly Issue[]): Map<string, Issue["severity"]> {
  const out = new Map<string, Issue["severity"]>();
  for (const issue of issues) {
    if (issue.row === null || issue.column === null) continue;
    if (!TEACHER_SHEETS.has(issue.sheet.trim().toLowerCase())) continue;
    const key = `${issue.row}:${issue.column}`;
    if (out.get(key) !== "error") out.set(key, issue.severity);
  }
  return out;
}

/** Category and its date go together: both kept (marked) or both asked (decisions/template.md). */
const ATTESTATION_PAIR = ["qualificationCategory", "attestationDate"] as const;

function isEmpty(cell: OutCell): boolean {
  return cell === null || cell === "";
}

function needsAnswer(
  field: FieldSpec,
  row: readonly OutCell[],
  fields: readonly FieldSpec[]
): boolean {
  if (field.required) return true;
  const when = field.requiredWhen;
  if (!when) return false;
  const other = row[fields.findIndex((f) => f.key === when.field)];
  if (isEmpty(other)) return false;
  if (when.filled) return true;
  return when.notIn !== undefined && !when.notIn.includes(String(other));
}

function colOf(key: string): number {
  return TEACHERS.fields.findIndex((f) => f.key === key);
}

function valueOf(worker: Worker, key: string): unknown {
  return (worker as unknown as Record<string, unknown>)[key];
}

/**
 * `school`: the source school's data (from its file or a municipality workbook);
 * `code`: the school the workbook is for; `periodEnd`: the new period's end.
 */
export function carryOver(school: SchoolData | null, code: string, periodEnd: Day): CarriedRows {
  const out: CarriedRows = { rows: [], renew: [], prompts: [], rowsWithGaps: 0 };
  // The code as the school typed it may use look-alike letters («OO-1» for «ОО-1»).
  const key = codeKey(code);
  const same = (c: string | null) => c !== null && codeKey(c) === key;
  if (school === null || !same(school.passport.schoolCode)) return out;
  const fields = TEACHERS.fields;
  const faulty = faultyCells(school.issues);
  const sourceEnd = school.passport.periodEnd;
  const grow = sourceEnd === null ? 1 : yearsBetween(sourceEnd, periodEnd);
  for (const worker of school.workers) {
    if (!same(worker.schoolCode)) continue;
    const row: OutCell[] = [];
    const emptied = new Set<number>();
    const prompts = new Map<number, string>();
    const badCell = (field: FieldSpec): boolean =>
      faulty.has(`${worker.row}:${field.header}`) || worker.raw?.[field.key] !== undefined;
    // Only a warning on a usable value of the pair (a lapsed attestation): keep both, marked.
    const pair = ATTESTATION_PAIR.map((k) => fields[colOf(k)]);
    const pairWarned = pair.some(badCell);
    const pairBroken = pair.some(
      (f) =>
        worker.raw?.[f.key] !== undefined || faulty.get(`${worker.row}:${f.header}`) === "error"
    );
    fields.forEach((field, col) => {
      const rule = carryRule(field.key);
      const inPair = (ATTESTATION_PAIR as readonly string[]).includes(field.key);
      const bad = inPair ? pairBroken : badCell(field);
      if (rule === "ask" || bad) {
        row.push(null);
        if (rule !== "ask") {
          emptied.add(col);
          const raw = worker.raw?.[field.key];
          const other = pair.find((f) => f !== field);
          prompts.set(
            col,
            inPair && !badCell(field) && other !== undefined
              ? `Заполните вместе с «${other.header}»: там в прошлом периоде было значение с ошибкой.`
              : erasedPrompt(
                  field,
                  raw ?? fieldCell(field, valueOf(worker, field.key)),
                  raw !== undefined
                )
          );
        }
        return;
      }
      const value = valueOf(worker, field.key);
      if (rule === "grow" && typeof value === "number") row.push(value + grow);
      else row.push(fieldCell(field, value));
    });
    // An empty cell the school must fill (required, or required by what is carried) is marked.
    const renew = new Set<number>();
    fields.forEach((field, col) => {
      if (!isEmpty(row[col])) return;
      if (carryRule(field.key) === "ask" || emptied.has(col) || needsAnswer(field, row, fields))
        renew.add(col);
    });
    // An attestation that lapses by the new period's end (or had a warning last period): the
    // school updates the category and its date, both kept for it to see.
    if (!emptied.has(colOf("attestationDate")) && !emptied.has(colOf("qualificationCategory"))) {
      const lapses = attestationLapsesOn(worker.qualificationCategory, worker.attestationDate);
      if (pairWarned || (lapses !== null && lapses <= periodEnd)) {
        for (const key of ATTESTATION_PAIR) {
          renew.add(colOf(key));
          if (!isEmpty(row[colOf(key)])) prompts.set(colOf(key), CHECK_PROMPT);
        }
      }
    }
    if (prompts.size > 0) out.rowsWithGaps += 1;
    out.rows.push(row);
    out.renew.push(renew);
    out.prompts.push(prompts);
  }
  return out;
}
