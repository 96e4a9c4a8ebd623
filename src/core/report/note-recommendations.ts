/**
 * Section 6 of the справка, «Адресные рекомендации»: by addressee (МОУО, ММС,
 * ЦНППМ, ОО), each as a table of the recommendation, the workers needed to reach
 * the target (`needed`) and the deadline; the schools' own recommendations one
 * row per school; the individual ones counted per action (the names stay in
 * `Рекомендации` and the feedback files).
 */
import { appendAll } from "../arrays";
import { TOTAL } from "../indicators/types";
import type { CatalogEntry } from "../indicators/measures";
import { municipalView } from "../recommend/municipal-view";
import { neededNoun } from "../recommend/needed-text";
import { ruleServes } from "../recommend/rules";
import type { Recommendation } from "../recommend/types";
import { OUTPUT_SHEETS } from "../schema";
import { countOf, NOUN } from "../text/plural";
import { schoolName, withoutCodes } from "./note-format";
import type { NoteBlock } from "./note-model";
import { reportContext } from "./context";
import { ADDRESSEE_NAMES, ADDRESSEE_ORDER } from "./recommendations-sheet";
import type { ReportInput } from "./types";

/** Short Russian names of the individual rules, for the counts. */
export const INDIVIDUAL_LABELS: Readonly<Record<string, string>> = {
  T_PK_OVERDUE: "направить на повышение квалификации",
  T_DIAG_MISSING: "направить на диагностику профессиональных дефицитов",
  T_IOM_MISSING: "разработать индивидуальный образовательный маршрут",
  T_YOUNG_NO_MENTOR: "закрепить наставника за молодым специалистом",
  T_RETRAIN_NEEDED: "направить на переподготовку педагогической направленности",
  T_PROFILE_MISMATCH: "направить на переподготовку по профилю предмета",
  T_BURNOUT_HIGH: "психолого-педагогическое сопровождение (высокий уровень выгорания)",
  T_ATTEST_DUE: "подготовить к аттестации",
};

const TABLE_HEADERS = ["Рекомендация", "Разрыв до цели", "Срок"];
const SCHOOL_HEADERS = ["ОО и рекомендация", "Разрыв до цели", "Срок"];
const WIDTHS = [63, 14, 18];

/**
 * The справка goes to the authority: a school's candidates by `Табельный номер` (dozens of
 * numbers per line) stay in `Рекомендации` and the school's feedback file.
 */
const CANDIDATES = /Кандидаты \(табельные номера\): [^.]*\./;

export function withoutCandidates(text: string): string {
  return text.replace(CANDIDATES, "Кандидаты — в файле обратной связи ОО.");
}

/** `needed` with the noun of the recommendation's own text («1 педагог» for a share of PED). */
function neededText(r: Recommendation, catalog: ReadonlyMap<string, CatalogEntry>): string {
  if (r.needed === undefined || r.needed === null) return "—";
  return countOf(r.needed, neededNoun(r.indicator === null ? undefined : catalog.get(r.indicator)));
}

/** «ОО-1 (МБОУ …): текст», unless the text already names the school. */
function withSchool(label: string, code: string, text: string): string {
  if (text.includes(label) || text.startsWith(code)) return text;
  return `${label}: ${text}`;
}

function individualCounts(recs: readonly Recommendation[]): NoteBlock[] {
  const byRule = new Map<string, Set<string>>();
  for (const r of recs) {
    if (r.addressee !== "Педагог") continue;
    const who = byRule.get(r.rule) ?? new Set<string>();
    who.add(`${r.scope}|${r.teacher ?? ""}`);
    byRule.set(r.rule, who);
  }
  if (!byRule.size) return [];
  return [
    {
      kind: "paragraph",
      text: `Индивидуальные рекомендации работникам (поимённо — в листе «${OUTPUT_SHEETS.recommendations}» и в файлах обратной связи ОО):`,
      bold: true,
    },
    {
      kind: "list",
      items: [...byRule].map(
        ([rule, who]) =>
          `${INDIVIDUAL_LABELS[rule] ?? "иные индивидуальные рекомендации"} — ${countOf(who.size, NOUN.worker)}`
      ),
    },
  ];
}

export function recommendationsSection(input: ReportInput, due: string | null): NoteBlock[] {
  const ctx = reportContext(input);
  const titles = new Map([...ctx.catalog].map(([code, e]) => [code, e.title]));
  const shown = new Set(ctx.codes);
  // An individual rule (and its per-school rollup) only where it serves an indicator of the profile.
  const inProfile = (r: Recommendation) =>
    r.indicator === null ? ruleServes(r.rule, shown) : shown.has(r.indicator);
  const recs = municipalView(input.recommendations, input.rules).filter(inProfile);
  const deadline = due ? `до ${due}` : "—";
  const text = (r: Recommendation) => withoutCandidates(withoutCodes(r.text, titles));
  const out: NoteBlock[] = [];
  for (const addressee of ADDRESSEE_ORDER) {
    const own = recs.filter((r) => r.addressee === addressee);
    const general = own.filter((r) => r.scope === TOTAL);
    const perSchool = own.filter((r) => r.scope !== TOTAL);
    if (!general.length && !perSchool.length) continue;
    out.push({ kind: "paragraph", text: ADDRESSEE_NAMES[addressee], bold: true });
    if (general.length)
      out.push({
        kind: "table",
        headers: TABLE_HEADERS,
        rows: general.map((r) => [text(r), neededText(r, ctx.catalog), deadline]),
        widths: WIDTHS,
      });
    if (perSchool.length)
      out.push({
        kind: "table",
        headers: SCHOOL_HEADERS,
        rows: perSchool.map((r) => [
          withSchool(schoolName(ctx.schools, r.scope), r.scope, text(r)),
          neededText(r, ctx.catalog),
          deadline,
        ]),
        widths: WIDTHS,
      });
  }
  appendAll(out, individualCounts(recs));
  if (!out.length) out.push({ kind: "paragraph", text: "Рекомендаций по итогам периода нет." });
  return out;
}
