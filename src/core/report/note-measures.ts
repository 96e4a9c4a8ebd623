/**
 * Sections 7 and 8 of the справка: the management decisions of `Меры` as people
 * filled them, and the measures' effectiveness as `Эффективность` judged it
 * (src/core/cycle/effectiveness.ts; the report input carries its result).
 */
import { measureScope } from "../cycle/measures";
import { TOTAL, type Scope } from "../indicators/types";
import { MEASURES, OUTPUT_SHEETS } from "../schema";
import { formatDay } from "../time/day";
import { countOf, NOUN } from "../text/plural";
import { changeOf, formatFigure, schoolName, unitOf, withoutCodes } from "./note-format";
import type { NoteBlock } from "./note-model";
import { reportContext } from "./context";
import type { ReportInput } from "./types";

const MEASURES_SHEET = MEASURES.name;

function indicatorTitle(input: ReportInput, code: string | null): string {
  if (code === null) return "—";
  return reportContext(input).catalog.get(code)?.title ?? code;
}

function scopeName(input: ReportInput, scope: Scope | null): string {
  if (scope === null) return "—";
  return scope === TOTAL ? "в целом" : schoolName(reportContext(input).schools, scope);
}

/** What people typed, as the справка shows text: no Latin code, no «ОО ОО-1». */
function plain(input: ReportInput, text: string): string {
  const titles = new Map([...reportContext(input).catalog].map(([c, e]) => [c, e.title]));
  return withoutCodes(text, titles);
}

/** The measure as people typed it (a code in it shown as the title), its indicator and scope below. */
function measureCell(input: ReportInput, text: string, code: string | null, scope: Scope | null) {
  const measure = plain(input, text);
  const indicator = indicatorTitle(input, code);
  // A measure that already names its indicator does not repeat it.
  const named = code !== null && measure.includes(indicator);
  return [measure, named ? null : `Показатель: ${indicator}`, `Охват: ${scopeName(input, scope)}`]
    .filter((line) => line !== null)
    .join("\n");
}

export function measuresSection(input: ReportInput): NoteBlock[] {
  const measures = (input.measures ?? []).filter((m) => m.measure.trim());
  if (!measures.length)
    return [
      {
        kind: "paragraph",
        text: `Меры и управленческие решения в листе «${MEASURES_SHEET}» не заполнены: по итогам мониторинга их определяют ответственные и вносят в этот лист.`,
      },
    ];
  return [
    {
      kind: "paragraph",
      text: `Принятые меры и управленческие решения (лист «${MEASURES_SHEET}») — ${countOf(measures.length, NOUN.measure)}:`,
    },
    {
      kind: "table",
      headers: ["Мера", "Ответственный", "Срок", "Статус", "Управленческое решение"],
      rows: measures.map((m) => [
        measureCell(input, m.measure, m.indicator, measureScope(m)),
        m.responsible === null ? "—" : plain(input, m.responsible),
        m.due === null ? "—" : formatDay(m.due),
        m.status ?? "—",
        m.decision === null ? "—" : plain(input, m.decision),
      ]),
      widths: [41, 11, 11, 14, 18],
    },
  ];
}

export function effectivenessSection(input: ReportInput): NoteBlock[] {
  const effects = input.effectiveness?.measures ?? [];
  if (!effects.length)
    return [
      {
        kind: "paragraph",
        text: `Мер для оценки эффективности нет: лист «${MEASURES_SHEET}» не заполнен. Изменения показателей к предыдущему периоду — в разделе 4 и в листе «${OUTPUT_SHEETS.effectiveness}».`,
      },
    ];
  const ctx = reportContext(input);
  const figure = (code: string | null, v: number | null) =>
    formatFigure(v, unitOf(code === null ? undefined : ctx.catalog.get(code)));
  const effective = effects.filter((e) => e.verdict === "эффективна").length;
  const judged = effects.filter(
    (e) => e.verdict === "эффективна" || e.verdict === "неэффективна"
  ).length;
  const notJudged = effects.length - judged;
  const skipped = notJudged
    ? `; не оцениваются или без данных — ${countOf(notJudged, NOUN.measure)} (оцениваются только выполненные и выполняемые меры, при наличии значений за оба периода)`
    : "";
  return [
    {
      kind: "paragraph",
      text: `Мер в листе «${MEASURES_SHEET}» — ${effects.length}; оценено ${judged}, эффективными признаны ${effective}${skipped} (лист «${OUTPUT_SHEETS.effectiveness}»):`,
    },
    {
      kind: "table",
      headers: ["Мера", "Было", "Стало", "Изменение", "Оценка"],
      rows: effects.map((e) => {
        const code = e.measure.indicator;
        const unit = unitOf(code === null ? undefined : ctx.catalog.get(code));
        return [
          measureCell(input, e.measure.measure, code, e.scope),
          figure(code, e.previous),
          figure(code, e.current),
          e.change === null ? "—" : changeOf(e.change, unit),
          e.reason ? `${e.verdict}: ${e.reason}` : e.verdict,
        ];
      }),
      widths: [41, 11, 11, 14, 18],
    },
  ];
}
