/** Profiles: the indicators one monitoring document asks for, in its order (indicators.md). */
import { CATALOG_CODES } from "./catalog";

export interface Profile {
  /** The document's file-name prefix ("000".."004"), or "full". */
  id: string;
  name: string;
  codes: readonly string[];
}

export const FULL_PROFILE_ID = "full";

export const PROFILES: readonly Profile[] = [
  {
    id: "000",
    name: "Мониторинг качества ДПО педагогических работников",
    codes: [
      "ATTEST",
      "PK_REG",
      "PK_REMOTE",
      "CONTEST",
      "DPO_NOPROF",
      "RETRAIN_REG",
      "DIAG",
      "EXPERT",
      "BURNOUT_DIAG",
      "BURNOUT_HIGH",
      "PK_REGISTRY",
    ],
  },
  {
    id: "001",
    name: "Мониторинг профессионального развития (муниципальный район)",
    codes: [
      "DIAG_REG",
      "EXPERT",
      "CONTEST",
      "YOUNG_PROJECT_COUNT",
      "YOUNG_PROJECTS",
      "NETWORK",
      "COMMUNITY_COUNT",
      "STAFFING",
      "PROFILE",
      "MENTORS",
    ],
  },
  {
    id: "002",
    name: "Система обеспечения профессионального развития (педсовет)",
    codes: [
      "SKILL_ASSESS",
      "SKILL_SCHOOLS",
      "DIAG",
      "DIAG_REG",
      "IOM",
      "PK_REG",
      "TUTORS_PER_100",
      "AGE_U35",
      "EXP_U3",
      "PENSION",
      "CATEGORY",
      "MENTORS",
      "NETWORK",
      "VAC_PED",
    ],
  },
  {
    id: "003",
    name: "Научно-методическое сопровождение и профессиональное развитие",
    codes: [
      "DIAG_REG",
      "IOM",
      "PK_DIAG",
      "MGR_QUALITY",
      "RETRAIN_SENT",
      "YOUNG_SUPPORT",
      "MENTORING_SCHOOLS",
      "VAC_PED",
      "VAC_MGR",
      "EXPERT",
      "MO",
    ],
  },
  {
    id: "004",
    name: "Качество ДПО: адресные рекомендации",
    codes: ["PK_DIAG", "DIAG_BEFORE_PK", "PK_REGISTRY", "RETRAIN_SENT", "DIAG", "PK_3Y"],
  },
  { id: FULL_PROFILE_ID, name: "Полный каталог", codes: CATALOG_CODES },
];

/** The whole catalogue: the profile used when none is chosen (or the one chosen is unknown). */
export const FULL_PROFILE: Profile = PROFILES.find((p) => p.id === FULL_PROFILE_ID)!;

/** The profile of that id or name; the full catalogue when none is given or none matches. */
export function profileOrFull(idOrName?: string | null): Profile {
  return (idOrName == null ? undefined : findProfile(idOrName)) ?? FULL_PROFILE;
}

/** A profile by id ("000", "4", "full") or by its name, tolerant of case and spaces. */
export function findProfile(idOrName: string): Profile | undefined {
  const key = idOrName.trim().toLowerCase().replace(/\s+/g, " ");
  if (/^\d{1,3}$/.test(key)) return PROFILES.find((p) => p.id === key.padStart(3, "0"));
  return PROFILES.find(
    (p) => p.id === key || p.name.toLowerCase().replace(/ё/g, "е") === key.replace(/ё/g, "е")
  );
}
