/**
 * The collection round (`Сбор данных`, JSON `collection`): one row per expected
 * school and per file that matches none, with what came in and its status, the
 * schools to call first. A received code is matched to the list by `codeKey`
 * (look-alike letters, case, spaces and dashes do not count); a code one edit
 * away is named in the row («похоже на ОО-1 — проверьте код»), never merged.
 */
import type { Issue, SchoolData } from "../model";
import { NOUN, countOf } from "../text/plural";
import { codeKey, nearCode } from "../text/code-key";
import { periodLabel } from "../cycle/periods";
import { renderIssue } from "../validate/message";
import type { Consolidation } from "./types";
import { fileBaseName, naturalOrder } from "../text/natural-order";

export const COLLECTION_STATUS = ["Не сдан", "Сдан с ошибками", "Принят"] as const;
export type CollectionStatus = (typeof COLLECTION_STATUS)[number];

export interface ExpectedSchool {
  code: string;
  name: string | null;
  /** `Контакт` and `E-mail` of `Список ОО`: whom to call. */
  contact?: string | null;
  email?: string | null;
  /** The row of `Список ОО` it was read from (1-based), to name a repeated code. */
  row?: number;
}

export interface CollectionRow {
  /** The expected code; for a file matching none, the code it carries ("" when none). */
  code: string;
  name: string | null;
  /** The file received ("" inside Excel); null when nothing came. */
  file: string | null;
  received: boolean;
  rows: number;
  errors: number;
  warnings: number;
  excludedRows: number;
  status: CollectionStatus;
  /** False for a file whose code is not on the list. */
  expected: boolean;
  /** Russian: what to check (a near code, a file not on the list, why a file was left out). */
  note: string | null;
  /** From `Список ОО` (expected schools only; not in the JSON). */
  contact?: string | null;
  email?: string | null;
  /** A second file of a school already received (not on the list as a file of its own). */
  duplicate?: boolean;
  /** Earlier files of the school this (later-filled) file replaced; not in the JSON. */
  replaces?: string[];
}

interface Received {
  code: string | null;
  /** The code as the school typed it, when consolidation wrote it under the expected one. */
  typed: string | null;
  name: string | null;
  file: string;
  rows: number;
  errors: number;
  warnings: number;
  excludedRows: number;
  reason: string | null;
  /** Earlier files of this school this one replaces (a resend). */
  replaces: string[];
  /** Last period's file: this period's has not come («Не сдан»). */
  earlierPeriod?: boolean;
}

const count = (issues: readonly Issue[], severity: Issue["severity"]): number =>
  issues.reduce((n, i) => n + (i.severity === severity ? 1 : 0), 0);

function fromSchool(s: SchoolData, typed: ReadonlyMap<string, string>): Received {
  return {
    code: s.passport.schoolCode?.trim() || null,
    typed: typed.get(s.file) ?? null,
    name: s.passport.schoolName,
    file: s.file,
    rows: s.workers.length,
    errors: count(s.issues, "error"),
    warnings: count(s.issues, "warning"),
    excludedRows: s.workers.reduce((n, w) => n + (w.hasErrors ? 1 : 0), 0),
    reason: null,
    replaces: [],
  };
}

/**
 * Everything that came in: the included schools; the schools left out (with the reason);
 * a file that could not be read at all (its first error as the reason, counted as an error).
 */
function receivedFiles(c: Consolidation): Received[] {
  const typed = new Map((c.recoded ?? []).map((r) => [r.file, r.typed]));
  const out = c.included.map((s) => fromSchool(s, typed));
  const known = new Set(out.map((r) => r.file));
  // A file replaced by a resend is no row of its own: the resend's row names it.
  for (const x of c.superseded ?? []) {
    known.add(x.file);
    out.find((r) => r.file === x.by)?.replaces.push(x.file);
  }
  const byFile = new Map<string, Issue[]>();
  for (const issue of c.issues) {
    if (issue.file === undefined || issue.file === null) continue;
    const list = byFile.get(issue.file) ?? [];
    list.push(issue);
    byFile.set(issue.file, list);
  }
  for (const ex of c.excluded) {
    const issues = byFile.get(ex.file) ?? [];
    known.add(ex.file);
    out.push({
      code: ex.schoolCode?.trim() || null,
      typed: typed.get(ex.file) ?? null,
      name: ex.schoolName ?? null,
      file: ex.file,
      rows: 0,
      errors: Math.max(1, count(issues, "error")),
      warnings: count(issues, "warning"),
      excludedRows: 0,
      reason: ex.earlierPeriod
        ? `прислан файл за прошлый период ${periodLabel(ex.earlierPeriod.sent)} — пришлите файл за ${periodLabel(ex.earlierPeriod.wanted)}`
        : ex.reason,
      replaces: [],
      ...(ex.earlierPeriod ? { earlierPeriod: true } : {}),
    });
  }
  for (const [file, issues] of byFile) {
    if (known.has(file)) continue;
    const errors = count(issues, "error");
    if (errors === 0) continue;
    out.push({
      code: null,
      typed: null,
      name: null,
      file,
      rows: 0,
      errors,
      warnings: count(issues, "warning"),
      excludedRows: 0,
      reason: `файл не прочитан: ${renderIssue(issues.find((i) => i.severity === "error")!)}`,
      replaces: [],
    });
  }
  return out;
}

const statusOf = (r: Received | undefined): CollectionStatus =>
  r === undefined || r.earlierPeriod === true
    ? "Не сдан"
    : r.errors > 0
      ? "Сдан с ошибками"
      : "Принят";

/** Schools to call first: «Не сдан», then «Сдан с ошибками», then «Принят»; within each, a file not on the list first. */
function sortCollection(rows: CollectionRow[]): CollectionRow[] {
  const rank = (r: CollectionRow): number => COLLECTION_STATUS.indexOf(r.status);
  return rows.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      Number(a.expected) - Number(b.expected) ||
      naturalOrder.compare(a.code, b.code) ||
      naturalOrder.compare(a.file ?? "", b.file ?? "")
  );
}

function row(
  base: Pick<CollectionRow, "code" | "name" | "expected">,
  got: Received | undefined,
  note: string | null
): CollectionRow {
  return {
    ...base,
    name: base.name ?? got?.name ?? null,
    file: got?.file ?? null,
    received: got !== undefined,
    rows: got?.rows ?? 0,
    errors: got?.errors ?? 0,
    warnings: got?.warnings ?? 0,
    excludedRows: got?.excludedRows ?? 0,
    status: statusOf(got),
    note,
    ...(got !== undefined && got.replaces.length > 0 ? { replaces: got.replaces } : {}),
  };
}

/** The file's name without folders and «.xlsx»: «ОО-05» of «in/ОО-05.xlsx». */
function baseName(file: string): string {
  return fileBaseName(file).replace(/\.xlsx$/i, "");
}

function joinNotes(...notes: (string | null)[]): string | null {
  const kept = notes.filter((n): n is string => n !== null && n !== "");
  return kept.length ? kept.join("; ") : null;
}

/** « (строки 3, 7)» when the rows are known, else the codes as typed. */
function rowsText(same: readonly ExpectedSchool[]): string {
  const rows = same.map((e) => e.row).filter((r): r is number => r !== undefined);
  if (rows.length === same.length) return ` (строки ${rows.join(", ")})`;
  return `: ${same.map((e) => `«${e.code}»`).join(", ")}`;
}

/**
 * The tracker's rows. `expected` null: no list — every received school is expected
 * (only an unreadable file stands apart).
 */
export function collectionRows(
  c: Consolidation,
  expected: readonly ExpectedSchool[] | null
): CollectionRow[] {
  const received = receivedFiles(c);
  const list: ExpectedSchool[] = [];
  const repeats = new Map<string, ExpectedSchool[]>();
  for (const e of expected ??
    received.flatMap((r) => (r.code ? [{ code: r.code, name: r.name }] : []))) {
    const key = codeKey(e.code);
    if (key === "") continue;
    const same = repeats.get(key);
    if (same) {
      same.push(e);
      continue;
    }
    repeats.set(key, [e]);
    list.push(e);
  }
  const slot = new Map(list.map((e) => [codeKey(e.code), e]));
  const matched = new Map<string, Received>();
  const rows: CollectionRow[] = [];
  const codes = list.map((e) => e.code);
  // Files not matched that point at an expected school: a near code, or an unreadable file
  // named like the school («ОО-05.xlsx»); the expected row names them (review 2).
  const pointers = new Map<string, string[]>();
  const point = (code: string, text: string): void => {
    const k = codeKey(code);
    pointers.set(k, [...(pointers.get(k) ?? []), text]);
  };
  for (const r of received) {
    const key = r.code === null ? "" : codeKey(r.code);
    const target = slot.get(key);
    if (target !== undefined && !matched.has(key)) {
      matched.set(key, r);
      continue;
    }
    const near = r.code === null ? null : nearCode(r.code, codes);
    const byName = r.code === null ? slot.get(codeKey(baseName(r.file))) : undefined;
    if (near !== null) point(near, `прислан файл «${r.file}» с кодом «${r.code}» — проверьте код`);
    if (byName !== undefined) point(byName.code, `файл «${r.file}» не прочитан — см. его строку`);
    const why =
      target !== undefined && r.earlierPeriod === true
        ? `за этот период ${target.code} уже сдан файлом «${matched.get(key)!.file}» — этот файл прошлого периода не нужен`
        : target !== undefined
          ? r.reason !== null && r.reason.includes(matched.get(key)!.file)
            ? // the reason names both files and which one was taken; the row says what it is
              `второй файл ${target.code}: его строки не вошли в свод`
            : `код ${target.code} уже сдан файлом «${matched.get(key)!.file}» — проверьте код`
          : near !== null
            ? `похоже на ${near} — проверьте код`
            : r.code === null
              ? byName !== undefined
                ? `по имени файла — ${byName.code}`
                : null
              : "нет в списке ОО — добавьте строку в «Список ОО» или проверьте код";
    const extra = row(
      { code: r.code ?? "", name: r.name, expected: false },
      r,
      joinNotes(why, r.reason)
    );
    // Last period's file beside this period's: not «Не сдан» (the school did send), a refused file.
    const status =
      target !== undefined && r.earlierPeriod === true ? "Сдан с ошибками" : extra.status;
    rows.push(
      target !== undefined ? { ...extra, status, code: target.code, duplicate: true } : extra
    );
  }
  for (const e of list) {
    const key = codeKey(e.code);
    const got = matched.get(key);
    const asTyped = got?.typed ?? (got?.code && got.code !== e.code ? got.code : null);
    const typed = asTyped ? `код в файле: «${asTyped}»` : null;
    const resent = got?.replaces.length
      ? got.replaces.length === 1
        ? `заменяет прежний файл «${got.replaces[0]}» (заполнен раньше)`
        : `заменяет прежние файлы ${got.replaces.map((f) => `«${f}»`).join(", ")} (заполнены раньше)`
      : null;
    // Without a list the codes come from the files: a school's second file is no repeated row.
    const same = expected === null ? [] : (repeats.get(key) ?? []);
    const repeated =
      same.length > 1 ? `код повторён в «Список ОО»${rowsText(same)} — оставьте одну строку` : null;
    rows.push({
      ...row(
        { code: e.code, name: e.name, expected: true },
        got,
        joinNotes(
          resent,
          typed,
          repeated,
          got?.reason ?? null,
          got === undefined ? (pointers.get(key) ?? []).join("; ") : null
        )
      ),
      contact: e.contact ?? null,
      email: e.email ?? null,
    });
  }
  return sortCollection(rows);
}

export interface CollectionCounts {
  expected: number;
  received: number;
  /** Expected schools «Сдан с ошибками» (a file not on the list is counted apart). */
  withErrors: number;
  missing: string[];
  /** Files not on the list (a second file of a school counted apart). */
  unexpected: number;
  /** Their file names (the code when no file), in the sheet's order. */
  unexpectedFiles: string[];
  unexpectedWithErrors: number;
  /** Codes of schools that sent a second file. */
  duplicates: string[];
  /** Codes of schools whose later-filled file replaced an earlier one. */
  resent: string[];
}

export function collectionCounts(rows: readonly CollectionRow[]): CollectionCounts {
  const expected = rows.filter((r) => r.expected);
  const unexpected = rows.filter((r) => !r.expected && !r.duplicate);
  return {
    expected: expected.length,
    // A file of last period came, but this period's did not: «Не сдан» (decisions/report.md).
    received: expected.filter((r) => r.status !== "Не сдан").length,
    withErrors: expected.filter((r) => r.status === "Сдан с ошибками").length,
    missing: expected.filter((r) => r.status === "Не сдан").map((r) => r.code),
    unexpected: unexpected.length,
    unexpectedFiles: unexpected.map((r) => fileBaseName(r.file ?? "") || r.code),
    unexpectedWithErrors: unexpected.filter((r) => r.status === "Сдан с ошибками").length,
    duplicates: [...new Set(rows.filter((r) => r.duplicate).map((r) => r.code))],
    resent: rows.filter((r) => r.replaces?.length).map((r) => r.code),
  };
}

/**
 * «Сдано 57 из 60; с ошибками 4; не сдано: ОО-12, ОО-31, ОО-44» — «с ошибками» counts the
 * expected schools only; files not on the list and second files of a school follow apart.
 */
export function collectionLine(rows: readonly CollectionRow[]): string {
  const n = collectionCounts(rows);
  const parts = [`Сдано ${n.received} из ${n.expected}`, `с ошибками ${n.withErrors}`];
  if (n.missing.length) parts.push(`не сдано: ${n.missing.join(", ")}`);
  if (n.unexpected) {
    const faulty = n.unexpectedWithErrors
      ? ` (с ошибками или не прочитано: ${n.unexpectedWithErrors})`
      : "";
    const shown = n.unexpectedFiles.slice(0, 5).join(", ");
    const more = n.unexpectedFiles.length > 5 ? ", …" : "";
    parts.push(`не из списка: ${countOf(n.unexpected, NOUN.file)}${faulty} — ${shown}${more}`);
  }
  if (n.duplicates.length) parts.push(`второй файл: ${n.duplicates.join(", ")}`);
  if (n.resent.length) parts.push(`прислан исправленный файл: ${n.resent.join(", ")}`);
  return parts.join("; ");
}
