/**
 * `Аналитическая справка` as one document model (recommendations.md «Output
 * sheets»): a title, numbered sections of paragraphs, lists and tables, and a
 * signature block. Built once in the core (note.ts) and rendered twice: into the
 * workbook sheet (note-sheet.ts) and into Word (src/adapters/docx).
 */

export type NoteBlock =
  | { kind: "paragraph"; text: string; bold?: boolean }
  | { kind: "list"; items: readonly string[] }
  | {
      kind: "table";
      headers: readonly string[];
      rows: readonly (readonly string[])[];
      /** Relative column widths (any unit; the renderers scale them to the page). */
      widths: readonly number[];
    };

export interface NoteSection {
  heading: string;
  blocks: readonly NoteBlock[];
}

export interface NoteSignature {
  position: string;
  name: string;
  date: string;
}

export interface NoteDocument {
  title: string;
  /** Lines under the title: authority, municipality, period, profile. */
  lead: readonly string[];
  sections: readonly NoteSection[];
  signature: NoteSignature;
}

/** A line left for a person to fill by hand where `Настройки` gives nothing. */
export const BLANK = "________";

export const NOTE_HEADINGS = [
  "1. Цель и задачи мониторинга",
  "2. Нормативная основа",
  "3. Источники данных и охват",
  "4. Результаты",
  "5. Выводы",
  "6. Адресные рекомендации",
  "7. Управленческие решения",
  "8. Анализ эффективности мер",
] as const;

/** The signature block's lines, as both renderers print them. */
export function signatureLines(s: NoteSignature): string[] {
  const line = `${s.position}    ${BLANK}    ${s.name}`;
  // Lines to fill by hand say what goes on them.
  const blank = s.position === BLANK || s.name === BLANK;
  const captions = "(должность)    (подпись)    (инициалы, фамилия)";
  return blank ? [line, captions, `Дата: ${s.date}`] : [line, `Дата: ${s.date}`];
}

/** Every text of the document in reading order, one string per paragraph, item or table row. */
export function noteLines(doc: NoteDocument): string[] {
  const out: string[] = [doc.title, ...doc.lead];
  for (const section of doc.sections) {
    out.push(section.heading);
    for (const block of section.blocks) {
      if (block.kind === "paragraph") out.push(block.text);
      else if (block.kind === "list") for (const item of block.items) out.push(`— ${item}`);
      else {
        out.push(block.headers.join(" | "));
        for (const row of block.rows) out.push(row.join(" | "));
      }
    }
  }
  for (const line of signatureLines(doc.signature)) out.push(line);
  return out;
}
