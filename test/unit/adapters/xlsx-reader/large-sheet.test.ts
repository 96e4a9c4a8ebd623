/**
 * Issue 11: `Сводные данные` of a 10,000-school report is 545 MB of XML, more
 * than one V8 string holds (~536 million characters), so the project could not
 * read its own municipality workbook back. A sheet part above SHEET_PART_BYTES
 * is scanned in parts ending on row close tags; the grid must be the same as
 * one scan gives. Here the part size is made tiny so that a small sheet goes
 * through the same path.
 */
import { readSheetXml, SHEET_PART_BYTES } from "../../../../src/adapters/xlsx-reader/sheet";
import type { SheetContext } from "../../../../src/adapters/xlsx-reader/sheet-data";

const context: SheetContext = {
  strings: ["Код ОО", "Педагоги", "ОО-1"],
  dateStyles: [false, true],
  date1904: false,
};

/** A sheet of `rows` rows: shared and inline strings (Cyrillic), numbers, dates, rows without `r`, merges. */
function sheetXml(rows: number, prefix = ""): Buffer {
  const p = prefix ? `${prefix}:` : "";
  const parts: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?><${p}worksheet xmlns${prefix ? `:${prefix}` : ""}="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`,
    `<${p}cols><${p}col min="1" max="3" width="12"/></${p}cols><${p}sheetData>`,
  ];
  for (let r = 1; r <= rows; r++) {
    // Every fifth row has no `r`: its number follows the previous row's, across parts too.
    const attr = r % 5 === 0 ? "" : ` r="${r}"`;
    parts.push(
      `<${p}row${attr}>` +
        `<${p}c r="A${r}" t="s"><${p}v>${r % 3}</${p}v></${p}c>` +
        `<${p}c r="B${r}" t="inlineStr"><${p}is><${p}t>Иванова № ${r} «ё»</${p}t></${p}is></${p}c>` +
        `<${p}c r="C${r}"><${p}v>${r * 1.5}</${p}v></${p}c>` +
        `<${p}c r="D${r}" s="1"><${p}v>${45000 + r}</${p}v></${p}c>` +
        (r % 7 === 0
          ? ""
          : `<${p}c r="E${r}" t="str"><${p}f>A${r}</${p}f><${p}v>=${r}</${p}v></${p}c>`) +
        `</${p}row >`
    );
  }
  parts.push(
    `</${p}sheetData><${p}mergeCells count="1"><${p}mergeCell ref="F1:G2"/></${p}mergeCells></${p}worksheet>`
  );
  return Buffer.from(parts.join(""), "utf8");
}

describe("reading a sheet part larger than one string, in parts", () => {
  it("keeps each part well below V8's string limit", () => {
    expect(SHEET_PART_BYTES).toBeLessThan(536_870_888);
  });

  it.each([
    ["no prefix", ""],
    ["the x: prefix", "x"],
  ])("gives the same grid as one scan (%s)", (_, prefix) => {
    const bytes = sheetXml(3000, prefix);
    const whole = readSheetXml(bytes, context);
    expect(whole).toHaveLength(3000);
    expect(whole[4][1]).toBe("Иванова № 5 «ё»");
    for (const part of [1000, 4096, 65_536])
      expect(readSheetXml(bytes, context, "", [], part)).toEqual(whole);
  });

  it("reads a row longer than the part size whole", () => {
    const cells = Array.from({ length: 300 }, (_, c) => `<c><v>${c}</v></c>`).join("");
    const xml = `<worksheet><sheetData><row>${cells}</row><row>${cells}</row></sheetData></worksheet>`;
    const bytes = Buffer.from(xml);
    expect(readSheetXml(bytes, context, "", [], 100)).toEqual(readSheetXml(bytes, context));
    expect(readSheetXml(bytes, context, "", [], 100)[1]).toHaveLength(300);
  });

  it("still throws on a broken part", () => {
    const bytes = sheetXml(50);
    const broken = Buffer.from(bytes.toString("utf8").replace('<c r="C20">', '<c r="C20"><x>'));
    expect(() => readSheetXml(broken, context, "", [], 1000)).toThrow(/xml/);
    expect(() => readSheetXml(broken, context)).toThrow(/xml/);
  });

  it("reads an empty <sheetData/> and a sheet without one", () => {
    expect(
      readSheetXml(Buffer.from("<worksheet><sheetData/></worksheet>"), context, "", [], 4)
    ).toEqual([]);
    expect(readSheetXml(Buffer.from("<worksheet><cols/></worksheet>"), context, "", [], 4)).toEqual(
      []
    );
  });
});
