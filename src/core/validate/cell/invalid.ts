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
    readonly params?: Params,
  ) {}
}

/** A parsed cell: the normalised value, null when empty, or Invalid. */
export type Parsed<T> = T | null | Invalid;

/** Parses one raw cell; `undefined` is a cell beyond a short row. */
export type CellParser = (raw: unknown) => unknown;

/** Trimmed text of a string cell, or null when it holds only spaces. */
export function trimmed(raw: string): string | null {
  const text = raw.trim();
  return text === "" ? null : text;
}
