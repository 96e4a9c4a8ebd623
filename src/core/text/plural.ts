/**
 * Russian number agreement, once for every sheet, message and the command
 * line: «1 строка», «3 строки», «154 строки», «5 педагогов», «11 ошибок»,
 * «21 ОО». A fraction takes the genitive singular («2,5 года»).
 */

/** The three forms: for 1 (21, 101…), for 2–4 (22–24…), for 5–20 (0, 11–14, 25…). */
export type Forms = readonly [one: string, few: string, many: string];

/** The nouns the project counts, each declared once. */
export const NOUN = {
  row: ["строка", "строки", "строк"],
  error: ["ошибка", "ошибки", "ошибок"],
  warning: ["предупреждение", "предупреждения", "предупреждений"],
  teacher: ["педагог", "педагога", "педагогов"],
  worker: ["работник", "работника", "работников"],
  person: ["человек", "человека", "человек"],
  school: ["ОО", "ОО", "ОО"],
  file: ["файл", "файла", "файлов"],
  book: ["книга", "книги", "книг"],
  recommendation: ["рекомендация", "рекомендации", "рекомендаций"],
  measure: ["мера", "меры", "мер"],
  indicator: ["показатель", "показателя", "показателей"],
  period: ["период", "периода", "периодов"],
  year: ["год", "года", "лет"],
  page: ["страница", "страницы", "страниц"],
  unit: ["единица", "единицы", "единиц"],
  point: ["п. п.", "п. п.", "п. п."],
} as const satisfies Record<string, Forms>;

/** After «для», «из», «у»: the genitive («для 1 работника», «для 5 работников», «из 21 ОО»). */
export const GENITIVE = {
  worker: ["работника", "работников", "работников"],
  teacher: ["педагога", "педагогов", "педагогов"],
  school: ["ОО", "ОО", "ОО"],
} as const satisfies Record<string, Forms>;

/** The form of the noun that agrees with n (the number itself is not included). */
export function pluralWord(n: number, forms: Forms): string {
  if (!Number.isInteger(n)) return forms[1];
  const abs = Math.abs(n);
  const mod10 = abs % 10;
  const mod100 = abs % 100;
  if (mod10 === 1 && mod100 !== 11) return forms[0];
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return forms[1];
  return forms[2];
}

/** «154 строки», «2,5 года»: the number (decimal comma), a space, and the agreeing form. */
export function countOf(n: number, forms: Forms): string {
  return `${String(n).replace(".", ",")} ${pluralWord(n, forms)}`;
}
