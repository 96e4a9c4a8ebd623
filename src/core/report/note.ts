/**
 * `Аналитическая справка` (recommendations.md «Output sheets»): the document
 * model of the eight sections, built from the report input. Only the chosen
 * profile's indicators appear; every count agrees with its number; no Latin
 * indicator code is shown. note-sheet.ts and src/adapters/docx render it.
 */
import { TOTAL } from "../indicators/types";
import { addYears, formatDay } from "../time/day";
import { countOf, NOUN } from "../text/plural";
import { monitoringAims } from "./note-goals";
import {
  BLANK,
  NOTE_HEADINGS,
  type NoteBlock,
  type NoteDocument,
  type NoteSection,
} from "./note-model";
import { noteSheetOf } from "./note-sheet";
import { effectivenessSection, measuresSection } from "./note-measures";
import { conclusionsSection } from "./note-conclusions";
import { recommendationsSection } from "./note-recommendations";
import { baseOf, formatFigure, targetOf, trendOf, unitOf } from "./note-format";
import { reportContext } from "./context";
import { periodLine } from "./summary";
import type { ReportInput } from "./types";
import type { SheetModel } from "../../port/sheet-model";

export const NOTE_TITLE =
  "Аналитическая справка по итогам мониторинга профессионального развития педагогических работников";

export const RESULT_HEADERS = [
  "Показатель",
  "Значение",
  "Числитель из знаменателя",
  "Цель",
  "Статус",
  "Динамика к прошлому периоду",
] as const;

const paragraph = (text: string, bold = false): NoteBlock =>
  bold ? { kind: "paragraph", text, bold } : { kind: "paragraph", text };

function aims(input: ReportInput): NoteBlock[] {
  const profile = reportContext(input).profile;
  const a = monitoringAims(profile.id);
  return [
    paragraph(`Мониторинг проведён по профилю показателей «${profile.name}».`),
    paragraph(`Цель мониторинга — ${a.goal.charAt(0).toLowerCase()}${a.goal.slice(1)}`),
    paragraph("Задачи мониторинга:"),
    { kind: "list", items: a.tasks },
  ];
}

function normativeBase(input: ReportInput): NoteBlock[] {
  const act = input.settings.official.act.trim();
  return [
    {
      kind: "list",
      items: [
        "Федеральный закон от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации» (статьи 47–49);",
        "Приказ Минпросвещения России от 24.03.2023 № 196 «Об утверждении Порядка проведения аттестации педагогических работников организаций, осуществляющих образовательную деятельность»;",
        act
          ? `${act}.`
          : `муниципальный (региональный) акт о проведении мониторинга: ${BLANK} (указывается в листе «Настройки»).`,
      ],
    },
  ];
}

function sources(input: ReportInput): NoteBlock[] {
  const c = input.consolidation;
  const ctx = reportContext(input);
  const got = new Set(ctx.schools.map(ctx.schoolCode));
  const expected = input.expectedSchools ?? [...got];
  const listed = new Set(expected);
  const received = expected.filter((s) => got.has(s)).length;
  const rows = c.included.reduce((n, s) => n + s.workers.length, 0);
  const total = input.coverage.find((x) => x.scope === TOTAL);
  const excluded = total?.excludedRows ?? 0;
  const counted = total?.workers ?? rows - excluded;
  const out: NoteBlock[] = [
    paragraph(`${periodLine(input)}.`),
    paragraph(
      `Данные представили ${countOf(received, NOUN.school)} из ${expected.length}; ` +
        `в своде ${countOf(rows, NOUN.row)} о педагогических работниках: ` +
        `в расчёт показателей вошли — ${countOf(counted, NOUN.row)}, ` +
        `исключены из расчёта из-за ошибок — ${countOf(excluded, NOUN.row)}.`
    ),
  ];
  const missing = expected.filter((s) => !got.has(s));
  if (missing.length) out.push(paragraph(`Не представили данные: ${missing.join(", ")}.`));
  const extra = [...got].filter((s) => !listed.has(s));
  if (extra.length)
    out.push(
      paragraph(
        `Сверх списка ОО получены данные — ${countOf(extra.length, NOUN.school)}: ${extra.join(", ")}.`
      )
    );
  if (c.excluded.length) {
    out.push(paragraph(`Не включены в свод — ${countOf(c.excluded.length, NOUN.file)}:`));
    out.push({ kind: "list", items: c.excluded.map((e) => `«${e.file}»: ${e.reason}`) });
  }
  return out;
}

function results(input: ReportInput): NoteBlock[] {
  const ctx = reportContext(input);
  const rows = ctx.codes.map((code) => {
    const entry = ctx.catalog.get(code);
    const r = ctx.result(code, TOTAL);
    const unit = unitOf(entry);
    return [
      entry?.title ?? code,
      formatFigure(r?.value ?? null, unit),
      baseOf(r),
      targetOf(r, unit),
      r?.status ?? "нет данных",
      trendOf(r, unit),
    ];
  });
  if (!rows.length) return [paragraph("Показатели профиля не рассчитаны: нет данных.")];
  return [
    paragraph(
      `Значения ${countOf(rows.length, NOUN.indicator)} профиля по муниципалитету в целом:`
    ),
    { kind: "table", headers: [...RESULT_HEADERS], rows, widths: [30, 11, 11, 11, 14, 18] },
  ];
}

/** The day the recommendations are due: the end of the next period. */
export function nextPeriodEnd(input: ReportInput): string | null {
  const p = input.consolidation.period;
  return p ? formatDay(addYears(p.end, 1)) : null;
}

/** True when any indicator has a previous value (a previous workbook or `Настройки`). */
export function hasPrevious(input: ReportInput): boolean {
  return input.results.some((r) => r.scope === TOTAL && r.previous !== null);
}

export function noteDocument(input: ReportInput): NoteDocument {
  const ctx = reportContext(input);
  const o = input.settings.official;
  const municipality = ctx.schools.find((s) => s.passport.municipality)?.passport.municipality;
  const sections: NoteSection[] = [
    { heading: NOTE_HEADINGS[0], blocks: aims(input) },
    { heading: NOTE_HEADINGS[1], blocks: normativeBase(input) },
    { heading: NOTE_HEADINGS[2], blocks: sources(input) },
    { heading: NOTE_HEADINGS[3], blocks: results(input) },
    { heading: NOTE_HEADINGS[4], blocks: conclusionsSection(input) },
    { heading: NOTE_HEADINGS[5], blocks: recommendationsSection(input, nextPeriodEnd(input)) },
    { heading: NOTE_HEADINGS[6], blocks: measuresSection(input) },
  ];
  if (hasPrevious(input))
    sections.push({ heading: NOTE_HEADINGS[7], blocks: effectivenessSection(input) });
  return {
    title: NOTE_TITLE,
    lead: [
      ...(o.authority.trim() ? [o.authority.trim()] : []),
      ...(municipality ? [`Муниципалитет: ${municipality}`] : []),
    ],
    sections,
    signature: {
      position: o.signerPosition.trim() || BLANK,
      name: o.signerName.trim() || BLANK,
      date: o.noteDate === null ? BLANK : formatDay(o.noteDate),
    },
  };
}

export function noteSheet(input: ReportInput): SheetModel {
  return noteSheetOf(noteDocument(input));
}
