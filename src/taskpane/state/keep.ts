/**
 * Which steps' results are kept in the workbook, and how they are trimmed to stay small.
 * Collected files, the справка, feedback and pre-filled books (bytes, or buttons that need
 * bytes in memory) are not kept: after reopening the pane they are made again.
 */
import type { Keep } from "./pane-store";

/** The check screen lists at most this many messages (parts/IssueList.tsx MAX_LISTED). */
const LISTED = 100;
/** Messages kept per school of `Сбор данных` after reopening. */
const PER_SCHOOL = 20;

type WithIssues = { issues?: unknown[] };
type WithTracker = { tracker?: { issues?: unknown[] }[] };

export const KEEP: Record<string, Keep> = {
  "template-school": {},
  "template-municipality": {},
  check: {
    compact: (r) => ({ ...(r as WithIssues), issues: (r as WithIssues).issues?.slice(0, LISTED) }),
  },
  indicators: {},
  report: {
    compact: (r) => ({
      ...(r as WithTracker),
      tracker: (r as WithTracker).tracker?.map((line) => ({
        ...line,
        issues: line.issues?.slice(0, PER_SCHOOL),
      })),
    }),
  },
  measures: {},
  effect: {},
};

export function keepOf(key: string): Keep {
  return KEEP[key] ?? false;
}
