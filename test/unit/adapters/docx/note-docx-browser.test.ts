/** @jest-environment jsdom */
import { TextEncoder as NodeTextEncoder } from "node:util";
import { unzipSync, strFromU8 } from "fflate";
import { columnTwips, noteDocxBytes } from "../../../../src/adapters/docx/note-docx";
import { NOTE_HEADINGS, type NoteDocument } from "../../../../src/core/report/note-model";

// Every browser has TextEncoder; jsdom does not define it.
Object.assign(globalThis, { TextEncoder: NodeTextEncoder });

const doc: NoteDocument = {
  title: "Аналитическая справка",
  lead: ["Муниципалитет: Заречный"],
  sections: NOTE_HEADINGS.map((heading) => ({
    heading,
    blocks: [
      { kind: "paragraph", text: "Текст раздела." },
      { kind: "list", items: ["первый пункт", "второй пункт"] },
      { kind: "table", headers: ["А", "Б"], rows: [["1 из 2", "50,0 %"]], widths: [1, 1] },
    ],
  })),
  signature: { position: "________", name: "________", date: "________" },
};

describe("the справка's Word document in the pane (jsdom: no Node Buffer expected)", () => {
  it("is a zip with the document, the footer with page numbers and a table per block", async () => {
    // Built with Node's Buffer hidden: the pane has none.
    const g = globalThis as { Buffer?: unknown };
    const buffer = g.Buffer;
    g.Buffer = undefined;
    let bytes: Uint8Array;
    try {
      bytes = await noteDocxBytes(doc);
    } finally {
      g.Buffer = buffer;
    }
    expect(bytes).toBeInstanceOf(Uint8Array);
    const files = unzipSync(bytes);
    const body = strFromU8(files["word/document.xml"]);
    expect(body.match(/<w:tbl>/g)).toHaveLength(8);
    for (const h of NOTE_HEADINGS) expect(body).toContain(h);
    expect(body).toContain("1 из 2");
    const footer = Object.keys(files).find((f) => f.startsWith("word/footer"))!;
    expect(strFromU8(files[footer])).toContain("NUMPAGES");
  });
});

describe("columnTwips", () => {
  it("keeps the longest word of each column whole and fills the text width", () => {
    const block = {
      kind: "table" as const,
      headers: ["Показатель", "Статус"],
      rows: [["Доля педагогов", "несоответствие"]],
      widths: [90, 10],
    };
    const twips = columnTwips(block, 9000);
    expect(twips[1]).toBeGreaterThanOrEqual(14 * 105 + 230);
    expect(twips[0] + twips[1]).toBeLessThanOrEqual(9000);
    expect(twips[0] + twips[1]).toBeGreaterThan(8990);
  });
});
