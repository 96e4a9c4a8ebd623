/**
 * How the справка writes a figure: values with their unit, bases «1 из 2»,
 * targets with their direction, trends in п. п. for shares and in units for
 * counts, and recommendation texts without Latin indicator codes.
 */
import type { CatalogEntry } from "../indicators/measures";
import type { IndicatorResult, Unit } from "../indicators/types";
import { formatFigure as figure, schoolLabel } from "../recommend/indicator";
import { formatNumber } from "../recommend/template";
import { NEUTRAL } from "../schema/values";
import { countOf, NOUN, type Forms } from "../text/plural";
import type { SchoolData } from "../model";

export { schoolLabel };

const COUNT_NOUN: Partial<Record<Unit, Forms>> = { человек: NOUN.person, единиц: NOUN.unit };

/** A value with its unit: «75,0 %», «2 человека», «12 единиц», «3,5 на 100 педагогов». */
export function formatFigure(value: number | null, unit: Unit): string {
  return figure(value, unit);
}

export function unitOf(entry: CatalogEntry | undefined): Unit {
  return entry?.unit ?? "%";
}

/** «1 из 2» for a share; «—» for a count, which has no base. */
export function baseOf(r: IndicatorResult | undefined): string {
  if (!r || r.numerator === null || r.denominator === null) return "—";
  return `${formatNumber(r.numerator, true)} из ${formatNumber(r.denominator, true)}`;
}

export function targetOf(r: IndicatorResult | undefined, unit: Unit): string {
  if (!r || r.target === null || r.direction === NEUTRAL) return "не задана";
  return `${r.direction} ${formatFigure(r.target, unit)}`;
}

/** A signed change: «+1,5 п. п.», «−2 человека», «+0,4 на 100 педагогов». */
export function changeOf(change: number, unit: Unit): string {
  const sign = change > 0 ? "+" : change < 0 ? "−" : "";
  const abs = Math.abs(change);
  if (unit === "%") return `${sign}${formatNumber(abs)} п. п.`;
  const noun = COUNT_NOUN[unit];
  if (noun && Number.isInteger(abs)) return `${sign}${countOf(abs, noun)}`;
  if (noun) return `${sign}${formatNumber(abs)} ${noun[1]}`;
  return `${sign}${formatNumber(abs)} ${unit}`;
}

/** The trend cell: the change, and «лучше»/«хуже» only where the indicator has a better direction. */
export function trendOf(r: IndicatorResult | undefined, unit: Unit): string {
  if (!r || r.trend === null) return "нет данных";
  const change = changeOf(r.trend, unit);
  if (r.direction === NEUTRAL || r.trendVerdict === null) return change;
  if (r.trendVerdict === "без изменений") return "без изменений";
  return `${change} (${r.trendVerdict})`;
}

/** «ОО-1 (МБОУ СОШ № 1)»; the code alone where the passport has no name. */
export function schoolName(schools: readonly SchoolData[], code: string): string {
  return schoolLabel(
    schools.find((s) => (s.passport.schoolCode ?? s.file) === code),
    code
  );
}

/** A Latin code: what a справка never shows (recommendation texts and edited rules may carry one). */
export const LATIN_CODE = /\b[A-Z][A-Z0-9_]{2,}\b/g;

/** «ОО ОО-1» as «ОО-1»; the text with «(CODE)» removed and a bare known code replaced by the indicator's title in quotes. */
export function withoutCodes(text: string, titles: ReadonlyMap<string, string>): string {
  return text
    .replace(/(^|[^А-Яа-яЁё])ОО (?=ОО-)/g, "$1")
    .replace(/\s*\(([A-Z][A-Z0-9_]{2,})\)/g, "")
    .replace(LATIN_CODE, (code) => {
      const title = titles.get(code);
      return title ? `«${title}»` : code;
    });
}
