/**
 * What the pane keeps in the workbook (plain JSON, small): the role, the last part of each
 * role, which first-run screens were seen, the profile, each step's last result (only those
 * that fit; see MAX_RESULT_CHARS) with its stale flag, the earlier periods chosen for the
 * workbook's own data, and the workbook's fingerprint when the pane last looked.
 * Collected school files (megabytes) stay in memory only.
 */
import { isPartId, type PartId, type Role } from "./steps";

export interface SavedResult {
  result: unknown;
  stale: boolean;
  /** ISO time the step finished. */
  at: string;
}

export interface SavedEarlier {
  source: string;
  period: unknown;
  schoolCodes: string[];
  /** The period's values as [key, value] pairs (a Map in memory). */
  values: [string, number][];
  municipalities?: string[];
  schools?: { code: string; municipality: string | null }[];
}

export interface Saved {
  v: 1;
  role: Role | null;
  parts: Partial<Record<Role, PartId>>;
  seen: Role[];
  profileId: string | null;
  results: Record<string, SavedResult>;
  earlier: SavedEarlier[] | null;
  fingerprint: string | null;
}

export const EMPTY: Saved = {
  v: 1,
  role: null,
  parts: {},
  seen: [],
  profileId: null,
  results: {},
  earlier: null,
  fingerprint: null,
};

/** A result bigger than this (JSON characters) is kept in memory only. */
export const MAX_RESULT_CHARS = 48_000;
/** The whole state: far below what Office keeps per add-in and document. */
export const MAX_STATE_CHARS = 256_000;

const isRole = (v: unknown): v is Role => v === "school" || v === "municipality";

/** Whatever was stored (another version, edited by hand, nothing): a valid state. */
export function parseSaved(raw: unknown): Saved {
  const value = typeof raw === "string" ? safeJson(raw) : raw;
  if (!value || typeof value !== "object" || (value as { v?: unknown }).v !== 1) return EMPTY;
  const s = value as Partial<Saved>;
  const parts: Partial<Record<Role, PartId>> = {};
  for (const role of ["school", "municipality"] as const) {
    const part = s.parts?.[role];
    if (isPartId(part)) parts[role] = part;
  }
  const results: Record<string, SavedResult> = {};
  for (const [key, r] of Object.entries(s.results ?? {})) {
    if (r && typeof r === "object" && "result" in r) {
      results[key] = { result: r.result, stale: r.stale === true, at: String(r.at ?? "") };
    }
  }
  return {
    v: 1,
    role: isRole(s.role) ? s.role : null,
    parts,
    seen: Array.isArray(s.seen) ? s.seen.filter(isRole) : [],
    profileId: typeof s.profileId === "string" ? s.profileId : null,
    results,
    earlier: Array.isArray(s.earlier) ? s.earlier : null,
    fingerprint: typeof s.fingerprint === "string" ? s.fingerprint : null,
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * A result as it can be kept: plain JSON that survives a round trip, trimmed where a screen
 * shows only a part anyway (`compact`), and null when it is still too big.
 */
export function storable(result: unknown, compact?: (r: unknown) => unknown): unknown | null {
  for (const candidate of compact ? [result, compact(result)] : [result]) {
    const text = JSON.stringify(candidate);
    if (text !== undefined && text.length <= MAX_RESULT_CHARS) return JSON.parse(text);
  }
  return null;
}
