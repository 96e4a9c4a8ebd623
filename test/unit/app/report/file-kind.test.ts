/** What a file that is not a readable workbook is, from its bytes and name (issue 11). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileKind } from "../../../../src/app/report/file-kind";
import { unreadableMessage } from "../../../../src/app/report/sources";
import { encryptedWorkbookBytes } from "../../../support/encrypted-cfb";

const FIXTURES = join(__dirname, "../../../fixtures/inputs");
const xls = readFileSync(join(FIXTURES, "libreoffice-97.xls"));
const ods = readFileSync(join(FIXTURES, "libreoffice.ods"));

describe("fileKind", () => {
  it("tells a password-protected workbook from an old .xls, whatever the name", () => {
    expect(fileKind("school.xlsx", encryptedWorkbookBytes())).toBe("encrypted");
    expect(fileKind("school.xls", encryptedWorkbookBytes())).toBe("encrypted");
    expect(fileKind("old.xls", xls)).toBe("xls");
    expect(fileKind("renamed.xlsx", xls)).toBe("xls");
  });

  it("knows an .ods by its mimetype entry even when named .xlsx; other zips are workbooks to try", () => {
    expect(fileKind("calc.xlsx", ods)).toBe("ods");
    expect(fileKind("book.xlsb", Buffer.from([0x50, 0x4b, 3, 4, 0, 0]))).toBe("xlsb");
    expect(fileKind("book.xlsx", Buffer.from([0x50, 0x4b, 3, 4, 0, 0]))).toBe("zip");
    expect(fileKind("notes.xlsx", Buffer.from("текст"))).toBe("other");
  });

  it("gives password advice, never the .xls advice, for an encrypted workbook", () => {
    const message = unreadableMessage("a/школа.xlsx", encryptedWorkbookBytes());
    expect(message).toContain("Книга «a/школа.xlsx» защищена паролем");
    expect(message).toContain("снимите пароль");
    expect(message).not.toContain("97–2003");
    expect(unreadableMessage("old.xls", xls)).toContain("97–2003 (.xls)");
    expect(unreadableMessage("calc.ods", ods)).toContain("LibreOffice Calc (.ods)");
  });
});
