/**
 * The block above `Сводные данные` keeps its numbers as numbers in every spreadsheet: the
 * table's column E (`Дата рождения`) carries a date style (`<col … style>`), so E2/E3 —
 * the young age limit and the beginner experience — need a cell style of their own, or
 * LibreOffice shows 35 and 3 as dates of 1900. Checked in the XML the Node writer gives,
 * and, where LibreOffice is installed, in the CSV it converts the sheet to.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { XlsxBookWriter } from "../../../../src/adapters/xlsx-writer/xlsx-book-writer";
import { consolidate, municipalityDataSheets } from "../../../../src/core/consolidate";
import { defaultSettings } from "../../../../src/core/indicators";
import { school } from "../../core/fixtures/worker";

/** Built-in number formats that show a date or a time (ECMA-376 18.8.30). */
const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);
const SOFFICE = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));

async function writtenDataSheet(): Promise<Uint8Array> {
  const [, data] = municipalityDataSheets(consolidate([school("ОО-1", [{}, {}])], []));
  const book = XlsxBookWriter.create();
  await book.writeSheet(data);
  return book.toBuffer();
}

/** The number format code of a cell style index, from styles.xml. */
function formatOf(stylesXml: string, s: number): { id: number; code: string | null } {
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)![1].match(/<xf\b[^>]*>/g)!;
  const id = Number(/numFmtId="(\d+)"/.exec(xfs[s])?.[1] ?? 0);
  const custom = new RegExp(`<numFmt\\b[^>]*numFmtId="${id}"[^>]*formatCode="([^"]*)"`).exec(
    stylesXml
  );
  return { id, code: custom ? custom[1] : null };
}

const isDateFormat = (f: { id: number; code: string | null }) =>
  BUILTIN_DATES.has(f.id) || (f.code !== null && /[dmyДМГ]/i.test(f.code.replace(/"[^"]*"/g, "")));

describe("`Сводные данные`: the block's parameters are not shown as dates", () => {
  it("E2 and E3 have a cell style whose number format is not a date, in a date-styled column", async () => {
    const zip = await JSZip.loadAsync(await writtenDataSheet());
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const stylesXml = await zip.file("xl/styles.xml")!.async("string");
    // The premise: column E carries a date style of its own.
    const colE = (sheetXml.match(/<col\b[^>]*>/g) ?? []).find((c) => {
      const min = Number(/min="(\d+)"/.exec(c)![1]);
      const max = Number(/max="(\d+)"/.exec(c)![1]);
      return min <= 5 && 5 <= max;
    });
    expect(colE).toMatch(/style="\d+"/);
    expect(isDateFormat(formatOf(stylesXml, Number(/style="(\d+)"/.exec(colE!)![1])))).toBe(true);
    const defaults = defaultSettings();
    for (const [address, value] of [
      ["E2", defaults.youngAgeLimit],
      ["E3", defaults.beginnerExperience],
    ] as const) {
      const cell = new RegExp(`<c r="${address}"([^>]*)>\\s*<v>([^<]*)</v>`).exec(sheetXml);
      expect(cell).not.toBeNull();
      expect(Number(cell![2])).toBe(value);
      const s = /\bs="(\d+)"/.exec(cell![1]);
      expect({ address, styled: s !== null }).toEqual({ address, styled: true });
      expect({ address, date: isDateFormat(formatOf(stylesXml, Number(s![1]))) }).toEqual({
        address,
        date: false,
      });
    }
  });

  (SOFFICE ? it : it.skip)(
    "LibreOffice converts the sheet to CSV with 35 and 3 in E2 and E3",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "pedmonitor-calc-block-"));
      try {
        writeFileSync(join(dir, "data.xlsx"), await writtenDataSheet());
        execFileSync(
          SOFFICE!,
          [
            `-env:UserInstallation=file://${dir}/profile`,
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):9,34,76",
            "--outdir",
            dir,
            join(dir, "data.xlsx"),
          ],
          { stdio: "ignore", timeout: 120_000 }
        );
        const rows = readFileSync(join(dir, "data.csv"), "utf8")
          .split(/\r?\n/)
          .map((line) => line.split("\t"));
        const defaults = defaultSettings();
        expect([rows[1][4], rows[2][4]]).toEqual([
          String(defaults.youngAgeLimit),
          String(defaults.beginnerExperience),
        ]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    150_000
  );
});
