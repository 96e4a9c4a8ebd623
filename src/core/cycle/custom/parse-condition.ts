/**
 * The condition language of custom indicators, in Russian, over the columns of
 * `Педагоги` (by their exact headers, folded). Grammar (docs/decisions/cycle.md):
 *   условие := часть { И часть }
 *   часть   := [НЕ] Столбец = знач{; знач} | Столбец ≠ знач{; знач}
 *            | Столбец > < ≥ ≤ число | ДатаСтолбец в периоде | ДатаСтолбец за N лет
 *            | Столбец заполнено | Столбец не заполнено | Молодой педагог | …
 * The result is the engine's Condition list (all must hold), or a Russian error.
 */
import type { Condition, NamedPredicate, WorkerField } from "../../indicators/conditions";
import { TEACHERS } from "../../schema/school";
import type { FieldSpec } from "../../schema/types";
import { NO, YES } from "../../schema/values";
import { fold, foldedIndex } from "../../text/fold";
import { appendAll } from "../../arrays";

export type Parsed = { ok: true; conditions: Condition[] } | { ok: false; error: string };

/** Worker-level predicates that are not one column, named as the documents name them. */
export const NAMED_CONDITIONS: ReadonlyMap<string, NamedPredicate> = new Map([
  [fold("Молодой педагог"), "young"],
  [fold("Начинающий педагог"), "beginner"],
  [fold("Пенсионный возраст"), "pensionAge"],
  [fold("Диагностика до ПК"), "diagnosedBeforeCourse"],
  [fold("Действующая категория"), "categoryInEffect"],
]);

const FIELDS = new Map<string, FieldSpec>(TEACHERS.fields.map((f) => [fold(f.header), f]));
/** Longest headers first, so «Дата окончания ПК» wins over a shorter prefix. */
const HEADS = [...FIELDS.keys()].sort((a, b) => b.length - a.length);
const NOT = "не ";
const OPERATOR = /(≠|!=|<>|>=|<=|≥|≤|=|>|<)/;

export function parseCondition(text: string): Parsed {
  const parts = splitParts(text);
  if (parts.length === 0) return { ok: false, error: "условие пустое" };
  const conditions: Condition[] = [];
  for (const part of parts) {
    const parsed = parsePart(part);
    if (!parsed.ok) return parsed;
    appendAll(conditions, parsed.conditions);
  }
  return { ok: true, conditions };
}

/**
 * Splits at the word «И», but only where a new condition starts (a column, a
 * named condition or «НЕ»): «Русский язык и литература» stays one value.
 */
export function splitParts(text: string): string[] {
  const pieces = text.split(/\s+и\s+/i);
  const parts: string[] = [];
  const joiners = [...text.matchAll(/\s+и\s+/gi)].map((m) => m[0]);
  pieces.forEach((piece, i) => {
    if (parts.length === 0 || startsCondition(piece)) parts.push(piece.trim());
    else parts[parts.length - 1] += `${joiners[i - 1]}${piece}`;
  });
  return parts.filter((p) => p !== "");
}

function startsCondition(piece: string): boolean {
  const f = fold(piece);
  if (f.startsWith(NOT) || NAMED_CONDITIONS.has(f)) return true;
  return HEADS.some((h) => f === h || (f.startsWith(h) && /^[\s=≠!<>≥≤]/.test(f.slice(h.length))));
}

/**
 * «НЕ» prefixes are counted in a loop, not parsed by recursion, and cancel in
 * pairs: «НЕ НЕ x» is x, so a condition tree is never deeper than not → all → leaf.
 */
function parsePart(part: string): Parsed {
  let text = part.trim();
  let negated = false;
  // Only the next word is folded each time: folding the whole rest would be quadratic.
  for (
    let word = /^\S+\s+/.exec(text);
    word && fold(word[0]) === NOT.trim();
    word = /^\S+\s+/.exec(text)
  ) {
    text = text.slice(word[0].length);
    negated = !negated;
  }
  const inner = parsePositive(text);
  if (!negated || !inner.ok) return inner;
  const of: Condition =
    inner.conditions.length === 1 ? inner.conditions[0] : { op: "all", of: inner.conditions };
  return { ok: true, conditions: [{ op: "not", of }] };
}

function parsePositive(part: string): Parsed {
  const f = fold(part);
  const name = NAMED_CONDITIONS.get(f);
  if (name) return { ok: true, conditions: [{ op: "named", name }] };
  const op = OPERATOR.exec(part);
  if (op) return comparison(part.slice(0, op.index), op[1], part.slice(op.index + op[1].length));
  return phrase(part);
}

function fieldOf(left: string): FieldSpec | string {
  const field = FIELDS.get(fold(left));
  if (field) return field;
  const word = fold(left).split(" ")[0] ?? "";
  const near = TEACHERS.fields
    .filter((f) => word.length > 2 && fold(f.header).includes(word))
    .map((f) => `«${f.header}»`);
  const hint = near.length
    ? ` Возможно, имелось в виду: ${near.slice(0, 3).join(", ")}.`
    : " Пишите заголовок столбца листа «Педагоги» так, как он в шаблоне.";
  return `неизвестный столбец «${left.trim()}».${hint}`;
}

function comparison(left: string, op: string, right: string): Parsed {
  const field = fieldOf(left);
  if (typeof field === "string") return { ok: false, error: field };
  const key = field.key as WorkerField;
  const negate = op === "≠" || op === "!=" || op === "<>";
  if (op === "=" || negate) return equality(field, key, right, negate);
  if (field.type !== "number" && field.type !== "integer") {
    return {
      ok: false,
      error: `сравнение «${op}» возможно только для числового столбца, а «${field.header}» — не число.`,
    };
  }
  const value = numberOf(right);
  if (value === null)
    return {
      ok: false,
      error: `после «${field.header} ${op}» должно быть число, а не «${right.trim()}».`,
    };
  const ops: Record<string, "lt" | "le" | "gt" | "ge"> = {
    "<": "lt",
    "<=": "le",
    "≤": "le",
    ">": "gt",
    ">=": "ge",
    "≥": "ge",
  };
  return { ok: true, conditions: [{ op: ops[op], field: key, value }] };
}

function equality(field: FieldSpec, key: WorkerField, right: string, negate: boolean): Parsed {
  const raw = right
    .split(field.type === "text" || field.type === "code" ? /;/ : /[;,]/)
    .map((v) => v.trim())
    .filter((v) => v !== "");
  if (raw.length === 0)
    return {
      ok: false,
      error: `после «${field.header} ${negate ? "≠" : "="}» не указано значение.`,
    };
  switch (field.type) {
    case "yesno": {
      const v = fold(raw[0]);
      if (raw.length > 1 || (v !== fold(YES) && v !== fold(NO))) {
        return {
          ok: false,
          error: `для «${field.header}» укажите одно значение: ${YES} или ${NO} (найдено «${right.trim()}»).`,
        };
      }
      const base: Condition = { op: v === fold(YES) ? "true" : "false", field: key };
      return { ok: true, conditions: [negate ? { op: "not", of: base } : base] };
    }
    case "list":
    case "multilist": {
      const index = foldedIndex(field.values ?? []);
      const bad = raw.filter((v) => !index.has(fold(v)));
      if (bad.length) {
        return {
          ok: false,
          error: `«${bad.join("», «")}» — нет такого значения в столбце «${field.header}». Допустимо: ${(field.values ?? []).join("; ")}.`,
        };
      }
      const values = raw.map((v) => index.get(fold(v)) as string);
      return { ok: true, conditions: [{ op: negate ? "notIn" : "in", field: key, values }] };
    }
    case "number":
    case "integer": {
      const value = raw.length === 1 ? numberOf(raw[0]) : null;
      if (value === null)
        return {
          ok: false,
          error: `для «${field.header}» укажите одно число (найдено «${right.trim()}»).`,
        };
      const eq: Condition = { op: "eq", field: key, value };
      return { ok: true, conditions: [negate ? { op: "not", of: eq } : eq] };
    }
    case "date":
      return {
        ok: false,
        error: `для даты «${field.header}» используйте «${field.header} в периоде», «… за 3 года» или «… заполнено».`,
      };
    default:
      return { ok: true, conditions: [{ op: negate ? "notIn" : "in", field: key, values: raw }] };
  }
}

const PHRASES: {
  re: RegExp;
  make: (key: WorkerField, m: RegExpExecArray, f: FieldSpec) => Condition | string;
}[] = [
  {
    re: /\s+в (отчетном )?периоде$/,
    make: (key, _m, f) =>
      f.type === "date"
        ? { op: "inPeriod", field: key }
        : `«в периоде» применимо только к дате, а «${f.header}» — не дата.`,
  },
  {
    re: /\s+за (последние )?(\d+) (лет|года|год)$/,
    make: (key, m, f) =>
      f.type === "date"
        ? { op: "withinYears", field: key, years: Number(m[2]) }
        : `«за N лет» применимо только к дате, а «${f.header}» — не дата.`,
  },
  {
    re: /\s+(не заполнен[оа]?|не указан[оа]?|пусто|пустой|пустая)$/,
    make: (key) => ({ op: "empty", field: key }),
  },
  { re: /\s+(заполнен[оа]?|указан[оа]?)$/, make: (key) => ({ op: "filled", field: key }) },
];

function phrase(part: string): Parsed {
  const f = fold(part);
  for (const p of PHRASES) {
    const m = p.re.exec(f);
    if (!m) continue;
    const field = fieldOf(f.slice(0, m.index));
    if (typeof field === "string") return { ok: false, error: field };
    const made = p.make(field.key as WorkerField, m, field);
    return typeof made === "string" ? { ok: false, error: made } : { ok: true, conditions: [made] };
  }
  return {
    ok: false,
    error: `не понято условие «${part.trim()}». Пишите «Столбец = значение», «Столбец ≥ число», «Дата … в периоде», «Столбец заполнено» или «Молодой педагог».`,
  };
}

function numberOf(text: string): number | null {
  const t = text.trim().replace(/\s/g, "").replace(",", ".");
  return /^[-+]?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}
