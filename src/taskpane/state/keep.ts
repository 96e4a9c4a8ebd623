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
type Line = { issues?: unknown[] };

/**
 * `Сбор данных` lines with fewer messages each, wherever the summary sits in the result.
 * bounded: it recurses at most three levels deep (`depth > 2` stops it).
 */
function trimTracker(value: unknown, depth = 0): unknown {
  if (!value || typeof value !== "object" || Array.isArray(value) || depth > 2) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] =
      key === "tracker" && Array.isArray(inner)
        ? (inner as Line[]).map((line) => ({ ...line, issues: line.issues?.slice(0, PER_SCHOOL) }))
        : trimTracker(inner, depth + 1);
  }
  return out;
}

const KEEP: Record<string, Keep> = {
  "template-school": {},
  "template-municipality": {},
  check: {
    compact: (r) => ({ ...(r as WithIssues), issues: (r as WithIssues).issues?.slice(0, LISTED) }),
  },
  indicators: {},
  report: { compact: (r) => trimTracker(r) },
  measures: {},
  effect: {},
};

export function keepOf(key: string): Keep {
  return KEEP[key] ?? false;
}
