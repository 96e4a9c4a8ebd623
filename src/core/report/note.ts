/**
 * `Аналитическая справка`: a printable A4 note in the style of the seed
 * documents (004): title, period, coverage, indicators against targets, the main
 * gaps, best practices and the recommendations by addressee. One paragraph per
 * row in a wide wrapped column.
 */
import { municipalView } from "../recommend/municipal-view";
import { figureValues, formatFigure } from "../recommend/indicator";
import { formatNumber } from "../recommend/template";
import type { Recommendation } from "../recommend/types";
import { OUTPUT_SHEETS } from "../schema";
import type { CellStyle, OutCell, RangeRef, SheetModel } from "../../port/sheet-model";
import { reportContext, TOTAL } from "./context";
import { ADDRESSEE_NAMES, ADDRESSEE_ORDER } from "./recommendations-sheet";
import { periodLine } from "./summary";
import type { ReportInput } from "./types";

export const NOTE_TITLE =
  "Аналитическая справка по итогам мониторинга профессионального развития педагогических работников";

/** Short Russian names of the individual rules, for the counts paragraph. */
export const INDIVIDUAL_LABELS: Readonly<Record<string, string>> = {
  T_PK_OVERDUE: "направить на повышение квалификации",
  T_DIAG_MISSING: "направить на диагностику профессиональных дефицитов",
  T_IOM_MISSING: "разработать ИОМ",
  T_YOUNG_NO_MENTOR: "закрепить наставника за молодым специалистом",
  T_RETRAIN_NEEDED: "направить на переподготовку педагогической направленности",
  T_PROFILE_MISMATCH: "направить на переподготовку по профилю предмета",
  T_BURNOUT_HIGH: "психолого-педагогическое сопровождение (высокий уровень выгорания)",
  T_ATTEST_DUE: "запланировать аттестацию",
};

type Para = { text: string; style?: CellStyle };

function coverage(input: ReportInput): Para[] {
  const c = input.consolidation;
  const total = input.coverage.find((x) => x.scope === TOTAL);
  const rows = c.included.reduce((n, s) => n + s.workers.length, 0);
  const out: Para[] = [
    {
      text: `В своде ${c.included.length} ОО, ${rows} строк о работниках; учтено ${total?.workers ?? rows} строк, исключено из расчёта из-за ошибок ${total?.excludedRows ?? 0}.`,
    },
  ];
  if (c.excluded.length) {
    out.push({
      text: `Не включены в свод ${c.excluded.length} файл(ов): ${c.excluded.map((e) => `«${e.file}» (${e.reason})`).join("; ")}`,
    });
  }
  return out;
}

function indicatorLines(input: ReportInput): { lines: Para[]; gaps: Para[] } {
  const ctx = reportContext(input);
  const lines: Para[] = [];
  const gaps: Para[] = [];
  for (const code of ctx.codes) {
    const r = ctx.result(code, TOTAL);
    if (!r) continue;
    const v = figureValues(r, ctx.catalog.get(code));
    const judged =
      r.target === null || r.value === null
        ? ""
        : `, цель ${v.direction} ${v.target} — ${r.status}`;
    const trend =
      r.trend === null
        ? ""
        : `; динамика к предыдущему периоду: ${formatNumber(r.trend)} (${r.trendVerdict})`;
    lines.push({ text: `— ${v.indicator} (${code}): ${v.value}${judged}${trend}.` });
    if (r.status === "несоответствие") {
      const missing = ctx.schools
        .map(ctx.schoolCode)
        .filter((s) => ctx.result(code, s)?.status === "несоответствие");
      gaps.push({
        text: `— ${v.indicator}: ${v.value} при цели ${v.direction} ${v.target}, отставание ${v.gap}; не достигают цели ОО: ${missing.length ? missing.join(", ") : "нет данных по ОО"}.`,
      });
    }
  }
  return { lines, gaps };
}

function recommendationParas(recs: readonly Recommendation[]): Para[] {
  const out: Para[] = [];
  ADDRESSEE_ORDER.forEach((a, i) => {
    const own = recs.filter((r) => r.addressee === a);
    if (!own.length) return;
    out.push({ text: `${i + 1}. ${ADDRESSEE_NAMES[a]}:`, style: { bold: true } });
    if (a === "ОО") {
      const bySchool = new Map<string, number>();
      for (const r of own) bySchool.set(r.scope, (bySchool.get(r.scope) ?? 0) + 1);
      out.push({
        text: `— рассмотреть адресные рекомендации своей ОО (лист «${OUTPUT_SHEETS.recommendations}»): ${[...bySchool].map(([s, n]) => `${s} — ${n}`).join("; ")};`,
      });
      out.push({
        text: "— направлять педагогов на повышение квалификации с учётом персонифицированного технического задания и плана ПК (лист «План ПК»).",
      });
    } else {
      for (const r of own) if (r.rule !== "SCHOOL_BEST_PRACTICE") out.push({ text: `— ${r.text}` });
      if (own.some((r) => r.rule === "SCHOOL_BEST_PRACTICE")) {
        out.push({
          text: "— изучить и распространить практики ОО, названных в разделе 4 (семинары, стажировочные площадки, публикация опыта).",
        });
      }
    }
  });
  const individual = recs.filter((r) => r.addressee === "Педагог" || r.rule === "T_BURNOUT_HIGH");
  if (individual.length) {
    const counts = new Map<string, number>();
    for (const r of individual) {
      const n = r.addressee === "Педагог" ? 1 : Number(/(\d+)/.exec(r.text)?.[1] ?? 1);
      counts.set(r.rule, (counts.get(r.rule) ?? 0) + n);
    }
    out.push({
      text: "Индивидуальные рекомендации педагогам (по табельным номерам — в листе «Рекомендации»):",
      style: { bold: true },
    });
    for (const [rule, n] of counts)
      out.push({ text: `— ${INDIVIDUAL_LABELS[rule] ?? rule}: ${n} чел.` });
  }
  return out;
}

/** One line per school: the indicators where it is among the best, with its values. */
function bestPractices(best: readonly Recommendation[], input: ReportInput): Para[] {
  const ctx = reportContext(input);
  const bySchool = new Map<string, string[]>();
  for (const r of best) {
    const value = r.indicator ? (ctx.result(r.indicator, r.scope)?.value ?? null) : null;
    const unit = r.indicator ? (ctx.catalog.get(r.indicator)?.unit ?? "%") : "%";
    bySchool.set(r.scope, [
      ...(bySchool.get(r.scope) ?? []),
      `${r.indicator} (${formatFigure(value, unit)})`,
    ]);
  }
  const names = new Map(ctx.schools.map((s) => [ctx.schoolCode(s), s.passport.schoolName]));
  return [...bySchool].map(([scope, items]) => ({
    text: `— ${scope}${names.get(scope) ? ` (${names.get(scope)})` : ""}: ${items.join(", ")}.`,
  }));
}

/** One A4 portrait column (about 64 characters of 11-point text across the printable width). */
const NOTE_WIDTH_CHARS = 64;
const LINE_POINTS = 15;

/**
 * Excel and LibreOffice do not grow a row for wrapped text written by a program, so each
 * paragraph gets the height of its lines (a little slack for wider letters and bigger fonts).
 */
function paragraphHeight(p: Para): number {
  const scale = (p.style?.fontSize ?? 11) / 11;
  const perLine = Math.floor(NOTE_WIDTH_CHARS / (scale * 1.1));
  const lines = Math.max(1, Math.ceil(p.text.length / perLine));
  return Math.ceil(lines * LINE_POINTS * scale);
}

export function noteSheet(input: ReportInput): SheetModel {
  const ctx = reportContext(input);
  const recs = municipalView(input.recommendations, input.rules);
  const { lines, gaps } = indicatorLines(input);
  const best = recs.filter((r) => r.rule === "SCHOOL_BEST_PRACTICE");
  const municipality = ctx.schools.find((s) => s.passport.municipality)?.passport.municipality;
  const h = (text: string): Para => ({ text, style: { bold: true, fontSize: 12 } });
  const paras: Para[] = [
    { text: NOTE_TITLE, style: { bold: true, fontSize: 14, hAlign: "center" } },
    ...(municipality
      ? [{ text: `Муниципалитет: ${municipality}`, style: { hAlign: "center" as const } }]
      : []),
    { text: `${periodLine(input)}. Профиль показателей: «${ctx.profile.name}».` },
    h("1. Охват мониторинга"),
    ...coverage(input),
    h("2. Показатели и целевые значения"),
    ...(lines.length ? lines : [{ text: "Нет рассчитанных показателей." }]),
    h("3. Основные отставания"),
    ...(gaps.length
      ? gaps
      : [{ text: "Все показатели с заданными целями достигнуты или не имеют данных." }]),
    h("4. Выявленные лучшие практики"),
    ...(best.length
      ? bestPractices(best, input)
      : [{ text: "Не выявлены (нужно не менее 4 ОО с данными и достижение цели)." }]),
    h("5. Адресные рекомендации"),
    ...recommendationParas(recs),
    { text: "" },
    { text: "Ответственный: ____________________    Дата: ____________" },
  ];
  const cells: OutCell[][] = paras.map((p) => [p.text]);
  const styles: { range: RangeRef; style: CellStyle }[] = [
    {
      range: { row: 0, col: 0, rows: paras.length, cols: 1 },
      style: { wrap: true, vAlign: "top" },
    },
    ...paras.flatMap((p, row) =>
      p.style
        ? [{ range: { row, col: 0, rows: 1, cols: 1 }, style: { wrap: true, ...p.style } }]
        : []
    ),
  ];
  return {
    name: OUTPUT_SHEETS.note,
    cells,
    columns: [{ width: NOTE_WIDTH_CHARS }],
    rowHeights: Object.fromEntries(paras.map((p, row) => [row, paragraphHeight(p)])),
    styles,
    pageSetup: {
      orientation: "portrait",
      paper: "A4",
      fitToWidth: true,
      printArea: { row: 0, col: 0, rows: paras.length, cols: 1 },
    },
  };
}
