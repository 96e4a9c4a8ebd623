/** Contracts of the recommendation engine (src/core/recommend). */
import type { Scope } from "../indicators/types";

export type AddresseeCode = "МОУО" | "ММС" | "ЦНППМ" | "ОО" | "Педагог";

export interface Recommendation {
  rule: string;
  addressee: AddresseeCode;
  /** `total` or a school's code. */
  scope: Scope;
  indicator: string | null;
  /** `Табельный номер` for individual rules. */
  teacher: string | null;
  /** Workers named by a school-level recommendation. */
  teachers?: string[];
  text: string;
}
