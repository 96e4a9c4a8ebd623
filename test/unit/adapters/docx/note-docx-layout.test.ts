/**
 * The справка's Word document reads as a Russian document and lays out like
 * one: the language is ru-RU (Word spell-checks it as Russian), the signature
 * block is kept with the paragraph before it, and only short table rows are
 * kept unsplit (a long recommendation row may break instead of leaving half a
 * page empty); no page break is forced anywhere.
 */
import { unzipSync, strFromU8 } from "fflate";
import { noteDocxBytes, UNSPLIT_ROW_LINES } from "../../../../src/adapters/docx/note-docx";
import { NOTE_HEADINGS, type NoteDocument } from "../../../../src/core/report/note-model";

const LONG = "Показатель не достигнут: значение ниже цели. ".repeat(40).trim();

function note(last: NoteDocument["sections"][number]["blocks"]): NoteDocument {
  return {
    title: "Аналитическая справка",
    lead: ["Муниципалитет: Заречный"],
    sections: NOTE_HEADINGS.map((heading, i) => ({
      heading,
      blocks:
        i === NOTE_HEADINGS.length - 1
          ? last
          : [
              { kind: "paragraph", text: "Текст раздела." },
              {
                kind: "table",
                headers: ["Рекомендация", "Срок"],
                rows: [
                  ["Короткая", "до 31.08.2026"],
                  [LONG, "до 31.08.2026"],
                ],
                widths: [80, 20],
              },
            ],
    })),
    signature: { position: "Начальник управления", name: "И. И. Иванов", date: "________" },
  };
}

async function parts(doc: NoteDocument) {
  const files = unzipSync(await noteDocxBytes(doc));
  return {
    body: strFromU8(files["word/document.xml"]),
    styles: strFromU8(files["word/styles.xml"]),
  };
}

/** The XML of each paragraph, in order. */
const paragraphs = (body: string) => body.split("</w:p>").slice(0, -1);

describe("the справка's Word document: language and pagination", () => {
  it("declares Russian as the default language of every run", async () => {
    const { styles } = await parts(note([{ kind: "paragraph", text: "Итог." }]));
    const defaults = styles.slice(
      styles.indexOf("<w:rPrDefault>"),
      styles.indexOf("</w:rPrDefault>")
    );
    expect(defaults).toMatch(/<w:lang w:val="ru-RU"/);
  });

  it("keeps the signature block with the paragraph before it", async () => {
    const { body } = await parts(note([{ kind: "paragraph", text: "Последний абзац раздела." }]));
    const ps = paragraphs(body);
    const last = ps.findIndex((p) => p.includes("Последний абзац раздела."));
    const signature = ps.slice(last);
    expect(signature.length).toBeGreaterThan(2);
    // each paragraph but the signature's last line is kept with the next
    for (const p of signature.slice(0, -1)) expect(p).toContain("<w:keepNext/>");
    expect(signature.at(-1)).toContain("Дата");
  });

  it("keeps a table that ends the document with the signature too", async () => {
    const { body } = await parts(
      note([
        {
          kind: "table",
          headers: ["Мера", "Оценка"],
          rows: [["Семинар", "эффективна"]],
          widths: [1, 1],
        },
      ])
    );
    const ps = paragraphs(body);
    const cell = ps.findIndex((p) => p.includes("Семинар"));
    for (const p of ps.slice(cell, -1)) expect(p).toContain("<w:keepNext/>");
  });

  it("forces no page break and lets a long row break across pages", async () => {
    const { body } = await parts(note([{ kind: "paragraph", text: "Итог." }]));
    expect(body).not.toMatch(/pageBreakBefore|w:br w:type="page"/);
    const rows = body.split("</w:tr>").slice(0, -1);
    const long = rows.filter((r) => r.includes("Показатель не достигнут"));
    const short = rows.filter((r) => r.includes("Короткая"));
    expect(long.length).toBeGreaterThan(0);
    for (const r of long) expect(r).not.toContain("<w:cantSplit/>");
    for (const r of short) expect(r).toContain("<w:cantSplit/>");
    expect(UNSPLIT_ROW_LINES).toBeGreaterThanOrEqual(6);
  });
});
