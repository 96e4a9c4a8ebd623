/**
 * `pedmonitor report … --note FILE.docx` end to end: the Word document has the
 * eight sections of recommendations.md, the figures of `--json`, no Latin
 * indicator code, and LibreOffice converts it to PDF without error.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, unlinkSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { generateMunicipality } from "../../../src/core/demo";
import { CATALOG } from "../../../src/core/indicators/catalog";
import { PROFILES } from "../../../src/core/indicators/profiles";
import { NOTE_HEADINGS } from "../../../src/core/report/note-model";
import { buildCli, runCli, tempDir, writeSchoolFile } from "../cli/cli-helpers";
import { previousYear } from "./fixtures";

const SOFFICE = "/usr/bin/soffice";
const PROFILE = PROFILES.find((p) => p.id === "004")!;

interface JsonIndicator {
  code: string;
  scope: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
}

let dir: string;
let status: number | null;
let stdout: string;

/** The document's text, one line per paragraph (table cells are paragraphs too). */
function docxParagraphs(path: string): string[] {
  const xml = strFromU8(unzipSync(readFileSync(path))["word/document.xml"]);
  return xml.split("</w:p>").map((p) =>
    [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1])
      .join("")
      .replace(/\u00a0/g, " ")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
  );
}

beforeAll(async () => {
  buildCli();
  dir = tempDir();
  mkdirSync(join(dir, "schools"));
  mkdirSync(join(dir, "previous"));
  for (const s of generateMunicipality({ schools: 4, seed: 5 })) {
    await writeSchoolFile(join(dir, "schools", s.fileName), s);
    await writeSchoolFile(join(dir, "previous", s.fileName), previousYear(s));
  }
  const run = runCli(
    [
      "report",
      "schools",
      "--profile",
      "004",
      "--previous",
      "previous",
      "--out",
      "report.xlsx",
      "--json",
      "report.json",
      "--note",
      "справка.docx",
    ],
    dir
  );
  status = run.status;
  stdout = run.stdout;
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("report --note FILE.docx", () => {
  it("writes the Word document and says so", () => {
    expect([0, 1]).toContain(status);
    expect(stdout).toContain("Справка: справка.docx");
    expect(statSync(join(dir, "справка.docx")).size).toBeGreaterThan(5_000);
  });

  it("has the eight sections in order, and no Latin indicator code", () => {
    const paras = docxParagraphs(join(dir, "справка.docx"));
    const at = NOTE_HEADINGS.map((h) => paras.indexOf(h));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(paras.filter((p) => /\b[A-Z][A-Z0-9_]{2,}\b/.test(p))).toEqual([]);
    expect(paras.join("\n")).not.toMatch(/ОО ОО-|\(ов\)/);
  });

  it("shows the profile's figures exactly as the JSON has them, rounded to one decimal", () => {
    const json = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as {
      indicators: JsonIndicator[];
    };
    const paras = docxParagraphs(join(dir, "справка.docx"));
    for (const code of PROFILE.codes) {
      const entry = CATALOG.find((e) => e.code === code)!;
      const j = json.indicators.find((i) => i.code === code && i.scope === "total")!;
      const row = paras.indexOf(entry.title);
      expect(row).toBeGreaterThan(0);
      const value = j.value === null ? "нет данных" : `${j.value.toFixed(1).replace(".", ",")} %`;
      expect(paras[row + 1]).toBe(value);
      if (j.denominator !== null) expect(paras[row + 2]).toBe(`${j.numerator} из ${j.denominator}`);
    }
    const others = CATALOG.filter((e) => !PROFILE.codes.includes(e.code));
    for (const e of others) expect(paras).not.toContain(e.title);
  });

  it("has page numbers in the footer and an A4 portrait page", () => {
    const files = unzipSync(readFileSync(join(dir, "справка.docx")));
    const footer = Object.keys(files).find((f) => /^word\/footer\d*\.xml$/.test(f))!;
    expect(strFromU8(files[footer])).toMatch(/PAGE/);
    expect(strFromU8(files[footer])).toMatch(/NUMPAGES/);
    const doc = strFromU8(files["word/document.xml"]);
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });

  it("converts to PDF with LibreOffice without error", () => {
    if (!existsSync(SOFFICE)) {
      console.warn(`${SOFFICE} не найден: проверка конвертации в PDF пропущена`);
      return;
    }
    const profile = join(tmpdir(), `lo-${randomBytes(6).toString("hex")}`);
    const out = join(dir, "pdf");
    const run = spawnSync(
      SOFFICE,
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        out,
        join(dir, "справка.docx"),
      ],
      { encoding: "utf8", timeout: 120_000 }
    );
    rmSync(profile, { recursive: true, force: true });
    expect(run.status).toBe(0);
    const pdf = join(out, "справка.pdf");
    // soffice exits 0 even when it cannot load a .docx (no Writer: only libreoffice-calc-nogui).
    if (!existsSync(pdf))
      throw new Error(
        `LibreOffice did not convert the .docx (is libreoffice-writer-nogui installed?): ${run.stderr}`
      );
    expect(statSync(pdf).size).toBeGreaterThan(10_000);
    const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    if (text.status === 0) {
      for (const h of NOTE_HEADINGS) expect(text.stdout).toContain(h);
      expect(text.stdout).toMatch(/Страница 1 из \d+/);
    }
  }, 150_000);

  it("counts the schools against the `ОО` list of the workbook written into", () => {
    const first = docxParagraphs(join(dir, "справка.docx")).join("\n");
    expect(first).toContain("Данные представили 4 ОО из 4");
    const [gone] = generateMunicipality({ schools: 4, seed: 5 });
    unlinkSync(join(dir, "schools", gone.fileName));
    const run = runCli(
      ["report", "schools", "--out", "report.xlsx", "--note", "справка-2.docx"],
      dir
    );
    expect([0, 1]).toContain(run.status);
    const again = docxParagraphs(join(dir, "справка-2.docx")).join("\n");
    expect(again).toContain("Данные представили 3 ОО из 4");
    expect(again).toContain(`Не представили данные: ${gone.code}.`);
  }, 60_000);

  it("refuses a --note that is the --json file (exit 2, nothing read)", () => {
    const run = runCli(
      ["report", "schools", "--out", "x.xlsx", "--json", "same.docx", "--note", "same.docx"],
      dir
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--note: same.docx — это тот же файл, что --json");
    expect(existsSync(join(dir, "x.xlsx"))).toBe(false);
  });

  it("refuses a --note not ending in .docx", () => {
    const run = runCli(["report", "schools", "--out", "y.xlsx", "--note", "справка.doc"], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--note: имя файла должно оканчиваться на .docx");
  });
});
