/**
 * What a cell parser returns for an unusable cell. Allocated only on a fault, so
 * a healthy cell costs nothing beyond its parse.
 */
import type { IssueCode } from "../codes";
import type { Params } from "../message";

export class Invalid {
  constructor(
    readonly code: IssueCode,
    readonly template: string,
    readonly params?: Params
  ) {}
}

/** A parsed cell: the normalised value, null when empty, or Invalid. */
export type Parsed<T> = T | null | Invalid;

/** Parses one raw cell; `undefined` is a cell beyond a short row. */
export type CellParser = (raw: unknown) => unknown;

/** True for the characters String.prototype.trim removes that people type (space, tab, NBSP, line breaks). */
function isBlank(code: number): boolean {
  return (
    code <= 32 ||
    code === 160 ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x3000 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x1680
  );
}

/** Trimmed text of a string cell, or null when it holds only spaces; no copy when nothing to trim. */
export function trimmed(raw: string): string | null {
  const last = raw.length - 1;
  if (last >= 0 && !isBlank(raw.charCodeAt(0)) && !isBlank(raw.charCodeAt(last))) return raw;
  const text = raw.trim();
  return text === "" ? null : text;
}
