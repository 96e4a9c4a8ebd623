/** Lookups shared by the report builders: catalog, profile, results by code and scope. */
import { CATALOG } from "../indicators/catalog";
import type { CatalogEntry } from "../indicators/measures";
import { FULL_PROFILE, type Profile } from "../indicators/profiles";
import { TOTAL, type IndicatorResult, type Scope } from "../indicators/types";
import type { SchoolData } from "../model";
import type { ReportInput } from "./types";

export interface ReportContext {
  catalog: ReadonlyMap<string, CatalogEntry>;
  profile: Profile;
  /** Codes of the profile that the catalog knows, in the profile's order. */
  codes: string[];
  result: (code: string, scope: Scope) => IndicatorResult | undefined;
  schools: readonly SchoolData[];
  schoolCode: (s: SchoolData) => string;
}

/**
 * Every sheet builder asks for the context of the same input; building the
 * lookup of 90,000 results once per report instead of once per sheet. A hit
 * needs the same input object with the same catalog, profile, results and
 * schools, so an input changed in place gets a fresh context.
 */
const built = new WeakMap<ReportInput, { key: readonly unknown[]; context: ReportContext }>();

export function reportContext(input: ReportInput): ReportContext {
  const key = [input.catalog, input.profile, input.results, input.consolidation.included];
  const hit = built.get(input);
  if (hit && hit.key.every((k, i) => k === key[i])) return hit.context;
  const context = makeContext(input);
  built.set(input, { key, context });
  return context;
}

function makeContext(input: ReportInput): ReportContext {
  const catalog = new Map((input.catalog ?? CATALOG).map((e) => [e.code, e]));
  const profile = input.profile ?? FULL_PROFILE;
  const byKey = new Map(input.results.map((r) => [`${r.code}|${r.scope}`, r]));
  return {
    catalog,
    profile,
    codes: profile.codes.filter((c) => catalog.has(c)),
    result: (code, scope) => byKey.get(`${code}|${scope}`),
    schools: input.consolidation.included,
    schoolCode: (s) => s.passport.schoolCode ?? s.file,
  };
}

export { TOTAL };
