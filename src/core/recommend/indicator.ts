/**
 * Indicator rules: IND_BELOW_TARGET, SCHOOL_BELOW_TARGET, DEFICIT_FOCUS and
 * SCHOOL_BEST_PRACTICE, evaluated over the engine's results and the rows.
 */
import { allWorkers } from "../clusters/population";
import type { CatalogEntry } from "../indicators/measures";
import { TOTAL, type IndicatorResult, type Settings } from "../indicators/types";
import type { Period, SchoolData } from "../model";
import { deficitStructure, diagnosedInPeriod, topDeficits } from "./deficits";
import { hasNeeded } from "../indicators/needed";
import { gapWorkers } from "./gap";
import { deadlineOf, neededNoun, neededOf, neededSentence } from "./needed-text";
import { responsibleFor } from "./responsible";
import { FULL_PROFILE_ID } from "../indicators/profiles";
import { METHODICAL_INDICATORS, NO_PK_LEVER, NO_WORKER_LIST } from "./rules";
import { fillTemplate, formatNumber, paramOf, textOf } from "./template";
import { countOf, NOUN, type Forms } from "../text/plural";
import type { AddresseeCode, Recommendation, RecommendationRule } from "./types";

export interface IndicatorRuleInput {
  schools: readonly SchoolData[];
  results: readonly IndicatorResult[];
  settings: Settings;
  period: Period;
  catalog: ReadonlyMap<string, CatalogEntry>;
  /** The chosen profile: its passports name the responsible party. */
  profileId?: string;
}

/** The units that count people or things: the number agrees with its noun. */
const COUNT_NOUN: Readonly<Record<string, Forms>> = { человек: NOUN.person, единиц: NOUN.unit };

/** «75,0 %», «14 человек», «3 единицы», «2,5 человека», «3,5 на 100 педагогов». */
export function formatFigure(value: number | null, unit: string): string {
  if (value === null) return "нет данных";
  const noun = COUNT_NOUN[unit];
  if (noun)
    return Number.isInteger(value) ? countOf(value, noun) : `${formatNumber(value)} ${noun[1]}`;
  if (unit === "%") return `${formatNumber(value)} %`;
  if (unit === "на 100 педагогов") return `${formatNumber(value)} на 100 педагогов`;
  return formatNumber(value, true);
}

export function schoolLabel(school: SchoolData | undefined, code: string): string {
  const name = school?.passport.schoolName?.trim();
  return name ? `${code} (${name})` : code;
}

/** The figures every indicator text can name. */
export function figureValues(
  r: IndicatorResult,
  entry: CatalogEntry | undefined
): Record<string, string> {
  const unit = entry?.unit ?? "%";
  const gap = r.value !== null && r.target !== null ? Math.abs(r.target - r.value) : null;
  return {
    indicator: entry?.title ?? r.code,
    code: r.code,
    value: formatFigure(r.value, unit),
    target: r.target === null ? "не задана" : formatFigure(r.target, unit),
    direction: r.direction,
    gap:
      gap === null
        ? "нет данных"
        : unit === "%"
          ? `${formatNumber(gap)} п. п.`
          : formatFigure(gap, unit),
  };
}

function make(
  rule: RecommendationRule,
  addressee: AddresseeCode,
  scope: string,
  indicator: string | null,
  values: Record<string, string>,
  teachers?: string[],
  needed?: number | null
): Recommendation | null {
  const template = textOf(rule, addressee);
  if (template === null) return null;
  const rec: Recommendation = {
    rule: rule.code,
    addressee,
    scope,
    indicator,
    teacher: null,
    text: fillTemplate(template, values),
  };
  if (teachers) rec.teachers = teachers;
  if (needed !== undefined) rec.needed = needed;
  return rec;
}

const keep = (recs: (Recommendation | null)[]): Recommendation[] =>
  recs.filter((r): r is Recommendation => r !== null);

/** The schools' results of each indicator, in the results' order, grouped once. */
function schoolResultsByCode(results: readonly IndicatorResult[]): Map<string, IndicatorResult[]> {
  const out = new Map<string, IndicatorResult[]>();
  for (const r of results) {
    if (r.scope === TOTAL) continue;
    const list = out.get(r.code);
    if (list) list.push(r);
    else out.set(r.code, [r]);
  }
  return out;
}

/**
 * « Больше всего нужно: ОО-3 (…) — 5 педагогов; ОО-1 (…) — 3 педагога.»: the
 * schools with the largest own `needed` (ties in school order); for indicators
 * without `needed`, the schools below target with the largest gap.
 */
function contributors(
  rows: readonly IndicatorResult[],
  entry: CatalogEntry | undefined,
  label: (code: string) => string,
  top: number
): string {
  if (top <= 0) return "";
  if (entry && hasNeeded(entry.measure)) {
    const forms = neededNoun(entry);
    const best = rows
      .map((r, i) => ({ r, i, n: neededOf(r, entry) ?? 0 }))
      .filter((x) => x.n > 0)
      .sort((a, b) => b.n - a.n || a.i - b.i)
      .slice(0, top);
    if (best.length === 0) return "";
    const list = best.map((x) => `${label(x.r.scope)} — ${countOf(x.n, forms)}`);
    return ` Больше всего нужно: ${list.join("; ")}.`;
  }
  const lagging = rows
    .filter((r) => r.status === "несоответствие" && r.value !== null && r.target !== null)
    .map((r, i) => ({ r, i, gap: Math.abs(r.target! - r.value!) }))
    .sort((a, b) => b.gap - a.gap || a.i - b.i)
    .slice(0, top);
  if (lagging.length === 0) return "";
  const list = lagging.map((x) => `${label(x.r.scope)} — ${figureValues(x.r, entry).gap}`);
  return ` Наибольшее отставание: ${list.join("; ")}.`;
}

export function belowTarget(rule: RecommendationRule, input: IndicatorRuleInput): Recommendation[] {
  const bySchool = new Map(input.schools.map((s) => [s.passport.schoolCode ?? "", s]));
  const label = (code: string) => schoolLabel(bySchool.get(code), code);
  const perCode = schoolResultsByCode(input.results);
  const top = rule.params.some((p) => p.key === "schools") ? paramOf(rule, "schools") : 3;
  const deadline = deadlineOf(input.period);
  return input.results
    .filter((r) => r.scope === TOTAL && r.status === "несоответствие")
    .flatMap((r) => {
      const entry = input.catalog.get(r.code);
      const needed = neededOf(r, entry);
      const values = {
        ...figureValues(r, entry),
        needed: neededSentence(needed, r.direction, neededNoun(entry), " по муниципалитету"),
        schools: contributors(perCode.get(r.code) ?? [], entry, label, top),
        deadline,
      };
      const to: AddresseeCode[] = ["МОУО"];
      if (!NO_PK_LEVER.includes(r.code)) to.push("ЦНППМ");
      if (METHODICAL_INDICATORS.includes(r.code)) to.push("ММС");
      return keep(to.map((a) => make(rule, a, TOTAL, r.code, values, undefined, needed)));
    });
}

/**
 * « Кандидаты (табельные номера): 0002, 0003; из них нужно выбрать 1.», or «…; нужны
 * все.» when every candidate (of several) is needed; no count when `needed` does not apply.
 */
function candidatesSentence(tabs: readonly string[], needed: number | null): string {
  if (tabs.length === 0) return "";
  const pick =
    needed === null || needed <= 0 || tabs.length === 1
      ? ""
      : needed < tabs.length
        ? `; из них нужно выбрать ${needed}`
        : "; нужны все";
  return ` Кандидаты (табельные номера): ${tabs.join(", ")}${pick}.`;
}

export function schoolBelowTarget(
  rule: RecommendationRule,
  input: IndicatorRuleInput
): Recommendation[] {
  const bySchool = new Map(input.schools.map((s) => [s.passport.schoolCode ?? "", s]));
  const deadline = deadlineOf(input.period);
  return keep(
    input.results
      .filter((r) => r.scope !== TOTAL && r.status === "несоответствие")
      .map((r) => {
        const entry = input.catalog.get(r.code);
        const school = bySchool.get(r.scope);
        const needed = neededOf(r, entry);
        const gap = entry && school ? gapWorkers(entry, school, input.settings, r.direction) : null;
        const values = {
          ...figureValues(r, entry),
          school: schoolLabel(school, r.scope),
          needed: neededSentence(needed, r.direction, neededNoun(entry)),
          deadline,
          responsible: responsibleFor(entry, input.settings, input.profileId ?? FULL_PROFILE_ID),
          candidates: "",
          count: "",
          workersCount: "",
          teachers: "",
          workers: "",
        };
        if (!gap) return make(rule, "ОО", r.scope, r.code, values, undefined, needed);
        const named = !NO_WORKER_LIST.includes(r.code);
        const tabs = gap.map((w) => w.tabNumber);
        values.count = String(gap.length);
        values.workersCount = countOf(gap.length, neededNoun(entry));
        values.teachers = named ? tabs.join(", ") : "не приводятся";
        values.candidates = named ? candidatesSentence(tabs, needed) : "";
        // {workers}: texts edited before issue 13 — the same candidates, as candidates.
        values.workers = values.candidates;
        return make(rule, "ОО", r.scope, r.code, values, named ? tabs : undefined, needed);
      })
  );
}

export function deficitFocus(
  rule: RecommendationRule,
  input: IndicatorRuleInput
): Recommendation[] {
  const diagnosed = allWorkers(input.schools)
    .map((x) => x.worker)
    .filter((w) => diagnosedInPeriod(w, input.period));
  const top = topDeficits(deficitStructure(diagnosed), paramOf(rule, "top"));
  if (top.length === 0) return [];
  const values = {
    diagnosed: String(diagnosed.length),
    deficits: top
      .map((d) => `${d.deficit} — ${d.count} чел. (${formatNumber(d.share)} %)`)
      .join("; "),
  };
  return keep((["ЦНППМ", "МОУО"] as const).map((a) => make(rule, a, TOTAL, null, values)));
}

export function bestPractice(
  rule: RecommendationRule,
  input: IndicatorRuleInput
): Recommendation[] {
  const share = paramOf(rule, "topShare");
  const minSchools = paramOf(rule, "minSchools");
  const bySchool = new Map(input.schools.map((s) => [s.passport.schoolCode ?? "", s]));
  const byCode = new Map<string, IndicatorResult[]>();
  for (const r of input.results) {
    if (r.scope === TOTAL || r.value === null) continue;
    const rows = byCode.get(r.code);
    if (rows) rows.push(r);
    else byCode.set(r.code, [r]);
  }
  const out: Recommendation[] = [];
  for (const [code, rows] of byCode) {
    if (rows.length < minSchools) continue;
    // A school is in the top quarter when fewer than k schools do strictly better
    // and at least one does worse: when every school ties, no one stands out.
    // The values are sorted once, so both counts are binary searches, not a
    // pass over every other school (1,500 schools × 60 indicators).
    const down = rows[0].direction === "≤";
    const k = Math.max(1, Math.ceil((rows.length * share) / 100));
    const sorted = rows
      .map((r) => r.value!)
      .filter((v) => !Number.isNaN(v))
      .sort((a, b) => a - b);
    for (const r of rows) {
      const v = r.value!;
      if (r.status !== "соответствие" || Number.isNaN(v)) continue;
      const below = countBelow(sorted, v);
      const above = sorted.length - countBelow(sorted, v, true);
      const ahead = down ? below : above;
      const behind = down ? above > 0 : below > 0;
      if (ahead >= k || !behind) continue;
      const values = {
        ...figureValues(r, input.catalog.get(code)),
        school: schoolLabel(bySchool.get(r.scope), r.scope),
      };
      const rec = make(rule, "ММС", r.scope, code, values);
      if (rec) out.push(rec);
    }
  }
  return out;
}

/** How many values of ascending `sorted` are < v (or ≤ v with `orEqual`): a binary search. */
function countBelow(sorted: readonly number[], v: number, orEqual = false): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < v || (orEqual && sorted[mid] === v)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
