/**
 * Contracts of the indicator engine (src/core/indicators): the catalog entries,
 * the settings they are judged against, and the results every report reads.
 */
import type { Direction } from "../schema/values";

export type Unit = "%" | "человек" | "единиц" | "на 100 педагогов";
export type IndicatorKind = "за период" | "на конец периода";
export type Status = "соответствие" | "несоответствие" | "нет данных" | "цель не задана";

/** `total` or a school's `Код ОО`. */
export type Scope = string;
export const TOTAL: Scope = "total";

export interface Target {
  code: string;
  direction: Direction;
  target: number | null;
  nextTarget: number | null;
  previous: number | null;
}

export interface PensionAge {
  /** Applies to periods ending in this year or later (until the next entry). */
  fromYear: number;
  male: number;
  female: number;
}

/**
 * The details of the official documents a person fills in `Настройки`
 * (recommendations.md): the справка's normative base and signature block, the
 * feedback's covering text (from whom, whom to contact, by when), and the party
 * responsible for an indicator where its profile's document names none. Empty
 * text: not filled (the documents then leave a line to fill by hand).
 */
export interface OfficialDetails {
  /** The education authority (МОУО) the справка and the feedback come from. */
  authority: string;
  /** The municipal or regional act the monitoring rests on. */
  act: string;
  signerPosition: string;
  signerName: string;
  /** The справка's date; null: the day the report is made. */
  noteDate: number | null;
  /** Whom a school contacts about the feedback: name, phone, e-mail. */
  contact: string;
  /** By when a school answers the feedback; null: not set. */
  replyBy: number | null;
  /** The party responsible for an indicator whose profile's document names none. */
  responsible: string;
}

/** What `Настройки` holds, with the spec's defaults where it is silent. */
export interface Settings {
  targets: Map<string, Target>;
  youngAgeLimit: number;
  beginnerExperience: number;
  pensionAges: PensionAge[];
  official: OfficialDetails;
}

export interface IndicatorResult {
  code: string;
  scope: Scope;
  /** null for counts */
  numerator: number | null;
  denominator: number | null;
  /** exact; null when the denominator is 0 ("нет данных") */
  value: number | null;
  target: number | null;
  direction: Direction;
  status: Status;
  /** Previous period's value, when known. */
  previous: number | null;
  /** value − previous, when both are known. */
  trend: number | null;
  /** "лучше" / "хуже" / "без изменений", judged by the direction. */
  trendVerdict: "лучше" | "хуже" | "без изменений" | null;
}

export interface ScopeCoverage {
  scope: Scope;
  workers: number;
  excludedRows: number;
  schools: number;
}
