/**
 * «Предложить меры»: draft rows of `Меры` from the indicator-level
 * recommendations. The app appends them below what people typed (never
 * rewriting a row); an indicator and scope already covered by a measure that
 * is not cancelled gets no draft.
 */
import { schoolRef } from "../text/school-ref";
import type { CatalogEntry } from "../indicators/measures";
import { neededNoun } from "../recommend/needed-text";
import { countOf } from "../text/plural";
import { TOTAL, type Scope } from "../indicators/types";
import type { Grid } from "../model";
import type { Recommendation } from "../recommend/types";
import { MEASURES, MEASURE_STATUS } from "../schema";
import { fold } from "../text/fold";
import { dateFromDay, type Day } from "../time/day";
import type { OutCell } from "../../port/sheet-model";
import { findHeader } from "./cells";
import { CANCELLED, MUNICIPAL_LEVEL, SCHOOL_LEVEL, measureScope, type Measure } from "./measures";

export interface ProposeOptions {
  /** Indicator titles by code, to name the indicator in the text. */
  titles?: ReadonlyMap<string, string>;
  /**
   * The catalog: titles where `titles` has none, and the noun and direction of
   * `needed` («нужно ещё 3 педагога»); without it the count is of «работников».
   */
  catalog?: readonly CatalogEntry[];
  /** Срок of the drafts (e.g. the next period's end); empty when absent. */
  due?: Day;
  /** The existing sheet: rows are laid out in its column order instead of the schema's. */
  grid?: Grid;
}

/** Who answers for a measure, by the recommendation's addressee. */
const RESPONSIBLE: Record<string, string> = {
  МОУО: "МОУО",
  ММС: "ММС (ИМЦ)",
  ЦНППМ: "ЦНППМ",
  ОО: "Руководитель ОО",
};

interface Draft {
  measure: string;
  indicator: string;
  level: string;
  schoolCode: string | null;
  responsible: string;
  scope: Scope;
}

export function proposeMeasures(
  recommendations: readonly Recommendation[],
  existing: readonly Measure[],
  options: ProposeOptions = {}
): OutCell[][] {
  const covered = new Set<string>();
  for (const m of existing) {
    const scope = measureScope(m);
    if (m.indicator && scope && m.status !== CANCELLED) covered.add(key(m.indicator, scope));
  }
  const drafts = new Map<string, Draft>();
  const entries = new Map((options.catalog ?? []).map((e) => [e.code, e]));
  for (const rec of recommendations) {
    const draft = draftOf(rec, entries, options.titles);
    if (!draft) continue;
    const k = key(draft.indicator, draft.scope);
    const same = drafts.get(k);
    if (same) {
      if (!same.responsible.includes(draft.responsible))
        same.responsible += `, ${draft.responsible}`;
    } else if (!covered.has(k)) drafts.set(k, draft);
  }
  return [...drafts.values()].map((d) => layout(d, options));
}

function key(indicator: string, scope: Scope): string {
  return `${fold(indicator)}|${fold(scope)}`;
}

/**
 * « (нужно ещё 3 педагога)» for a «≥» indicator, « (на 2 работника меньше)» for
 * a «≤» one; "" where `needed` does not apply or is 0.
 */
function neededClause(rec: Recommendation, entry: CatalogEntry | undefined): string {
  const n = rec.needed;
  if (n === null || n === undefined || n <= 0) return "";
  const forms = neededNoun(entry);
  if (entry?.direction === "≤")
    return ` (учтённых в показателе должно стать на ${countOf(n, forms)} меньше)`;
  return ` (нужно ещё ${countOf(n, forms)})`;
}

/** Whom the school works with: the candidates its recommendation lists (a «≥» share), or by the recommendation. */
function workWith(entry: CatalogEntry | undefined): string {
  return entry?.direction === "≤"
    ? "адресная работа по рекомендациям для ОО"
    : "адресная работа с кандидатами из списка рекомендаций для ОО";
}

function draftOf(
  rec: Recommendation,
  entries: ReadonlyMap<string, CatalogEntry>,
  titles?: ReadonlyMap<string, string>
): Draft | null {
  if (rec.indicator === null || rec.addressee === "Педагог") return null;
  const entry = entries.get(rec.indicator);
  const name = titles?.get(rec.indicator) ?? entry?.title;
  // The code stays in `Показатель`; the text a person reads names the indicator in Russian.
  const ind = name ? `«${name}»` : "из столбца «Показатель»";
  const responsible = RESPONSIBLE[rec.addressee] ?? rec.addressee;
  const municipal = (measure: string): Draft => ({
    measure,
    indicator: rec.indicator as string,
    level: MUNICIPAL_LEVEL,
    schoolCode: null,
    responsible,
    scope: TOTAL,
  });
  switch (rec.rule) {
    case "SCHOOL_BEST_PRACTICE":
      // The practice is spread across the municipality: the measure acts on the total.
      return municipal(
        `Изучить и распространить опыт ${schoolRef(rec.scope)} по показателю ${ind}: семинар, стажировка, публикация практики`
      );
    default:
      if (rec.scope === TOTAL) {
        return municipal(
          `Разработать и реализовать план мер по достижению целевого значения показателя ${ind}`
        );
      }
      return {
        measure: `Обеспечить достижение целевого значения показателя ${ind} в ${schoolRef(rec.scope)}: ${workWith(entry)}${neededClause(rec, entry)}`,
        indicator: rec.indicator,
        level: SCHOOL_LEVEL,
        schoolCode: rec.scope,
        responsible: rec.addressee === "ОО" ? `Руководитель ${schoolRef(rec.scope)}` : responsible,
        scope: rec.scope,
      };
  }
}

function layout(d: Draft, options: ProposeOptions): OutCell[] {
  const values: Record<string, OutCell> = {
    measure: d.measure,
    indicator: d.indicator,
    level: d.level,
    schoolCode: d.schoolCode,
    responsible: d.responsible,
    due: options.due === undefined ? null : dateFromDay(options.due),
    status: MEASURE_STATUS[0],
    decision: null,
  };
  const hit = options.grid
    ? findHeader(
        options.grid,
        MEASURES.keyHeader,
        MEASURES.fields.map((f) => f.header)
      )
    : null;
  if (!hit) return MEASURES.fields.map((f) => values[f.key]);
  const row: OutCell[] = [];
  for (const f of MEASURES.fields) {
    const col = hit.columns.get(f.header);
    if (col !== undefined) row[col] = values[f.key];
  }
  return Array.from({ length: row.length }, (_, i) => row[i] ?? null);
}
