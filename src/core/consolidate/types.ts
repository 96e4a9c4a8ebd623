/** Contracts of consolidation: which schools go into one municipal report. */
import type { Issue, Period, SchoolData } from "../model";

export interface ExcludedSchool {
  file: string;
  schoolCode: string | null;
  /** Russian: why the school was left out. */
  reason: string;
}

export interface Consolidation {
  /** The period every included school reports; null when no school had a usable one. */
  period: Period | null;
  included: SchoolData[];
  excluded: ExcludedSchool[];
  /** Source issues, every school's own issues and consolidation's, without repeats. */
  issues: Issue[];
}
