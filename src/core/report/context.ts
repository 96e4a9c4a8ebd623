/** Lookups shared by the report builders: catalog, profile, results by code and scope. */
import { CATALOG } from "../indicators/catalog";
import type { CatalogEntry } from "../indicators/measures";
import { FULL_PROFILE_ID, PROFILES, type Profile } from "../indicators/profiles";
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

export function reportContext(input: ReportInput): ReportContext {
  const catalog = new Map((input.catalog ?? CATALOG).map((e) => [e.code, e]));
  const profile = input.profile ?? PROFILES.find((p) => p.id === FULL_PROFILE_ID)!;
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
