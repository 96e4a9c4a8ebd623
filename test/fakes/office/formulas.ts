/**
 * PEDMON formulas in the fake, evaluated through the REAL custom functions
 * (src/functions/functions.ts), with Excel's argument cap: each argument is
 * measured as the JSON Excel passes (a range as a 2-D array of its values), and
 * a call with one over ARGUMENT_CAP_BYTES fails as in Excel (#VALUE!).
 *
 * The parser knows exactly what the add-in writes:
 *   =PEDMON.NAME(arg, …)  with arg = "text" ("" doubles a quote) | number |
 *   'Sheet name'!$A$1:$B$2 ('' doubles a quote) | Sheet!A1:B2 | A1:B2 | A1
 * Anything else (other functions, operators, omitted arguments) is #NAME? —
 * never a silent pass.
 */
import * as functions from "../../../src/functions/functions";
import { ARGUMENT_CAP_BYTES, argumentBytes } from "../../../src/functions/arg-size";
import type { BookState, Box, Cell } from "./state";
import { parseAddress } from "./state";

type Value = string | number | boolean;
type Arg =
  | { kind: "text"; value: string }
  | { kind: "number"; value: number }
  | { kind: "range"; sheet: string; box: Box };

export interface Evaluation {
  value: Value;
  /** Bytes of the largest argument as Excel would pass it (0 when none was built). */
  largestArgBytes: number;
  /** Why the cell shows an error value. */
  error?: string;
}

const CALLS: Record<string, (...args: any[]) => unknown> = {
  "PEDMON.INDICATOR": functions.indicator,
  "PEDMON.INDICATOR.DETAIL": functions.indicatorDetailFn,
  "PEDMON.STATUS": functions.status,
  "PEDMON.CATALOG": functions.catalog,
  "PEDMON.AGE": functions.age,
  "PEDMON.CLUSTERS": functions.clusters,
};

class Syntax extends Error {}

/** Parses `=NAME(args)`; throws Syntax on anything else. */
export function parseFormula(formula: string, ownSheet: string): { name: string; args: Arg[] } {
  const m = /^=([A-Z][A-Z0-9_.]*)\((.*)\)$/is.exec(formula.trim());
  if (!m) throw new Syntax(`not a function call: ${formula}`);
  const text = m[2];
  const args: Arg[] = [];
  let i = 0;
  const fail = (why: string): never => {
    throw new Syntax(`${why} at ${i} in ${formula}`);
  };
  const quoted = (q: string): string => {
    let out = "";
    i++; // opening quote
    for (;;) {
      if (i >= text.length) fail("unterminated quote");
      if (text[i] === q) {
        if (text[i + 1] === q) {
          out += q;
          i += 2;
          continue;
        }
        i++;
        return out;
      }
      out += text[i++];
    }
  };
  while (text.length > 0) {
    if (text[i] === '"') args.push({ kind: "text", value: quoted('"') });
    else if (/[-\d.]/.test(text[i] ?? "")) {
      const n = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?/.exec(text.slice(i));
      if (!n) fail("bad number");
      args.push({ kind: "number", value: Number(n![0]) });
      i += n![0].length;
    } else {
      let sheet = ownSheet;
      if (text[i] === "'") {
        sheet = quoted("'");
        if (text[i] !== "!") fail("sheet name without !");
        i++;
      } else {
        const bare = /^([A-Za-zА-Яа-яЁё_][\wА-Яа-яЁё.]*)!/.exec(text.slice(i));
        if (bare) {
          sheet = bare[1];
          i += bare[0].length;
        }
      }
      const ref = /^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?/.exec(text.slice(i));
      if (!ref) fail("not an argument");
      args.push({ kind: "range", sheet, box: parseAddress(ref![0]) });
      i += ref![0].length;
    }
    if (i === text.length) break;
    if (text[i] !== ",") fail("expected ,");
    i++;
    if (i === text.length) fail("trailing ,");
  }
  return { name: m[1].toUpperCase(), args };
}

/** Excel's error value for a failed custom function call. */
const VALUE_ERROR = "#VALUE!";
const NAME_ERROR = "#NAME?";
const MAX_DEPTH = 8;

function rangeValues(book: BookState, sheetName: string, box: Box, depth: number): Value[][] {
  const sheet = book.get(sheetName);
  const out: Value[][] = [];
  for (let r = 0; r < box.rows; r++) {
    const row: Value[] = [];
    for (let c = 0; c < box.cols; c++)
      row.push(cellValue(book, sheetName, sheet.cell(box.row + r, box.col + c), depth));
    out.push(row);
  }
  return out;
}

/** What Range.values gives for a cell: formulas evaluated (nested ones too, to a depth). */
export function cellValue(
  book: BookState,
  sheetName: string,
  cell: Cell | undefined,
  depth = 0
): Value {
  if (!cell) return "";
  if (cell.kind !== "formula") return cell.value;
  return evaluateFormula(book, sheetName, cell.formula, depth + 1).value;
}

export function evaluateFormula(
  book: BookState,
  sheetName: string,
  formula: string,
  depth = 0
): Evaluation {
  let parsed: { name: string; args: Arg[] };
  try {
    parsed = parseFormula(formula, sheetName);
  } catch (e) {
    return { value: NAME_ERROR, largestArgBytes: 0, error: (e as Error).message };
  }
  const call = CALLS[parsed.name];
  if (!call)
    return { value: NAME_ERROR, largestArgBytes: 0, error: `unknown function ${parsed.name}` };
  if (depth > MAX_DEPTH)
    return { value: "#REF!", largestArgBytes: 0, error: "formulas nest too deep" };
  let largest = 0;
  const values: unknown[] = [];
  for (const arg of parsed.args) {
    let value: unknown;
    if (arg.kind !== "range") value = arg.value;
    else if (!book.find(arg.sheet))
      return { value: "#REF!", largestArgBytes: largest, error: `no sheet ${arg.sheet}` };
    else value = rangeValues(book, arg.sheet, arg.box, depth);
    const bytes = argumentBytes(value);
    if (bytes > largest) largest = bytes;
    values.push(value);
  }
  if (largest > ARGUMENT_CAP_BYTES) {
    return {
      value: VALUE_ERROR,
      largestArgBytes: largest,
      error: `argument of ${largest} bytes over Excel's cap of ${ARGUMENT_CAP_BYTES}`,
    };
  }
  try {
    const result = call(...values);
    const top = Array.isArray(result) ? (result as unknown[][])[0]?.[0] : result;
    return { value: (top ?? "") as Value, largestArgBytes: largest };
  } catch (e) {
    return { value: VALUE_ERROR, largestArgBytes: largest, error: (e as Error).message };
  }
}
