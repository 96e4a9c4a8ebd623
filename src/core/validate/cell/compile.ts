/**
 * Turns a schema field into one parser closure, once per sheet: type, allowed
 * values, min/max and the meaning of an empty optional cell are all decided here,
 * so the row loop only calls `parsers[i](cell)`.
 */
import type { FieldSpec, FieldType } from "../../schema/types";
import { parseCode } from "./code";
import { parseDate } from "./date";
import { Invalid, type CellParser } from "./invalid";
import { listParser } from "./list";
import { multiListParser } from "./multilist";
import { parseInteger, parseNumber } from "./number";
import { parseText } from "./text";
import { parseYesNo } from "./yesno";

function typeParser(field: FieldSpec): CellParser {
  const type: FieldType = field.type;
  switch (type) {
    case "text":
      return parseText;
    case "code":
      return parseCode;
    case "date":
      return parseDate;
    case "number":
      return parseNumber;
    case "integer":
      return parseInteger;
    case "yesno":
      return parseYesNo;
    case "list":
      return listParser(field.values ?? []);
    case "multilist":
      return multiListParser(field.values ?? []);
  }
}

function withBounds(
  parse: CellParser,
  min: number | undefined,
  max: number | undefined
): CellParser {
  if (min === undefined && max === undefined) return parse;
  return (raw) => {
    const value = parse(raw);
    if (typeof value !== "number") return value;
    if (min !== undefined && value < min) {
      return new Invalid("cell/minimum", "меньше {min}. Введите число не меньше {min}.", { min });
    }
    if (max !== undefined && value > max) {
      return new Invalid("cell/maximum", "больше {max}. Введите число не больше {max}.", { max });
    }
    return value;
  };
}

/** What an empty optional cell means, already parsed ("Нет" → false). */
export function emptyValueOf(field: FieldSpec): unknown {
  if (field.emptyMeans === undefined) return null;
  const value = typeParser(field)(field.emptyMeans);
  return value instanceof Invalid ? null : value;
}

export function compileField(field: FieldSpec): CellParser {
  return withBounds(typeParser(field), field.min, field.max);
}
