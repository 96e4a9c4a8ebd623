/**
 * The pane's files on the bytes of the add-in's webviews (platform.browser.ts: fflate): picked
 * school files are read with the command line's reader, and a damaged or hostile file is named
 * in Russian by its file name while the others are read — the same guards as the command line
 * (src/cli/read-guard.ts), here through openSources. New workbooks come from the xlsx writer.
 */
jest.mock("../../../src/adapters/bytes/platform", () =>
  jest.requireActual("../../../src/adapters/bytes/platform.browser")
);

import ExcelJS from "exceljs";
import JSZip from "jszip";
import { platform } from "../../../src/adapters/bytes/platform";
import { platform as browser } from "../../../src/adapters/bytes/platform.browser";
import { readWorkbook } from "../../../src/app/read-workbook";
import { filledSchoolSheets } from "../../../src/app/template";
import { generateMunicipality } from "../../../src/core/demo";
import { makeWorkbook, openReadOnly } from "../../../src/taskpane/actions";
import { collectSources } from "../../../src/taskpane/steps/collect";
import {
  brokenWorkbook,
  hostileWorkbook,
  sheetPath,
  type HostileKind,
} from "../../support/hostile-files";
import { MemoryWorkbook } from "../app/memory-workbook";

const generated = generateMunicipality({ schools: 2, seed: 11 });
const progress = { report: () => undefined, cancelled: false };

/** Stored uncompressed, one digit of a value changed: the zip still parses, a CRC-32 does not match. */
async function damagedPart(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const part = await sheetPath(zip, "Педагоги");
  const stored = await zip.generateAsync({ type: "uint8array", compression: "STORE" });
  const text = Buffer.from(stored).toString("latin1");
  const from = text.indexOf(part);
  const at =
    text.indexOf("<v>", from) + (text.slice(text.indexOf("<v>", from)).search(/<v>\d/) ?? 0);
  expect(at).toBeGreaterThan(0);
  const out = new Uint8Array(stored);
  out[at + 3] = out[at + 3] === 0x37 ? 0x38 : 0x37;
  return out;
}

describe("the pane's reader and writer", () => {
  let files: Uint8Array[];

  beforeAll(async () => {
    files = [];
    for (const g of generated) files.push(await makeWorkbook(filledSchoolSheets(g)));
  });

  it("run on the webview's byte platform in this test", () => {
    expect(platform).toBe(browser);
  });

  it("write school books that read back as the school's data, and that ExcelJS opens", async () => {
    for (const [i, g] of generated.entries()) {
      const expected = await readWorkbook(new MemoryWorkbook(filledSchoolSheets(g)), g.fileName);
      const read = await readWorkbook(await openReadOnly(files[i]), g.fileName);
      expect(read.schools).toEqual(expected.schools);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(Buffer.from(files[i]) as unknown as ExcelJS.Buffer);
      expect(book.worksheets.map((s) => s.name)).toEqual(filledSchoolSheets(g).map((s) => s.name));
    }
  });

  it("name each damaged or hostile file in Russian and read the others", async () => {
    const kinds: HostileKind[] = ["zip-bomb", "xml-entities", "deep-nesting"];
    const bad = [
      ...(await Promise.all(
        kinds.map(async (kind) => ({
          name: `${kind}.xlsx`,
          bytes: new Uint8Array(await hostileWorkbook(files[0], "Педагоги", kind)),
        }))
      )),
      { name: "обрезан.xlsx", bytes: new Uint8Array(brokenWorkbook(files[0], "truncated-zip")) },
      { name: "испорчен.xlsx", bytes: await damagedPart(files[0]) },
    ];
    const good = generated.map((g, i) => ({ name: g.fileName, bytes: files[i] }));
    const result = await collectSources([good[0], ...bad, good[1]], openReadOnly, progress);
    expect(result.read.map((r) => r.name)).toEqual(good.map((g) => g.name));
    expect(result.skipped).toEqual(bad.map((b) => b.name));
    for (const b of bad) {
      const issue = result.issues.find((i) => i.file === b.name);
      expect(issue?.detail).toMatch(new RegExp(`^Файл «${b.name.replace(".", "\\.")}» повреждён`));
      // The reader's own reason, in Russian (ExcelJS gave English, or read the bomb whole).
      expect(issue?.detail).toMatch(/\((?:zip|xml): [а-яё]/);
    }
    const messages = Object.fromEntries(result.issues.map((i) => [i.file, i.detail]));
    expect(messages["zip-bomb.xlsx"]).toContain("распакованные данные слишком велики");
    expect(messages["xml-entities.xlsx"]).toMatch(/xml: /);
    expect(messages["deep-nesting.xlsx"]).toContain("слишком глубокая вложенность");
    expect(messages["испорчен.xlsx"]).toMatch(
      /zip: часть xl\/worksheets\/sheet\d+\.xml повреждена/
    );
  });
});
