/**
 * What Excel makes of a string written to `Range.values`: it parses it as if typed into the
 * cell, so `(100)` becomes -100, `5%` 0.05, `$5` 5 in a currency format, `1/2` a date, `Jan 2024`
 * a date, `#N/A` an error, `ИСТИНА` a boolean and `=…`/`+…`/`-…`/`@…` a formula. One table of
 * rules for the locales our users run (ru-RU and en-US, taken together: a text either one
 * reinterprets is at risk). `textAsText` puts an apostrophe before every text a rule matches;
 * the Office fake converts unprotected text with the same rules, and both are tested against
 * one table of cases (test/unit/adapters/officejs/typed-text.test.ts).
 */
import { dayOf, serialFromDay } from "../../core/time/day";

export type Typed =
  | { kind: "number"; value: number }
  | { kind: "boolean"; value: boolean }
  /** An error cell; `value` is the error's English literal, as `Range.values` returns it. */
  | { kind: "error"; value: string }
  | { kind: "formula"; formula: string }
  | { kind: "text"; value: string };

/** A rule answers a value Excel would store, "doubt" (protect, but the text may survive), or null. */
export interface TypedRule {
  name: string;
  read(text: string): Typed | "doubt" | null;
}

const number = (value: number): Typed => ({ kind: "number", value });

// ---- numbers: signs, group separators, decimal comma or point, exponents, %, currencies ----

const GROUPED = /^(\d{1,3}(?:[ \u00a0\u202f,.']\d{3})+|\d+)?([.,]\d*)?(e[+-]?\d+)?$/i;
const CURRENCY_BEFORE = /^(\$|€|£|¥|₽)\s*/;
const CURRENCY_AFTER = /\s*(\$|€|£|¥|₽|руб\.?|р\.?)$/i;

/** The number of a bare numeral such as `1 000,5`, `1,000.5`, `1.5e3`; null if it is not one. */
function numeral(text: string): number | null {
  const match = GROUPED.exec(text);
  if (!match) return null;
  const [, whole = "", fraction = "", exponent = ""] = match;
  if (!/\d/.test(whole + fraction)) return null;
  const separators = whole.replace(/\d/g, "");
  let digits = whole.replace(/[ \u00a0\u202f']/g, "");
  let decimals = fraction.slice(1);
  if (!fraction && separators.length === 1 && /[.,]/.test(separators)) {
    // `1,234` or `1.234`: a decimal separator in one locale, a group separator in the other.
    [digits, decimals] = digits.split(separators);
  } else digits = digits.replace(/[.,]/g, "");
  return Number(`${digits || "0"}.${decimals || "0"}${exponent}`);
}

/** `-5`, `+5`, `(5)`, `5-`, `$5`, `5 ₽`, `-$5`, `5%`, `5 %` and combinations. */
function signedNumber(text: string): number | null {
  let rest = text.trim();
  let sign = 1;
  let scale = 1;
  const paren = /^\((.*)\)$/.exec(rest);
  if (paren) [sign, rest] = [-1, paren[1].trim()];
  const signs = (s: string) => {
    if (/^[-+]/.test(s)) {
      if (s[0] === "-") sign = -sign;
      return s.slice(1).trim();
    }
    if (/-$/.test(s)) {
      sign = -sign;
      return s.slice(0, -1).trim();
    }
    return s;
  };
  rest = signs(rest);
  if (/%$/.test(rest)) [scale, rest] = [0.01, rest.slice(0, -1).trim()];
  else if (/^%/.test(rest)) [scale, rest] = [0.01, rest.slice(1).trim()];
  rest = rest.replace(CURRENCY_BEFORE, "").replace(CURRENCY_AFTER, "");
  rest = signs(rest);
  const value = numeral(rest);
  return value === null ? null : sign * value * scale;
}

/** `1 1/2`, `0 3/4`, `-2 1/8`: a whole number and a fraction. */
function mixedFraction(text: string): number | null {
  const match = /^\s*([-+]?)(\d+)\s+(\d+)\/(\d+)\s*$/.exec(text);
  if (!match || Number(match[4]) === 0) return null;
  const value = Number(match[2]) + Number(match[3]) / Number(match[4]);
  return match[1] === "-" ? -value : value;
}

// ---- dates and times ----

const MONTHS: readonly (readonly string[])[] = [
  ["jan", "january", "янв", "январь", "января"],
  ["feb", "february", "фев", "февр", "февраль", "февраля"],
  ["mar", "march", "мар", "март", "марта"],
  ["apr", "april", "апр", "апрель", "апреля"],
  ["may", "май", "мая"],
  ["jun", "june", "июн", "июнь", "июня"],
  ["jul", "july", "июл", "июль", "июля"],
  ["aug", "august", "авг", "август", "августа"],
  ["sep", "sept", "september", "сен", "сент", "сентябрь", "сентября"],
  ["oct", "october", "окт", "октябрь", "октября"],
  ["nov", "november", "ноя", "нояб", "ноябрь", "ноября"],
  ["dec", "december", "дек", "декабрь", "декабря"],
];

function monthOf(word: string): number | null {
  const name = word.toLowerCase().replace(/\.$/, "");
  const index = MONTHS.findIndex((names) => names.includes(name));
  return index < 0 ? null : index + 1;
}

function fullYear(text: string | undefined): number {
  if (text === undefined) return new Date().getFullYear();
  const year = Number(text);
  if (text.length > 2) return year;
  return year < 30 ? 2000 + year : 1900 + year;
}

function dateSerial(year: number, month: number, date: number): number | null {
  if (month < 1 || month > 12 || date < 1 || date > 31 || year < 1900 || year > 9999) return null;
  return serialFromDay(dayOf(year, month, date));
}

const WORD = "([a-zа-яё]{3,9}\\.?)";
const SEP = "[\\s\\-./,]*";
/** `Jan 2024`, `январь 2024`, `Jan 5`, `Jan 5, 2024`, `мая-24`. */
const MONTH_FIRST = new RegExp(`^\\s*${WORD}${SEP}(\\d{1,4})(?:${SEP}(\\d{2,4}))?\\s*$`, "iu");
/** `5 Jan`, `5-Jan-24`, `1 января 2024`. */
const DAY_FIRST = new RegExp(`^\\s*(\\d{1,2})${SEP}${WORD}(?:${SEP}(\\d{2,4}))?\\s*$`, "iu");

function namedMonthDate(text: string): number | null {
  const first = MONTH_FIRST.exec(text);
  if (first) {
    const month = monthOf(first[1]);
    if (month === null) return null;
    // `Jan 2024`: the first of the month; `Jan 5` / `Jan 5, 2024`: that day.
    if (first[3] === undefined && first[2].length > 2)
      return dateSerial(fullYear(first[2]), month, 1);
    return dateSerial(fullYear(first[3]), month, Number(first[2]));
  }
  const day = DAY_FIRST.exec(text);
  if (day) {
    const month = monthOf(day[2]);
    return month === null ? null : dateSerial(fullYear(day[3]), month, Number(day[1]));
  }
  return null;
}

/** `5.1.2024`, `05/01/24`, `1/2`, `5-1-2024` (day first, as ru-RU), `2024-01-05`. */
function numericDate(text: string): number | null {
  const iso = /^\s*(\d{4})[-./](\d{1,2})[-./](\d{1,2})\s*$/.exec(text);
  if (iso) return dateSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = /^\s*(\d{1,2})([-./])(\d{1,2})(?:\2(\d{2}|\d{4}))?\s*$/.exec(text);
  if (!dmy) return null;
  const [a, b] = [Number(dmy[1]), Number(dmy[3])];
  const year = fullYear(dmy[4]);
  return dateSerial(year, b, a) ?? dateSerial(year, a, b); // d/m, else m/d (en-US)
}

/** `12:30`, `12:30:15`, `9:05 PM`, `7 am`. */
function timeOfDay(text: string): number | null {
  const match = /^\s*(\d{1,2})(?::(\d{1,2}))?(?::(\d{1,2}(?:[.,]\d+)?))?\s*(am|pm|a|p)?\s*$/i.exec(
    text
  );
  if (!match || (match[2] === undefined && match[4] === undefined)) return null;
  let hours = Number(match[1]);
  if (match[4]) hours = (hours % 12) + (/^p/i.test(match[4]) ? 12 : 0);
  const minutes = Number(match[2] ?? 0);
  const seconds = Number((match[3] ?? "0").replace(",", "."));
  if (hours > 23 || minutes > 59 || seconds >= 60) return null;
  return (hours * 3600 + minutes * 60 + seconds) / 86_400;
}

// ---- errors and booleans ----

/** Excel's error literals, English and Russian, to the English form `values` returns. */
const ERRORS = new Map<string, string>(
  [
    ["#NULL!", "#ПУСТО!"],
    ["#DIV/0!", "#ДЕЛ/0!"],
    ["#VALUE!", "#ЗНАЧ!"],
    ["#REF!", "#ССЫЛКА!"],
    ["#NAME?", "#ИМЯ?"],
    ["#NUM!", "#ЧИСЛО!"],
    ["#N/A", "#Н/Д"],
    ["#GETTING_DATA", "#ПОЛУЧЕНИЕ_ДАННЫХ"],
    ["#SPILL!", "#ПЕРЕНОС!"],
    ["#CALC!", "#ВЫЧИСЛ!"],
    ["#FIELD!", "#ПОЛЕ!"],
    ["#BLOCKED!", "#БЛОКИРОВАНО!"],
    ["#CONNECT!", "#ПОДКЛЮЧЕНИЕ!"],
    ["#BUSY!", "#ЗАНЯТО!"],
    ["#UNKNOWN!", "#НЕИЗВЕСТНО!"],
  ].flatMap(([en, ru]) => [
    [en, en],
    [ru, en],
  ])
);

const BOOLEANS = new Map([
  ["true", true],
  ["истина", true],
  ["false", false],
  ["ложь", false],
]);

const asNumber = (value: number | null): Typed | null => (value === null ? null : number(value));

/**
 * The table. Order matters only for what the fake stores when two locales disagree (`1.5`:
 * 1.5 in en-US, 1 May in ru-RU): the first rule that reads the text wins. Either way the
 * text would not survive, which is what `textAsText` needs to know.
 */
export const TYPED_RULES: readonly TypedRule[] = [
  {
    name: "apostrophe prefix (Excel swallows it)",
    read: (text) => (text.startsWith("'") ? { kind: "text", value: text.slice(1) } : null),
  },
  {
    name: "boolean",
    read: (text) => {
      const value = BOOLEANS.get(text.trim().toLowerCase());
      return value === undefined ? null : { kind: "boolean", value };
    },
  },
  {
    name: "error literal",
    read: (text) => {
      const value = ERRORS.get(text.trim().toUpperCase());
      return value === undefined ? null : { kind: "error", value };
    },
  },
  {
    name: "number, percentage, currency, (negative)",
    read: (text) => asNumber(signedNumber(text)),
  },
  { name: "mixed fraction", read: (text) => asNumber(mixedFraction(text)) },
  { name: "date with digits", read: (text) => asNumber(numericDate(text)) },
  { name: "date with a month name", read: (text) => asNumber(namedMonthDate(text)) },
  { name: "time of day", read: (text) => asNumber(timeOfDay(text)) },
  {
    name: "formula (= + - @)",
    read: (text) => (/^[=+\-@]/.test(text) ? { kind: "formula", formula: text } : null),
  },
  {
    // Not read by the rules above, but close enough that another locale or a future Excel
    // might: a leading digit, separator, sign, parenthesis, currency or "#". Protected.
    name: "in doubt",
    read: (text) => (/^\s*[\d.,(#$€£¥₽%]/.test(text) ? "doubt" : null),
  },
];

/** The first rule that reads the text, and what it makes of it; null: the text stays text. */
export function readByRules(text: string): { rule: string; value: Typed | "doubt" } | null {
  for (const rule of TYPED_RULES) {
    const value = rule.read(text);
    if (value !== null) return { rule: rule.name, value };
  }
  return null;
}

const DIGIT = /\d/;
const LEADING_MARK = /^\s*[=+\-@'#(.,$€£¥₽%]/;

/**
 * `readByRules`, with a shortcut for most text (names, categories): with no digit and no
 * leading mark only the boolean rule can read it. 0.2 µs instead of 1.5 µs a text: two
 * million text cells (50,000 rows × 42 columns) would otherwise spend 3 s here.
 */
export function typedValue(text: string): { rule: string; value: Typed | "doubt" } | null {
  if (!DIGIT.test(text) && !LEADING_MARK.test(text)) {
    const value = BOOLEANS.get(text.trim().toLowerCase());
    return value === undefined ? null : { rule: "boolean", value: { kind: "boolean", value } };
  }
  return readByRules(text);
}

/** Texts the apostrophe, formula and "in doubt" rules read whatever follows. */
const ALWAYS_READ = /^[=+\-@']|^\s*[\d.,(#$€£¥₽%]/;

/** Whether some rule reads the text (what `textAsText` needs), without working out the value. */
export function isReinterpreted(text: string): boolean {
  return ALWAYS_READ.test(text) || typedValue(text) !== null;
}
