/**
 * Да / Нет and what people type instead: any case, д/н, yes/no, y/n, 1/0, +/-,
 * TRUE/FALSE, ИСТИНА/ЛОЖЬ, Excel booleans, Latin look-alikes ("Дa", "HET").
 */
import { fold } from "../../text/fold";
import { NO, YES } from "../../schema/values";
import { Invalid, type Parsed } from "./invalid";

const SYNONYMS: ReadonlyArray<readonly [string, boolean]> = [
  ["да", true],
  ["д", true],
  ["yes", true],
  ["y", true],
  ["1", true],
  ["+", true],
  ["true", true],
  ["истина", true],
  ["нет", false],
  ["н", false],
  ["no", false],
  ["n", false],
  ["0", false],
  ["-", false],
  ["false", false],
  ["ложь", false],
  ["het", false],
];
const BY_FOLDED = new Map<string, boolean>(SYNONYMS);
const NOT_YES_NO = "не «Да» или «Нет». Введите «Да» или «Нет».";

/** Raw text → answer; shared by all yes/no columns, bounded so junk cannot grow it. */
const seen = new Map<string, boolean | null>();
const SEEN_LIMIT = 512;

function fromText(raw: string): boolean | null | undefined {
  const known = seen.get(raw);
  if (known !== undefined) return known;
  const folded = fold(raw);
  const answer = folded === "" ? null : BY_FOLDED.get(folded);
  if (seen.size < SEEN_LIMIT && answer !== undefined) seen.set(raw, answer);
  return answer;
}

export function parseYesNo(raw: unknown): Parsed<boolean> {
  // The template's own spellings first: a pointer or 2–3 character compare, no hashing.
  if (raw === YES) return true;
  if (raw === NO) return false;
  if (typeof raw === "string") {
    const answer = fromText(raw);
    return answer === undefined ? new Invalid("cell/type", NOT_YES_NO) : answer;
  }
  if (typeof raw === "boolean") return raw;
  if (raw === null || raw === undefined) return null;
  if (raw === 1 || raw === 0) return raw === 1;
  return new Invalid("cell/type", NOT_YES_NO);
}
