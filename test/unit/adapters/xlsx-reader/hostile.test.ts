/**
 * Broken and hostile files end in a thrown Error with a short message — never
 * a hang, a crash or a read past the buffer — and the write methods refuse.
 */
import { deflateRawSync } from "node:zlib";
import JSZip from "jszip";
import { XlsxReadOnlyWorkbook } from "../../../../src/adapters/xlsx-reader/workbook";
import { crc32, tableCrc32, ZipArchive } from "../../../../src/adapters/xlsx-reader/zip";
import { handXlsx } from "./build-xlsx";

const sheet = (body: string) => handXlsx({ sheets: [{ name: "Лист", body }] });
const valid = () =>
  sheet(
    '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1" t="inlineStr"><is><t>т</t></is></c></row></sheetData>'
  );

async function readAll(bytes: Uint8Array): Promise<void> {
  const book = XlsxReadOnlyWorkbook.open(bytes);
  for (const name of await book.sheetNames()) await book.readSheet(name);
}

async function replaced(
  bytes: Uint8Array,
  path: string,
  content: string | null
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  if (content === null) zip.remove(path);
  else zip.file(path, content);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("xlsx reader: hostile input", () => {
  it("throws on a truncated zip, garbage after the zip magic, and a missing workbook part", async () => {
    const bytes = await valid();
    expect(() => XlsxReadOnlyWorkbook.open(bytes.subarray(0, bytes.length - 30))).toThrow(/zip/);
    expect(() =>
      XlsxReadOnlyWorkbook.open(new Uint8Array([0x50, 0x4b, 3, 4, ...new Array(300).fill(9)]))
    ).toThrow(/zip/);
    expect(() => XlsxReadOnlyWorkbook.open(new Uint8Array(0))).toThrow(/zip/);
    const missing = await replaced(bytes, "xl/workbook.xml", null);
    expect(() => XlsxReadOnlyWorkbook.open(missing)).toThrow(/workbook\.xml/);
  });

  it("throws on malformed XML: unclosed and mismatched tags, unknown entities, a DOCTYPE", async () => {
    const broken = [
      '<sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData>',
      '<sheetData><row r="1"><c r="A1"><v>1</v></c></row>',
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row></sheetData>',
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a & b</t></is></c></row></sheetData>',
      '<sheetData><row r="1"><c r="A1><v>1</v></c></row></sheetData>',
      '<sheetData><row r="0"><c r="A1"><v>1</v></c></row></sheetData>',
      '<sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData>',
      '<sheetData><row r="1"><c r="A1" t="s"><v>5</v></c></row></sheetData>',
    ];
    for (const body of broken) await expect(readAll(await sheet(body))).rejects.toThrow(Error);
    const doctype = await replaced(
      await valid(),
      "xl/workbook.xml",
      '<!DOCTYPE x [<!ENTITY a "aaaa">]><workbook/>'
    );
    expect(() => XlsxReadOnlyWorkbook.open(doctype)).toThrow(/DOCTYPE/);
  });

  it("leaves out (and notes) a lone value that would make a grid of billions of cells", async () => {
    const book = XlsxReadOnlyWorkbook.open(
      await sheet(
        '<sheetData><row r="1"><c r="A1"><v>5</v></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'
      )
    );
    expect(await book.readSheet("Лист")).toEqual([[5]]);
    expect(book.cellNotes("Лист")).toEqual([
      { kind: "outside-table", sheet: "Лист", row: 1048576, col: 16383, value: "1" },
    ]);
  });

  it("refuses thousands of tall merges beside the data instead of checking every pair", async () => {
    const merges = Array.from(
      { length: 20_000 },
      (_, i) => `<mergeCell ref="Z${i + 1}:Z1048576"/>`
    ).join("");
    const rows = Array.from(
      { length: 20_000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`
    ).join("");
    const started = performance.now();
    await expect(
      readAll(await sheet(`<sheetData>${rows}</sheetData><mergeCells>${merges}</mergeCells>`))
    ).rejects.toThrow(/объединённых/);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it("caps what an archive may inflate to (zip bombs)", () => {
    const zeros = deflateRawSync(Buffer.alloc(8 * 2 ** 20));
    const zip = storedZip("bomb.xml", zeros, 8, tableCrc32(Buffer.alloc(8 * 2 ** 20)));
    expect(() => new ZipArchive(zip, 2 ** 20).read("bomb.xml")).toThrow(/слишком велики/);
    expect(new ZipArchive(zip, 16 * 2 ** 20).read("bomb.xml")).toHaveLength(8 * 2 ** 20);
  });

  it("checks each part's CRC-32: a changed byte that still parses is refused, naming the part", async () => {
    const zip = await JSZip.loadAsync(await valid());
    const stored = await zip.generateAsync({ type: "uint8array", compression: "STORE" });
    expect(await XlsxReadOnlyWorkbook.open(stored).readSheet("Лист")).toEqual([[1, "т"]]);
    const at = Buffer.from(stored).indexOf("<v>1</v>");
    expect(at).toBeGreaterThan(0);
    const damaged = new Uint8Array(stored);
    damaged[at + 3] = "7".charCodeAt(0);
    await expect(XlsxReadOnlyWorkbook.open(damaged).readSheet("Лист")).rejects.toThrow(
      "zip: часть xl/worksheets/sheet1.xml повреждена (не совпадает контрольная сумма CRC-32)"
    );
    const text = Buffer.from("<x/>");
    expect(new ZipArchive(storedZip("a.xml", text, 0, crc32(text))).read("a.xml")).toEqual(
      new Uint8Array(text)
    );
    expect(() =>
      new ZipArchive(storedZip("a.xml", text, 0, crc32(text) ^ 1)).read("a.xml")
    ).toThrow(/a\.xml повреждена/);
  });

  it("computes CRC-32 by table exactly as zlib does (Node before 20.15 has no zlib.crc32)", () => {
    const samples = [
      Buffer.alloc(0),
      Buffer.from("123456789"),
      Buffer.from("Педагоги ".repeat(1000)),
    ];
    expect(tableCrc32(samples[1])).toBe(0xcbf43926);
    for (const b of samples) expect(tableCrc32(b)).toBe(crc32(b));
  });

  it("survives random damage: every variant reads or throws an Error, quickly", async () => {
    const bytes = await valid();
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const started = performance.now();
    for (let i = 0; i < 300; i += 1) {
      const copy = new Uint8Array(bytes);
      for (let k = 0; k < 1 + Math.floor(random() * 4); k += 1)
        copy[Math.floor(random() * copy.length)] = Math.floor(random() * 256);
      await readAll(copy).catch((e: unknown) => expect(e).toBeInstanceOf(Error));
    }
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it("refuses every write", async () => {
    const book = XlsxReadOnlyWorkbook.open(await valid());
    await expect(book.writeSheet({ name: "x", cells: [] })).rejects.toThrow("только для чтения");
    await expect(book.appendRows("Лист", [])).rejects.toThrow("только для чтения");
    await expect(book.deleteSheet("Лист")).rejects.toThrow("только для чтения");
    await expect(book.markCells("Лист", [])).rejects.toThrow("только для чтения");
    await expect(book.clearMarks("Лист", [])).rejects.toThrow("только для чтения");
    await expect(book.readSheet("Нет такого")).rejects.toThrow("нет листа");
  });
});

/** A one-entry zip around already deflated data (method 8). */
function storedZip(name: string, deflated: Uint8Array, method: number, crc = 0): Uint8Array {
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(method, 8);
  local.writeUInt32LE(deflated.length, 18);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(method, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(deflated.length, 20);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42);
  const centralAt = local.length + nameBytes.length + deflated.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(centralAt, 16);
  return new Uint8Array(Buffer.concat([local, nameBytes, deflated, central, nameBytes, end]));
}
