/**
 * An indicator's passport as a profile's own document gives it (indicators.md,
 * «Indicator passport»; docs/decisions/indicators.md «Passports per profile»):
 * periodicity, the party responsible for the information and the collection
 * method come from the document the profile follows, never from another
 * district's. Where that document names no responsible party, the one a person
 * writes in `Настройки` (`settings.official.responsible`); where it names no
 * method or periodicity, a neutral description of how this program collects the
 * figures (the school form) and when (once per reporting period).
 */
import { defaultOfficialDetails } from "./defaults";
import { CATALOG, catalogEntry } from "./catalog";
import { basisOf, type Basis, type CatalogEntry, type IndicatorPassport } from "./measures";
import { FULL_PROFILE_ID, PROFILES } from "./profiles";
import type { Settings } from "./types";

/** What one monitoring document says about its indicators; null: it says nothing. */
export interface DocumentPassport {
  responsible: string | null;
  method: string | null;
  periodicity: string | null;
  /** Per-indicator periodicity where the document's table gives one per row. */
  periodicityOf?: Readonly<Record<string, string>>;
}

const DEC = "Ежегодно (декабрь)";
const AUG = "Ежегодно (август)";
const SEP = "Ежегодно (сентябрь)";

/**
 * The five monitoring documents (docs/spec/indicators.md, «Profiles»), by their
 * file-name prefix (the profile's id).
 * The gist of each, quoted, is in docs/decisions/indicators.md.
 */
export const DOCUMENT_PASSPORTS: Readonly<Record<string, DocumentPassport>> = {
  // «Показатели, методы сбора информации»: a list of indicators only; no method,
  // no periodicity, no responsible party.
  "000": { responsible: null, method: null, periodicity: null },
  // Its table: «Методы сбора и обработки информации: Выборочный метод, метод
  // измерений, документальный анализ» for every row; «Мониторинг результатов в
  // соответствии с программой Мониторинга»; «Мониторинг проводится … с мая по август».
  // It names who prepares the analysis (its own district's bodies), not who
  // provides each indicator's information.
  "001": {
    responsible: null,
    method: "Выборочный метод, метод измерений, документальный анализ",
    periodicity: "С мая по август, в соответствии с программой мониторинга",
  },
  // The August teachers' council's slides: values «по данным регионального
  // мониторинга» for «истекший» and «очередной год».
  "002": {
    responsible: null,
    method: "Данные регионального мониторинга и сведения ОО",
    periodicity: "Ежегодно (итоги года к августовскому педагогическому совету)",
  },
  // Its table names, for every row, «Ответственный за предоставление информации:
  // МКУ «ЦМТО»», «Метод сбора информации: Сбор статистических данных» and the
  // «Периодичность мониторинга».
  "003": {
    responsible: "МКУ «ЦМТО»",
    method: "Сбор статистических данных",
    periodicity: null,
    periodicityOf: {
      DIAG_REG: DEC,
      IOM: DEC,
      PK_DIAG: DEC,
      MGR_QUALITY: DEC,
      RETRAIN_SENT: DEC,
      YOUNG_SUPPORT: AUG,
      MENTORING_SCHOOLS: AUG,
      VAC_PED: SEP,
      VAC_MGR: SEP,
      EXPERT: DEC,
      MO: AUG,
    },
  },
  // A regional institute's справка on its own June 2020 monitoring: no method,
  // no responsible party for a municipality.
  "004": { responsible: null, method: null, periodicity: "Июнь (срок мониторинга по документу)" },
};

export const DEFAULT_PERIODICITY = "Ежегодно (по окончании отчётного периода)";

/** How this program collects the figures where the document names no method. */
const METHOD_BY_BASIS: Readonly<Record<Basis, string>> = {
  workers: "Форма мониторинга ОО: лист «Педагоги»",
  passport: "Форма мониторинга ОО: «Паспорт ОО»",
  communities: "Форма мониторинга ОО: лист «Сообщества и проекты»",
};

/** The passport of an indicator in a profile: every field filled. */
export interface ProfilePassport extends IndicatorPassport {
  periodicity: string;
  responsible: string;
  method: string;
  /** The document the three came from, or null where all three are defaults. */
  document: string | null;
}

function documentPeriodicity(doc: DocumentPassport | undefined, code: string): string | null {
  return doc?.periodicityOf?.[code] ?? doc?.periodicity ?? null;
}

/** The profile documents an indicator of the full catalogue comes from, in its order. */
function sourceDocuments(entry: CatalogEntry): string[] {
  return entry.sources.filter((s) => DOCUMENT_PASSPORTS[s] !== undefined);
}

/**
 * The passport of `code` (or a custom entry) in the profile `profileId`. The full
 * catalogue follows no single document: an indicator takes the method and the
 * periodicity of the first of its source documents that gives them, and always
 * the responsible party of `Настройки` (no district's institution applies to all).
 * A custom indicator (not in the profile) has the defaults.
 */
export function passportFor(
  codeOrEntry: string | CatalogEntry,
  profileId: string,
  settings?: Settings
): ProfilePassport {
  const entry = typeof codeOrEntry === "string" ? catalogEntry(codeOrEntry) : codeOrEntry;
  if (!entry) throw new Error(`no catalog entry ${String(codeOrEntry)}`);
  const fallback = settings?.official.responsible.trim() || defaultOfficialDetails().responsible;
  // A document speaks for the indicators of its profile, not for custom ones.
  const inProfile = PROFILES.find((p) => p.id === profileId)?.codes.includes(entry.code) ?? false;
  const own = inProfile ? DOCUMENT_PASSPORTS[profileId] : undefined;
  let method: string | null = null;
  let periodicity: string | null = null;
  let responsible: string | null = null;
  let document: string | null = null;
  if (own) {
    method = own.method;
    periodicity = documentPeriodicity(own, entry.code);
    responsible = own.responsible;
    if (method !== null || periodicity !== null || responsible !== null) document = profileId;
  } else if (profileId === FULL_PROFILE_ID) {
    for (const id of sourceDocuments(entry)) {
      const doc = DOCUMENT_PASSPORTS[id];
      if (method === null && doc.method !== null) method = doc.method;
      if (periodicity === null) periodicity = documentPeriodicity(doc, entry.code);
      if (document === null && (doc.method !== null || documentPeriodicity(doc, entry.code)))
        document = id;
    }
  }
  return {
    code: entry.code,
    title: entry.title,
    unit: entry.unit,
    kind: entry.kind,
    formula: entry.formula,
    sources: entry.sources,
    periodicity: periodicity ?? DEFAULT_PERIODICITY,
    responsible: responsible ?? fallback,
    method: method ?? METHOD_BY_BASIS[basisOf(entry.measure)],
    document,
  };
}

/** The passports of a profile's indicators, in its order (the full catalogue for an unknown id). */
export function profilePassports(profileId: string, settings?: Settings): ProfilePassport[] {
  const profile = PROFILES.find((p) => p.id === profileId);
  const codes = profile ? profile.codes : CATALOG.map((e) => e.code);
  return codes.map((code) => passportFor(code, profile ? profile.id : FULL_PROFILE_ID, settings));
}
