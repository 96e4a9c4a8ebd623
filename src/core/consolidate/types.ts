/** Contracts of consolidation: which schools go into one municipal report. */
import type { Issue, Period, SchoolData } from "../model";

export interface ExcludedSchool {
  file: string;
  schoolCode: string | null;
  /** `Наименование ОО` of its passport, to name the school in `Сбор данных`. */
  schoolName?: string | null;
  /** Russian: why the school was left out. */
  reason: string;
  /**
   * The file is of a period that ended before the consolidation's began (last year's file sent
   * again): the school has not sent this period's file — «Не сдан», with a reminder.
   */
  earlierPeriod?: { sent: Period; wanted: Period };
}

/** A school whose code, as typed, differs from the expected one only in look-alike letters. */
export interface RecodedSchool {
  file: string;
  /** The code as the school typed it («OO-01»). */
  typed: string;
  /** The expected code it is written under («ОО-01»). */
  code: string;
}

/**
 * A file replaced by a later-filled file of the same school for the same period (a resend):
 * not a failure; its own issues are not the round's (decisions/report.md).
 */
export interface SupersededFile {
  file: string;
  schoolCode: string;
  /** The file taken instead. */
  by: string;
}

export interface Consolidation {
  /** The period every included school reports; null when no school had a usable one. */
  period: Period | null;
  included: SchoolData[];
  excluded: ExcludedSchool[];
  /** Source issues, every school's own issues and consolidation's, without repeats. */
  issues: Issue[];
  /** Included schools written under their expected code (absent: none). */
  recoded?: RecodedSchool[];
  /** Files replaced by a later-filled resend of the same school (absent: none). */
  superseded?: SupersededFile[];
}
