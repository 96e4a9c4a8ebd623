/**
 * Earlier periods (cli.md «Additions», `--previous` given several times): each is checked
 * against the current data before any trend is made from it, and they are put in order.
 * A period not earlier than the current one, or one that shares no `Код ОО` with it (another
 * municipality), would make an invented trend: it is refused with a Russian message naming
 * the source. The most recent earlier period is «предыдущий период»; all of them (at most
 * MAX_EARLIER_PERIODS) feed `Динамика`.
 */
import type { Period } from "../model";
import { fold } from "../text/fold";
import { formatDay, ymdOf } from "../time/day";

/** `Динамика` shows at most five earlier periods and the current one (recommendations.md). */
export const MAX_EARLIER_PERIODS = 5;

/** One earlier period as read: where from, its period and schools, its values ("CODE|scope"). */
export interface EarlierCandidate {
  /** The file or folder it was read from, as the person named it. */
  source: string;
  period: Period | null;
  schoolCodes: readonly string[];
  values: ReadonlyMap<string, number>;
  /** `Муниципалитет` of its schools' passports (empty ones left out). */
  municipalities?: readonly string[];
  /** Each school's code and `Муниципалитет`, to find another district's schools mixed in. */
  schools?: readonly { code: string; municipality: string | null }[];
}

export interface EarlierPeriod extends EarlierCandidate {
  period: Period;
}

export interface CurrentData {
  period: Period | null;
  schoolCodes: readonly string[];
  municipalities?: readonly string[];
}

/**
 * The words that tell one municipality from another: «Заречный муниципальный округ» and
 * «Заречный муниципальный район» are one (many районы became округа in 2025); «Дальнереченский
 * муниципальный район» is another.
 */
const GENERIC_WORDS = new Set(
  [
    "муниципальный",
    "муниципальное",
    "муниципального",
    "район",
    "округ",
    "городской",
    "городское",
    "город",
    "г",
    "образование",
    "образования",
    "сельское",
    "поселение",
    "поселок",
    "посёлок",
    "пгт",
    "мо",
    "мр",
    "го",
    "ато",
    "закрытое",
    "административно",
    "территориальное",
  ].map(fold)
);

export function municipalityKey(name: string): string {
  return fold(name)
    .split(/[^a-zа-я0-9]+/)
    .filter((w) => w !== "" && !GENERIC_WORDS.has(w))
    .join(" ");
}

/**
 * Schools of a previous source unknown to the current data by code and by municipality: another
 * district's files mixed into this one's (their counts would inflate the previous totals).
 */
function strangers(current: CurrentData, c: EarlierCandidate): string[] {
  const names = new Set((current.municipalities ?? []).map(municipalityKey).filter(Boolean));
  if (names.size === 0) return [];
  const codes = new Set(current.schoolCodes);
  return (c.schools ?? [])
    .filter((s) => !codes.has(s.code) && s.municipality !== null)
    .filter((s) => {
      const key = municipalityKey(s.municipality ?? "");
      return key !== "" && !names.has(key);
    })
    .map((s) => `${s.code} («${s.municipality}»)`);
}

/** Both sides name their municipality, and no name of one is a name of the other. */
function otherMunicipality(current: CurrentData, c: EarlierCandidate): boolean {
  const now = new Set((current.municipalities ?? []).map(municipalityKey).filter(Boolean));
  const then = (c.municipalities ?? []).map(municipalityKey).filter(Boolean);
  return now.size > 0 && then.length > 0 && !then.some((m) => now.has(m));
}

/** Why an earlier period was refused; `message` is Russian and names the source. */
export class EarlierPeriodRefused extends Error {
  constructor(
    message: string,
    readonly source: string
  ) {
    super(message);
    this.name = "EarlierPeriodRefused";
  }
}

/** «01.09.2023–31.08.2024». */
export function periodText(p: Period): string {
  return `${formatDay(p.start)}–${formatDay(p.end)}`;
}

/**
 * A short label for a column or a chart axis: «2023/24» for a period across two years,
 * else its end date «31.12.2024».
 */
export function periodLabel(p: Period): string {
  const start = ymdOf(p.start).year;
  const end = ymdOf(p.end).year;
  return end === start + 1 ? `${start}/${String(end).slice(-2)}` : formatDay(p.end);
}

/**
 * The earlier periods, checked and ordered oldest first; throws EarlierPeriodRefused on the
 * first one that cannot be used. Order of the candidates does not matter.
 */
export function orderEarlierPeriods(
  current: CurrentData,
  candidates: readonly EarlierCandidate[]
): EarlierPeriod[] {
  if (candidates.length > MAX_EARLIER_PERIODS)
    throw new EarlierPeriodRefused(
      `Указано ${candidates.length} прошлых периодов, а «Динамика» показывает не больше ${MAX_EARLIER_PERIODS}: ` +
        `укажите ${MAX_EARLIER_PERIODS} последних.`,
      candidates[MAX_EARLIER_PERIODS].source
    );
  const codes = new Set(current.schoolCodes);
  const checked: EarlierPeriod[] = [];
  for (const c of candidates) {
    const period = c.period;
    if (c.schoolCodes.length === 0)
      throw new EarlierPeriodRefused(
        `в ${c.source} нет ни одной ОО с корректным паспортом: сравнивать не с чем.`,
        c.source
      );
    if (period === null)
      throw new EarlierPeriodRefused(
        `${c.source}: в книгах прошлого периода не указан период (даты в паспорте ОО): сравнивать не с чем.`,
        c.source
      );
    // Earlier: it starts and ends before the current period does (a period beginning on the
    // same day, only cut shorter, is the same period mis-dated, not an earlier one).
    if (
      current.period !== null &&
      (period.end >= current.period.end || period.start >= current.period.start)
    ) {
      const same = period.start === current.period.start && period.end === current.period.end;
      throw new EarlierPeriodRefused(
        `${c.source}: период ${periodText(period)} ${
          same ? "тот же, что у текущих данных" : "не раньше текущего"
        } (${periodText(current.period)}): динамика к нему была бы выдумана. Укажите книгу более раннего периода.`,
        c.source
      );
    }
    if (!c.schoolCodes.some((code) => codes.has(code)))
      throw new EarlierPeriodRefused(
        `${c.source}: ни один Код ОО (${sample(c.schoolCodes)}) не совпадает с ОО текущих данных (${sample(
          current.schoolCodes
        )}) — похоже, это другой муниципалитет: динамика к нему была бы выдумана.`,
        c.source
      );
    // Codes like ОО-1 repeat from district to district: the passports' municipality tells.
    if (otherMunicipality(current, c))
      throw new EarlierPeriodRefused(
        `${c.source}: в паспортах ОО прошлого периода муниципалитет «${sample(
          unique(c.municipalities ?? [])
        )}», в текущих данных — «${sample(unique(current.municipalities ?? []))}»: ` +
          `это данные другого муниципалитета, динамика к ним была бы выдумана. Если муниципалитет ` +
          `переименован, исправьте поле «Муниципалитет» в паспортах прошлого периода.`,
        c.source
      );
    const mixed = strangers(current, c);
    if (mixed.length > 0)
      throw new EarlierPeriodRefused(
        `${c.source}: среди ОО прошлого периода есть ОО другого муниципалитета — ${sample(mixed)}: ` +
          `их данные исказили бы показатели муниципалитета. Уберите эти книги из прошлого периода.`,
        c.source
      );
    const twin = checked.find((e) => e.period.end === period.end);
    if (twin)
      throw new EarlierPeriodRefused(
        `${twin.source} и ${c.source}: один и тот же период ${periodText(period)}. ` +
          `Укажите по одной книге (или папке) на каждый прошлый период.`,
        c.source
      );
    checked.push({ ...c, period });
  }
  return checked.sort((a, b) => a.period.end - b.period.end);
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names.map((n) => n.trim()).filter(Boolean))];
}

/** The first few codes, for a message a person reads. */
function sample(codes: readonly string[]): string {
  const shown = codes.slice(0, 3).join(", ");
  return codes.length > 3 ? `${shown} и др.` : shown || "нет";
}

/**
 * Earlier periods that lack some of the current schools: accepted (schools open, and a school
 * may have sent nothing last year), but the municipality's trend then compares different sets
 * of schools, and the person is told so, one Russian line per such period.
 */
export function coverageNotes(
  currentCodes: readonly string[],
  earlier: readonly EarlierPeriod[]
): string[] {
  const out: string[] = [];
  for (const e of earlier) {
    const then = new Set(e.schoolCodes);
    const missing = currentCodes.filter((code) => !then.has(code));
    if (missing.length === 0) continue;
    const shared = currentCodes.length - missing.length;
    out.push(
      `Прошлый период ${periodLabel(e.period)} (${e.source}): данные ${shared} из ${currentCodes.length} ОО ` +
        `текущего периода, нет ${sample(missing)} — динамика по муниципалитету сравнивает разные наборы ОО.`
    );
  }
  return out;
}
