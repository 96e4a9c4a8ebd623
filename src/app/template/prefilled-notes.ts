/**
 * What the pre-filled workbooks say to the person, in Russian, built once for the command line
 * (`template school --for`) and the pane («Книги ОО на новый период»): a line per workbook,
 * the files of a school left aside, what could not be carried (a near code, a school on no
 * row, a code the list repeats, rows without a code), last period's sources that are not last
 * period's, and whether nothing of last period is usable (then nothing is made). Pure.
 */
import type { SchoolData } from "../../core/model";
import { countOf, NOUN } from "../../core/text/plural";
import { formatDay, type Day } from "../../core/time/day";
import { ofNewPeriod, type PrefilledResult } from "./prefilled";

export interface PrefilledBookNote {
  /** «ОО-1.xlsx: перенесено педагогов — 12 (из ОО-1.xlsx)», or just «ОО-1.xlsx» without sources. */
  line: string;
  /** Other files of the school for the same period: «не использован «…»: взят «…» — …». */
  setAside: string[];
}

export interface PrefilledNotes {
  books: PrefilledBookNote[];
  /** Codes the list repeats, last period's schools on no row (near or not), rows without a code. */
  notCarried: string[];
  /**
   * Whether the person should look: a near code or rows without a code left people behind
   * (the command line's exit 1). A school simply off the list is named, but needs no look.
   */
  attention: boolean;
}

export interface NotesOptions {
  /** Whether last period's sources were given (else the lines name the files only). */
  previousGiven: boolean;
  /** How to make the books again, after the person has fixed a code: «запустите команду снова». */
  again: string;
}

function bookLine(book: PrefilledResult["workbooks"][number], previousGiven: boolean): string {
  const name = `${book.school.code}.xlsx`;
  if (!previousGiven) return name;
  if (book.carried > 0)
    return (
      `${name}: перенесено педагогов — ${book.carried} (из ${book.source})` +
      (book.rowsWithGaps > 0 ? `, строк с ячейками для проверки — ${book.rowsWithGaps}` : "")
    );
  if (book.near !== null)
    return `${name}: лист «Педагоги» пуст — в прошлом периоде кода ${book.school.code} нет, есть похожий «${book.near.code}» (${book.near.file}); проверьте код`;
  return `${name}: в прошлом периоде этой ОО нет — лист «Педагоги» пуст`;
}

function notCarriedLines(result: PrefilledResult, again: string): string[] {
  const sheet = result.listSheet;
  const lines: string[] = [];
  for (const bad of result.badCodes)
    lines.push(
      `Внимание: на листе «${sheet}»${bad.row === null ? "" : ` (строка ${bad.row})`} код «${bad.code}» — не код ОО: код называет файл книги, в нём нельзя «/», «\\», «:» и других знаков, кроме букв, цифр, «-», «_», пробела и «.». Книга для этой ОО не сделана; исправьте код и ${again}.`
    );
  for (const group of result.repeated)
    lines.push(
      `Внимание: на листе «${sheet}» код повторён: ${group.map((c) => `«${c}»`).join(", ")} — книга сделана одна; оставьте одну строку.`
    );
  for (const u of result.unused)
    lines.push(
      u.near !== null
        ? `Внимание: в «${u.file}» прошлого периода код ОО «${u.code}» — похоже на ${u.near} из листа «${sheet}», но это другой код: педагоги не перенесены в ${u.near}.xlsx. ` +
            `Если это та же ОО, исправьте код (в паспорте файла или на листе «${sheet}») и ${again}.`
        : `Не перенесено: в «${u.file}» прошлого периода ОО с кодом «${u.code}», которой нет на листе «${sheet}».`
    );
  for (const u of result.uncoded) {
    const rows = u.rows.slice(0, 10).join(", ") + (u.rows.length > 10 ? ", …" : "");
    lines.push(
      `Не перенесено: в «${u.file}» прошлого периода ${countOf(u.rows.length, NOUN.row)} без кода ОО (${u.rows.length === 1 ? "строка" : "строки"} ${rows}) — чьи это педагоги, неизвестно. Впишите код ОО в эти строки и ${again}.`
    );
  }
  return lines;
}

export function prefilledNotes(result: PrefilledResult, options: NotesOptions): PrefilledNotes {
  return {
    books: result.workbooks.map((book) => ({
      line: bookLine(book, options.previousGiven),
      setAside: book.setAside.map(
        (other) => `не использован «${other.file}» той же ОО за тот же период: ${other.why}`
      ),
    })),
    notCarried: notCarriedLines(result, options.again),
    attention:
      result.unused.some((u) => u.near !== null) ||
      result.uncoded.length > 0 ||
      result.badCodes.length > 0,
  };
}

export interface PreviousCheck {
  /** Sources of the new period or later, one line each: named, their people not carried. */
  late: string[];
  /**
   * When no source is last period's: why, file by file (five named, then «и ещё N») —
   * «нет данных прошлого периода (до 01.09.2025): «…» — …». Nothing is to be made then:
   * empty workbooks saying «в прошлом периоде этой ОО нет» would be false.
   */
  refusal: string | null;
}

/** Last period's sources against the new period's start; `unreadable`: files not read as workbooks. */
export function checkPrevious(
  schools: readonly SchoolData[],
  unreadable: readonly string[],
  start: Day
): PreviousCheck {
  const late = [...new Set(schools.filter((x) => ofNewPeriod(x, start)).map((x) => x.file))];
  const usable = schools.some((x) => !ofNewPeriod(x, start));
  const why = [
    ...late.map((f) => `«${f}» — за период новых книг или позже, а не за прошлый`),
    ...unreadable.map((f) => `«${f}» — не прочитан как книга Excel`),
  ];
  const shown = why.slice(0, 5).join("; ") + (why.length > 5 ? `; и ещё ${why.length - 5}` : "");
  return {
    late: usable
      ? late.map((f) => `«${f}» — за период новых книг или позже; педагоги из него не перенесены.`)
      : [],
    refusal: usable
      ? null
      : `нет данных прошлого периода (до ${formatDay(start)}): ${shown || "ни одной ОО"}`,
  };
}

/** Files the reader named with an error and read nothing from (not a workbook, damaged). */
export function unreadableSources(opened: {
  schools: readonly SchoolData[];
  issues: readonly { severity: string; file?: string | null }[];
}): string[] {
  const read = new Set(opened.schools.map((x) => x.file));
  const out = new Set<string>();
  for (const i of opened.issues)
    if (i.severity === "error" && i.file && !read.has(i.file)) out.add(i.file);
  return [...out];
}
