/**
 * Individual rules (addressee `Педагог`) over the workers of ALL without errors.
 * Each trigger is a small function beside its rule code; the texts and
 * parameters come from the rule data, so edits in the workbook apply.
 */
import { allWorkers, periodPredicates, type PeriodPredicates } from "../clusters/population";
import type { Period, SchoolData, Worker } from "../model";
import type { Settings } from "../indicators/types";
import { attestationLapsesOn } from "../rules/attestation";
import { QUALIFICATION_CATEGORY, PEDAGOGICAL_WORKER } from "../schema/values";
import { addYears, type Day } from "../time/day";
import { fillTemplate, formatDayOr, formatNumber, paramOf, textOf } from "./template";
import type { Recommendation, RecommendationRule } from "./types";
import { countOf, NOUN } from "../text/plural";

/** Default window of a diagnostics, years (recommendations.md). */
const DIAG_YEARS = 3;

interface Ctx {
  period: Period;
  /** Young, beginner…: the engine's named predicates compiled once for the period. */
  is: PeriodPredicates;
  /** The period's end moved by whole years (N years back, a horizon ahead), memoised per call. */
  shifted: (years: number) => Day;
  rule: RecommendationRule;
  /** How many years back a diagnostics still counts (T_DIAG_MISSING's parameter): one
   * window for T_DIAG_MISSING and T_IOM_MISSING, so a worker never gets both. */
  diagYears: number;
}

/** Placeholder values when the rule fires, null when it does not. */
type Trigger = (w: Worker, ctx: Ctx) => Record<string, string> | null;

/** The day an attestation's term ends, or null when the category has no term. */
export function attestationDue(w: Worker, termYears: number): Day | null {
  return attestationLapsesOn(w.qualificationCategory, w.attestationDate, termYears);
}

/**
 * The period's end moved by whole years, each shift computed once per call: back by
 * the context's own `yearsBack` (the PK_3Y window of the condition language), ahead
 * by addYears.
 */
function shiftsOf(is: PeriodPredicates, end: Day): (years: number) => Day {
  const ahead = new Map<number, Day>();
  return (years) => {
    if (years <= 0) return is.context.yearsBack(-years) as Day;
    let day = ahead.get(years);
    if (day === undefined) ahead.set(years, (day = addYears(end, years)));
    return day;
  };
}

const CONFORMITY = QUALIFICATION_CATEGORY[1];

/** A diagnostics within the window (`diagYears` before the period's end, or later). */
const freshDiagnostics = (w: Worker, { shifted, diagYears }: Ctx): boolean =>
  w.diagnosticsDate !== null && w.diagnosticsDate >= shifted(-diagYears);

/**
 * What the attestation is, tensed by the period's end: a category «истёк» on or
 * before it, «истекает» after; «Соответствие занимаемой должности» is not a
 * category, it is the next attestation's deadline.
 */
export function attestationPhrase(category: string, due: Day, periodEnd: Day): string {
  const date = formatDayOr(due, "");
  const past = due <= periodEnd;
  if (category === CONFORMITY)
    return past
      ? `очередная аттестация на соответствие занимаемой должности — не позднее ${date} (срок прошёл)`
      : `очередная аттестация на соответствие занимаемой должности — не позднее ${date}`;
  return `срок действия категории «${category}» ${past ? "истёк" : "истекает"} ${date}`;
}

const deficitsText = (w: Worker): string =>
  w.deficits.length ? w.deficits.join(", ") : "дефициты не указаны";

/** What the ИОМ is built on: the deficits when the row names them, else the diagnostics — never «на основе выявленных дефицитов (не указаны)». */
const basisText = (w: Worker): string =>
  w.deficits.length
    ? `на основе выявленных дефицитов (${w.deficits.join(", ")})`
    : "по итогам диагностики (дефициты в строке не указаны — уточните их)";

/** «2 года», «0 лет», «2,5 года»: the стаж with its agreeing noun, to one decimal. */
export function experienceText(years: number | null): string {
  if (years === null) return "не указан";
  return countOf(Math.round(years * 10) / 10, NOUN.year);
}

export const TRIGGERS: Readonly<Record<string, Trigger>> = {
  T_PK_OVERDUE: (w, { period, shifted, rule }) => {
    const years = paramOf(rule, "years");
    const day = w.courseDate;
    // Same window as PK_3Y: from the same date `years` before the end, up to the end.
    if (day !== null && day >= shifted(-years) && day <= period.end) return null;
    return { courseDate: formatDayOr(w.courseDate, "нет сведений"), years: String(years) };
  },
  T_DIAG_MISSING: (w, ctx) =>
    freshDiagnostics(w, ctx)
      ? null
      : {
          diagDate: formatDayOr(w.diagnosticsDate, "не проводилась"),
          years: String(ctx.diagYears),
        },
  T_IOM_MISSING: (w, ctx) =>
    freshDiagnostics(w, ctx) && w.iomDeveloped === false
      ? {
          basis: basisText(w),
          deficits: deficitsText(w),
          diagDate: formatDayOr(w.diagnosticsDate, ""),
        }
      : null,
  T_YOUNG_NO_MENTOR: (w, { is }) =>
    is.young(w) && is.beginner(w) && w.mentee === false
      ? {
          experienceYears: experienceText(w.pedExperience),
          experience: formatNumber(w.pedExperience, true),
        }
      : null,
  T_RETRAIN_NEEDED: (w) =>
    w.pedagogicalEducation === false && w.retrainingCompleted === false ? {} : null,
  T_PROFILE_MISMATCH: (w) =>
    w.educationMatchesProfile === false ? { subject: w.subject?.trim() ?? "" } : null,
  T_BURNOUT_HIGH: (w) => (w.burnout === "Высокий" ? {} : null),
  // PED only: heads and deputies are attested by the founder (273-ФЗ ст. 51).
  T_ATTEST_DUE: (w, { shifted, rule, period }) => {
    if (w.workerCategory !== PEDAGOGICAL_WORKER) return null;
    const due = attestationDue(w, paramOf(rule, "term"));
    if (due === null || due >= shifted(paramOf(rule, "horizon"))) return null;
    const category = w.qualificationCategory ?? "";
    return {
      attestation: attestationPhrase(category, due, period.end),
      category,
      attestDate: formatDayOr(w.attestationDate, ""),
      dueDate: formatDayOr(due, ""),
    };
  },
};

export function individualRecommendations(
  schools: readonly SchoolData[],
  rules: readonly RecommendationRule[],
  period: Period,
  settings: Settings
): Recommendation[] {
  const active = rules.filter((r) => r.group === "individual" && TRIGGERS[r.code]);
  const is = periodPredicates(period, settings);
  const shifted = shiftsOf(is, period.end);
  const diag = rules.find((r) => r.code === "T_DIAG_MISSING");
  const diagYears = diag?.params.find((p) => p.key === "years")?.value ?? DIAG_YEARS;
  const out: Recommendation[] = [];
  for (const { worker } of allWorkers(schools)) {
    for (const rule of active) {
      const values = TRIGGERS[rule.code](worker, { period, is, shifted, rule, diagYears });
      const template = textOf(rule, "Педагог");
      if (!values || template === null) continue;
      out.push({
        rule: rule.code,
        addressee: "Педагог",
        scope: worker.schoolCode,
        indicator: null,
        teacher: worker.tabNumber,
        text: fillTemplate(template, {
          teacher: worker.tabNumber,
          school: worker.schoolCode,
          ...values,
        }),
      });
    }
  }
  return out;
}
