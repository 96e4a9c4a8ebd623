/**
 * The earlier periods chosen on «Эффективность», kept by the pane's store (pane-store.ts) so
 * that «Сводка», справка, measures and feedback on the same schools report the dynamics;
 * steps reach them through this holder (src/taskpane/steps/municipal.ts). Stored as plain
 * JSON: a period's values Map becomes [key, value] pairs.
 */
import type { EarlierPeriod } from "../../core/cycle";
import type { SavedEarlier } from "./saved";

export interface EarlierHolder {
  rememberEarlier(sources: unknown, earlier: readonly EarlierPeriod[]): void;
  rememberedEarlier(sources: unknown): readonly EarlierPeriod[];
}

/** Before the pane's store exists (tests of the steps alone): memory, by the sources' identity. */
function memoryHolder(): EarlierHolder {
  let kept: { sources: unknown; earlier: readonly EarlierPeriod[] } | null = null;
  return {
    rememberEarlier: (sources, earlier) => {
      kept = earlier.length > 0 ? { sources, earlier } : null;
    },
    rememberedEarlier: (sources) => (kept !== null && kept.sources === sources ? kept.earlier : []),
  };
}

let holder: EarlierHolder = memoryHolder();

export function earlierHolder(): EarlierHolder {
  return holder;
}

export function bindEarlier(next: EarlierHolder): void {
  holder = next;
}

export function toSavedEarlier(p: EarlierPeriod): SavedEarlier {
  return {
    source: p.source,
    period: p.period,
    schoolCodes: [...p.schoolCodes],
    values: [...p.values],
    ...(p.municipalities ? { municipalities: [...p.municipalities] } : {}),
    ...(p.schools ? { schools: p.schools.map((s) => ({ ...s })) } : {}),
  };
}

export function fromSavedEarlier(s: SavedEarlier): EarlierPeriod {
  return {
    source: s.source,
    period: s.period as EarlierPeriod["period"],
    schoolCodes: s.schoolCodes,
    values: new Map(s.values),
    ...(s.municipalities ? { municipalities: s.municipalities } : {}),
    ...(s.schools ? { schools: s.schools } : {}),
  };
}
