/**
 * The JSON of `pedmonitor report` (cli.md): every catalog indicator for every
 * scope whatever the profile, exact values, issues and the municipal view of
 * the recommendations.
 */
import type { CollectionRow } from "../consolidate/collection";
import type { EffectivenessJson } from "../cycle/effectiveness-json";
import type { HistoryJson } from "../cycle/history";
import { CATALOG } from "../indicators/catalog";
import { TOTAL, type IndicatorResult, type Status } from "../indicators/types";
import type { Issue, Severity } from "../model";
import { municipalView } from "../recommend/municipal-view";
import { isoDay } from "../time/day";
import { renderIssue } from "../validate/message";
import { reportContext } from "./context";
import type { ReportInput } from "./types";

/** A `Сбор данных` row as cli.md «Additions» gives it. */
export type CollectionJson = Omit<
  CollectionRow,
  "expected" | "note" | "contact" | "email" | "duplicate"
>;

export interface ReportJson {
  period: { start: string; end: string } | null;
  /** This period against the previous one (cli.md «Additions»); before = null without one. */
  effectiveness: EffectivenessJson;
  /** Total values per period, oldest first, the current last; [] without an earlier period. */
  history: HistoryJson[];
  schools: { code: string; name: string | null; rows: number; excludedRows: number }[];
  indicators: {
    code: string;
    scope: string;
    numerator: number | null;
    denominator: number | null;
    value: number | null;
    target: number | null;
    status: Status;
  }[];
  issues: {
    file: string | null;
    sheet: string;
    row: number | null;
    column: string | null;
    code: string;
    severity: Severity;
    message: string;
  }[];
  /** `Сбор данных` (cli.md «Additions»): the schools to call first. */
  collection: CollectionJson[];
  recommendations: {
    rule: string;
    addressee: string;
    scope: string;
    indicator: string | null;
    teacher: string | null;
    text: string;
    /** Gap to target in workers (indicators.md); null where it does not apply. */
    needed: number | null;
  }[];
}

export function issueJson(i: Issue): ReportJson["issues"][number] {
  return {
    file: i.file ?? null,
    sheet: i.sheet,
    row: i.row,
    column: i.column,
    code: i.code,
    severity: i.severity,
    message: renderIssue(i),
  };
}

export function reportJson(input: ReportInput): ReportJson {
  const { consolidation: c } = input;
  const schools = c.included.map((s) => ({
    code: s.passport.schoolCode ?? s.file,
    name: s.passport.schoolName,
    rows: s.workers.length,
    excludedRows: s.workers.filter((w) => w.hasErrors).length,
  }));
  // The results lookup the sheet builders share (reportContext), not a second one.
  const { result } = reportContext(input);
  const codes = [...(input.catalog ?? CATALOG).map((e) => e.code)];
  const known = new Set(codes);
  for (const r of input.results) {
    if (known.has(r.code)) continue;
    known.add(r.code);
    codes.push(r.code);
  }
  const scopes = [TOTAL, ...schools.map((s) => s.code)];
  const indicators = codes.flatMap((code) =>
    scopes.map((scope) => {
      const r: IndicatorResult | undefined = result(code, scope);
      return {
        code,
        scope,
        numerator: r?.numerator ?? null,
        denominator: r?.denominator ?? null,
        value: r?.value ?? null,
        target: r?.target ?? null,
        status: r?.status ?? ("нет данных" as Status),
      };
    })
  );
  return {
    period: c.period ? { start: isoDay(c.period.start), end: isoDay(c.period.end) } : null,
    schools,
    indicators,
    issues: c.issues.map(issueJson),
    recommendations: municipalView(input.recommendations, input.rules).map((r) => ({
      rule: r.rule,
      addressee: r.addressee,
      scope: r.scope,
      indicator: r.indicator,
      teacher: r.teacher,
      text: r.text,
      needed: r.needed ?? null,
    })),
    effectiveness: input.cycle?.effectiveness ?? { indicators: [], measures: [] },
    history: input.cycle?.history ?? [],
    collection: (input.collection ?? []).map((r) => {
      // The sheet's own columns (expected, note, whom to call) stay out of the JSON (cli.md shape).
      const {
        expected: _expected,
        note: _note,
        contact: _contact,
        email: _email,
        duplicate: _duplicate,
        ...row
      } = r;
      return row;
    }),
  };
}
