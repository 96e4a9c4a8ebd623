/**
 * Section 5 of the справка, «Выводы»: which indicators meet their targets, which
 * do not and by how many workers, which have no target, and which schools lead
 * and lag (the share of the profile's judged indicators whose target they meet).
 */
import { hasNeeded, neededWorkers } from "../indicators/needed";
import { TOTAL } from "../indicators/types";
import { countOf, NOUN } from "../text/plural";
import { baseOf, formatFigure, schoolName, targetOf, unitOf } from "./note-format";
import type { NoteBlock } from "./note-model";
import { reportContext } from "./context";
import type { ReportInput } from "./types";

/** At most this many schools are named as leading and as lagging. */
const NAMED_SCHOOLS = 3;

function indicatorLines(input: ReportInput): NoteBlock[] {
  const ctx = reportContext(input);
  const met: string[] = [];
  const missed: string[] = [];
  const unjudged: string[] = [];
  for (const code of ctx.codes) {
    const entry = ctx.catalog.get(code);
    const r = ctx.result(code, TOTAL);
    const title = entry?.title ?? code;
    const unit = unitOf(entry);
    const value = formatFigure(r?.value ?? null, unit);
    const base = baseOf(r) === "—" ? "" : ` (${baseOf(r)})`;
    if (r?.status === "соответствие") met.push(`${title} — ${value}${base}`);
    else if (r?.status === "несоответствие") {
      const needed = entry && hasNeeded(entry.measure) ? neededWorkers(r) : null;
      const gap = needed ? `; разрыв до цели — ${countOf(needed, NOUN.worker)}` : "";
      missed.push(`${title} — ${value}${base} при цели ${targetOf(r, unit)}${gap}`);
    } else unjudged.push(title);
  }
  const judged = met.length + missed.length;
  const out: NoteBlock[] = [];
  if (judged === 0)
    out.push({ kind: "paragraph", text: "Показателей с заданной целью и данными нет." });
  if (met.length) {
    out.push({
      kind: "paragraph",
      text: `Целевые значения достигнуты по показателям — ${met.length} из ${judged}:`,
    });
    out.push({ kind: "list", items: met });
  }
  if (missed.length) {
    out.push({
      kind: "paragraph",
      text: `Целевые значения не достигнуты по показателям — ${missed.length} из ${judged}:`,
    });
    out.push({ kind: "list", items: missed });
  }
  if (unjudged.length) {
    // A list of every indicator without a target would bury the conclusions: one sentence.
    out.push({
      kind: "paragraph",
      text: `Без оценки достижения цели (цель не задана в листе «Настройки», показатель нейтральный или нет данных) — ${countOf(unjudged.length, NOUN.indicator)}; их значения приведены в разделе 4.`,
    });
  }
  return out;
}

interface SchoolScore {
  code: string;
  met: number;
  judged: number;
}

function schoolScores(input: ReportInput): SchoolScore[] {
  const ctx = reportContext(input);
  return ctx.schools
    .map((s) => {
      const code = ctx.schoolCode(s);
      let met = 0;
      let judged = 0;
      for (const c of ctx.codes) {
        const status = ctx.result(c, code)?.status;
        if (status === "соответствие") met++;
        if (status === "соответствие" || status === "несоответствие") judged++;
      }
      return { code, met, judged };
    })
    .filter((s) => s.judged > 0);
}

function schoolLines(input: ReportInput): NoteBlock[] {
  const ctx = reportContext(input);
  const scores = schoolScores(input);
  if (scores.length < 2)
    return [
      {
        kind: "paragraph",
        text: "Сравнение ОО между собой не проводится: оценённые показатели есть меньше чем у двух ОО.",
      },
    ];
  const rate = (s: SchoolScore) => s.met / s.judged;
  const sorted = [...scores].sort((a, b) => rate(b) - rate(a) || a.code.localeCompare(b.code));
  const best = rate(sorted[0]);
  const worst = rate(sorted[sorted.length - 1]);
  if (best === worst)
    return [
      {
        kind: "paragraph",
        text: "Доля показателей с достигнутой целью одинакова во всех ОО: явных лидеров и отстающих нет.",
      },
    ];
  const line = (s: SchoolScore) => `${schoolName(ctx.schools, s.code)} — ${s.met} из ${s.judged}`;
  const leaders = sorted.filter((s) => rate(s) === best).slice(0, NAMED_SCHOOLS);
  const laggards = sorted.filter((s) => rate(s) === worst).slice(0, NAMED_SCHOOLS);
  return [
    {
      kind: "paragraph",
      text: "Лучшие результаты (показатели с достигнутой целью из оценённых):",
    },
    { kind: "list", items: leaders.map(line) },
    { kind: "paragraph", text: "Наибольшее отставание:" },
    { kind: "list", items: laggards.map(line) },
  ];
}

export function conclusionsSection(input: ReportInput): NoteBlock[] {
  return [...indicatorLines(input), ...schoolLines(input)];
}
