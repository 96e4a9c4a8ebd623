/**
 * The replace guard recognises ПедМонитор's own untouched output by the fingerprint of its
 * `xl/` parts (core.xml `dc:identifier`), not by the creator and dates alone, which openpyxl
 * 3.0.9 and LibreOffice keep when they save (review 2 of issue 14, minor 8).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { XlsxBookWriter } from "../../../src/adapters/xlsx-writer/xlsx-book-writer";
import { writeOwnedSheets, municipalityTemplateSheets } from "../../../src/app/template";
import { untouchedOwnOutput } from "../../../src/cli/replace-guard";

async function ownBytes(): Promise<Uint8Array> {
  const book = XlsxBookWriter.create();
  await writeOwnedSheets(book, municipalityTemplateSheets());
  return book.toBuffer();
}

describe("untouchedOwnOutput", () => {
  it("accepts its own output as written, refuses it once any xl/ part changed (core.xml kept)", async () => {
    const bytes = await ownBytes();
    expect(untouchedOwnOutput(bytes)).toBe(true);
    const parts = unzipSync(bytes);
    expect(strFromU8(parts["docProps/core.xml"])).toMatch(
      /<dc:identifier>pedmonitor:[0-9a-f]{16}<\/dc:identifier>/
    );
    const sheet = "xl/worksheets/sheet1.xml";
    const edited = {
      ...parts,
      [sheet]: strToU8(strFromU8(parts[sheet]).replace("</sheetData>", "</sheetData> ")),
    };
    expect(untouchedOwnOutput(zipSync(edited))).toBe(false);
    // Re-zipped without a change: the same parts, the same fingerprint.
    expect(untouchedOwnOutput(zipSync(parts))).toBe(true);
    // No fingerprint (an older writer, or a tool that dropped it): refused.
    const core = strFromU8(parts["docProps/core.xml"]).replace(
      /<dc:identifier>[^<]*<\/dc:identifier>/,
      ""
    );
    expect(untouchedOwnOutput(zipSync({ ...parts, "docProps/core.xml": strToU8(core) }))).toBe(
      false
    );
  });
});
