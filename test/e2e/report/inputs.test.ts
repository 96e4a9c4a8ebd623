/**
 * Every input of `pedmonitor report` accounted for (issue 11): `.xlsm` read,
 * symlinks followed without loops, every other file named with advice (old
 * `.xls`, `.ods`, a password-protected workbook, Office lock files, other
 * files), files named by their path inside the folder given, the run's own
 * outputs never read as schools, and every argument checked before any school
 * file is read.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { generateMunicipality, type DemoSchool } from "../../../src/core/demo";
import { PASSPORT, TEACHERS } from "../../../src/core/schema";
import { encryptedWorkbookBytes } from "../../support/encrypted-cfb";
import { buildCli, ROOT, runCli, tempDir, writeSchoolFile } from "../cli/cli-helpers";

interface Json {
  issues: {
    file: string;
    sheet: string;
    row: number | null;
    column: string | null;
    code: string;
    severity: string;
    message: string;
  }[];
}

const FIXTURES = join(ROOT, "test/fixtures/inputs");
const CODE = PASSPORT.fields[0].key;

let dir: string;
let base: DemoSchool;
let run: ReturnType<typeof runCli>;

const withCode = (s: DemoSchool, code: string): DemoSchool => ({
  ...s,
  code,
  passport: { ...s.passport, [CODE]: code },
});
const readJson = (name: string): Json => JSON.parse(readFileSync(join(dir, name), "utf8")) as Json;

beforeAll(async () => {
  buildCli();
  dir = tempDir();
  const schools = generateMunicipality({ schools: 4, seed: 5 });
  base = schools[0];
  // The same school data (the same planted faults) under one name in three folders.
  for (const [i, area] of ["north", "south", "east"].entries()) {
    mkdirSync(join(dir, "in", area), { recursive: true });
    await writeSchoolFile(join(dir, "in", area, "school.xlsx"), withCode(base, `9${i}01`));
  }
  await writeSchoolFile(join(dir, "in", "macro.xlsm"), withCode(schools[1], "9501"));
  mkdirSync(join(dir, "elsewhere", "deep"), { recursive: true });
  await writeSchoolFile(join(dir, "elsewhere", "linked-target.xlsx"), withCode(schools[2], "9601"));
  await writeSchoolFile(
    join(dir, "elsewhere", "deep", "in-linked-folder.xlsx"),
    withCode(schools[3], "9701")
  );
  symlinkSync(join(dir, "elsewhere", "linked-target.xlsx"), join(dir, "in", "linked.xlsx"));
  symlinkSync(join(dir, "elsewhere", "deep"), join(dir, "in", "linked-folder"));
  symlinkSync(join(dir, "in"), join(dir, "in", "north", "loop"));
  symlinkSync(join(dir, "nowhere.xlsx"), join(dir, "in", "dangling.xlsx"));
  copyFileSync(join(FIXTURES, "libreoffice-97.xls"), join(dir, "in", "old.xls"));
  copyFileSync(join(FIXTURES, "libreoffice.ods"), join(dir, "in", "calc.ods"));
  writeFileSync(join(dir, "in", "secret.xlsx"), encryptedWorkbookBytes());
  writeFileSync(join(dir, "in", "~$school.xlsx"), Buffer.alloc(165, 1));
  writeFileSync(
    join(dir, "in", ".~lock.school.xlsx#"),
    "Иванова,user,host,05.12.2026 10:00,file:///home/user/.config/libreoffice/4;"
  );
  writeFileSync(join(dir, "in", "readme.txt"), "план сбора");
  // What a killed run leaves beside its output (atomic-write.ts, output-lock.ts): not a school, not worth a line.
  writeFileSync(
    join(dir, "in", ".old-report.xlsx.4242-0a1b2c3d.pedmonitor-tmp"),
    Buffer.alloc(64, 2)
  );
  run = runCli(
    [
      "report",
      "in",
      "--out",
      "in/report.xlsx",
      "--json",
      "report.json",
      "--feedback",
      "in/feedback",
    ],
    dir
  );
}, 180_000);

describe("the folder scan", () => {
  it("reads .xlsm and symlinked files and folders, once each, without looping", () => {
    expect(run.stderr).not.toContain("Непредвиденная");
    expect(run.stdout).toContain("Прочитано: 6 файлов; не прочитано — 3 файла");
    expect(run.stdout).toContain("В своде: 6 ОО");
    expect(run.stdout).not.toMatch(/loop\//);
  });

  it("names every file it did not read, with what to do", () => {
    const json = readJson("report.json");
    const message = (file: string): string =>
      json.issues.find((i) => i.file === file)?.message ?? "";
    expect(message("old.xls")).toContain("старом формате Excel 97–2003 (.xls)");
    expect(message("calc.ods")).toContain("LibreOffice Calc (.ods)");
    expect(message("calc.ods")).toContain("сохраните как «Книга Excel");
    expect(message("secret.xlsx")).toContain("защищена паролем");
    expect(message("secret.xlsx")).toContain("снимите пароль");
    expect(message("secret.xlsx")).not.toContain(".xls)");
    for (const file of ["old.xls", "calc.ods", "secret.xlsx"]) {
      expect(json.issues.find((i) => i.file === file)).toMatchObject({
        code: "file/unreadable",
        severity: "error",
      });
    }
    expect(run.stdout).toContain(
      "Не прочитаны (что сделать — в списке ошибок): calc.ods, old.xls, secret.xlsx"
    );
    expect(run.stdout).toContain("Пропущено: ~$school.xlsx: служебный файл блокировки Office");
    expect(run.stdout).toContain(
      "Пропущено: .~lock.school.xlsx#: служебный файл блокировки LibreOffice (книга открыта в Calc)"
    );
    expect(run.stdout).toContain("Пропущено: readme.txt: не книга Excel (.xlsx)");
    expect(run.stdout).not.toContain("pedmonitor-tmp");
    expect(run.stdout).toContain("Пропущено: dangling.xlsx: ссылка ведёт на файл, которого нет");
    expect(run.status).toBe(1);
  });

  it("names files by their path in the folder: one fault in three same-named files is three issues", () => {
    const json = readJson("report.json");
    const fault = base.faults[0];
    const files = ["north/school.xlsx", "south/school.xlsx", "east/school.xlsx"];
    for (const file of files) {
      expect(json.issues).toContainEqual(
        expect.objectContaining({ file, row: fault.dataRow + 2, column: fault.column })
      );
    }
    expect(json.issues.some((i) => i.file === "linked-folder/in-linked-folder.xlsx")).toBe(true);
    expect(run.stdout).toContain("[north/school.xlsx ");
  });

  it("a second run over the same folder leaves out the report and the feedback folder, and says so", () => {
    expect(existsSync(join(dir, "in", "feedback"))).toBe(true);
    const again = runCli(
      ["report", "in", "--out", "in/report.xlsx", "--feedback", "in/feedback"],
      dir
    );
    expect(again.stdout).toContain("Прочитано: 6 файлов; не прочитано — 3 файла");
    expect(again.stdout).toContain("Пропущено: report.xlsx: это файл отчёта (--out)");
    expect(again.stdout).toContain("Пропущено: feedback: папка обратной связи (--feedback)");
    // Without --feedback the earlier feedback workbooks are still not schools.
    const plain = runCli(["report", "in", "--out", "in/report.xlsx"], dir);
    expect(plain.stdout).toContain("Прочитано: 6 файлов; не прочитано — 3 файла");
    expect(plain.stdout).toMatch(
      /Пропущено: feedback\/Обратная связь \d+\.xlsx: книга обратной связи/
    );
  }, 120_000);
});

describe("arguments checked before any school file is read", () => {
  const refused = (args: string[], message: string): void => {
    const r = runCli(["report", "in", ...args], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toContain("Прочитано");
    expect(r.stderr).not.toContain("Непредвиденная");
  };

  it("--out equal to an input file (also through a symlink) is refused", () => {
    const before = readFileSync(join(dir, "in", "north", "school.xlsx"));
    refused(
      ["in/north/school.xlsx", "--out", "in/north/school.xlsx"],
      "--out: файл in/north/school.xlsx — это один из входных файлов"
    );
    refused(
      ["in/linked.xlsx", "--out", "elsewhere/linked-target.xlsx"],
      "это один из входных файлов"
    );
    expect(readFileSync(join(dir, "in", "north", "school.xlsx")).equals(before)).toBe(true);
  });

  it("an existing --out that is a school workbook is refused, in the inputs or anywhere else; the file is unchanged", () => {
    mkdirSync(join(dir, "in2"), { recursive: true });
    copyFileSync(join(dir, "in", "north", "school.xlsx"), join(dir, "in2", "ОО-001.xlsx"));
    copyFileSync(join(dir, "in", "south", "school.xlsx"), join(dir, "in2", "ОО-002.xlsx"));
    copyFileSync(join(dir, "in", "east", "school.xlsx"), join(dir, "lone-school.xlsx"));
    const before = readFileSync(join(dir, "in2", "ОО-001.xlsx"));
    const inside = runCli(["report", "in2", "--out", "in2/ОО-001.xlsx"], dir);
    expect(inside.status).toBe(2);
    expect(inside.stderr).toContain(
      "--out: in2/ОО-001.xlsx — это книга ОО (в ней листы «Паспорт ОО»/«Педагоги», а листов муниципалитета нет)"
    );
    expect(inside.stderr).toContain("Укажите книгу муниципалитета или новое имя файла.");
    expect(inside.stderr).not.toContain("Прочитано");
    expect(readFileSync(join(dir, "in2", "ОО-001.xlsx")).equals(before)).toBe(true);
    refused(["--out", "lone-school.xlsx"], "--out: lone-school.xlsx — это книга ОО");
  });

  it("--previous equal to --out says to keep a copy of the previous period, in any of several --previous", () => {
    refused(
      ["--out", "in/report.xlsx", "--previous", "in/report.xlsx"],
      "--previous: in/report.xlsx — это та же книга, что --out: прошлый период нельзя читать из книги, в которую пишется новый. Сохраните копию"
    );
    const r = runCli(
      ["report", "in", "--out", "in/report.xlsx", "--previous", "in/report.xlsx"],
      dir
    );
    expect(r.stderr).not.toContain("чужие данные");
    refused(
      [
        "--out",
        "in/report.xlsx",
        "--previous",
        "in/north/school.xlsx",
        "--previous",
        "in/report.xlsx",
      ],
      "--previous: in/report.xlsx — это та же книга, что --out"
    );
  });

  it("--feedback: a file, or the input folder itself, is refused", () => {
    writeFileSync(join(dir, "a-file"), "x");
    refused(
      ["--out", "x1.xlsx", "--feedback", "a-file"],
      "--feedback: a-file — это файл, а нужна папка."
    );
    refused(["--out", "x2.xlsx", "--feedback", "a-file/sub"], "--feedback: ");
    refused(
      ["--out", "x3.xlsx", "--feedback", "in"],
      "--feedback: папка in — это папка с книгами ОО"
    );
    for (const f of ["x1.xlsx", "x2.xlsx", "x3.xlsx"]) expect(existsSync(join(dir, f))).toBe(false);
  });

  it("--settings and --previous must exist and be readable workbooks; --out and --json must be writable", () => {
    refused(
      ["--out", "y.xlsx", "--settings", "missing.xlsx"],
      "--settings: файл не найден: missing.xlsx"
    );
    refused(
      ["--out", "y.xlsx", "--settings", "in/secret.xlsx"],
      "--settings: Книга «in/secret.xlsx» защищена паролем"
    );
    refused(
      ["--out", "y.xlsx", "--settings", "in/old.xls"],
      "--settings: Файл in/old.xls в старом формате Excel 97–2003 (.xls)"
    );
    refused(["--out", "y.xlsx", "--previous", "missing"], "--previous: файл не найден: missing");
    refused(
      ["--out", "y.xlsx", "--previous", "in/readme.txt"],
      "--previous: Файл in/readme.txt не является книгой Excel (.xlsx)."
    );
    refused(["--out", "a-file/y.xlsx"], "--out: a-file — это файл, а не папка");
    refused(["--out", "in/north"], "--out: имя файла должно оканчиваться на .xlsx");
    refused(["--out", "y.xlsx", "--json", "in"], "--json: in — это папка, а нужен файл.");
    expect(existsSync(join(dir, "y.xlsx"))).toBe(false);
  });
});

describe("cells the reader cannot use, and damaged parts", () => {
  let cells: string;
  let report: ReturnType<typeof runCli>;
  const requiredCol = TEACHERS.fields.findIndex((f) => f.required);
  const requiredHeader = TEACHERS.fields[requiredCol].header;

  beforeAll(async () => {
    cells = join(dir, "cells");
    mkdirSync(cells, { recursive: true });
    const schools = generateMunicipality({ schools: 3, seed: 8 });
    const clean = schools.map((s) => ({
      ...s,
      teachers: s.teachers.filter((_, i) => !s.faults.some((f) => f.dataRow === i)),
    }));
    await writeSchoolFile(join(cells, "far.xlsx"), clean[0]);
    await writeSchoolFile(join(cells, "formula.xlsx"), clean[1]);
    await writeSchoolFile(join(cells, "crc.xlsx"), clean[2]);
    await editWorkbook(join(cells, "far.xlsx"), (wb) => {
      wb.getWorksheet(TEACHERS.name)!.getCell("XFD1048576").value = "лишнее";
    });
    await editWorkbook(join(cells, "formula.xlsx"), (wb) => {
      // ExcelJS writes a formula without `result` with no <v> at all.
      wb.getWorksheet(TEACHERS.name)!.getCell(3, requiredCol + 1).value = {
        formula: "A2",
      } as ExcelJS.CellFormulaValue;
    });
    // openpyxl writes such a formula with an EMPTY <v></v> (no t="str"): a real openpyxl file.
    copyFileSync(join(FIXTURES, "openpyxl-formula.xlsx"), join(cells, "openpyxl-formula.xlsx"));
    writeFileSync(
      join(cells, "crc.xlsx"),
      await damagedButParsable(readFileSync(join(cells, "crc.xlsx")))
    );
    report = runCli(["report", "cells", "--out", "cells-report.xlsx", "--json", "cells.json"], dir);
  }, 120_000);

  it("a value in XFD1048576 is left out with a warning naming the cell; the school is read", () => {
    const json = readJson("cells.json");
    const far = json.issues.filter((i) => i.file === "far.xlsx" && i.code === "sheet/far-cell");
    expect(far).toEqual([
      expect.objectContaining({ severity: "warning", sheet: TEACHERS.name, row: 1048576 }),
    ]);
    expect(json.issues.filter((i) => i.file === "far.xlsx" && i.severity === "error")).toEqual([]);
    expect(far[0].message).toContain(
      "значение «лишнее» в ячейке XFD1048576 далеко за пределами таблицы и не прочитано"
    );
    expect(report.stdout).toContain("В своде: 3 ОО");
  });

  it("a required cell whose formula has no saved value says so, not «пусто»", () => {
    const json = readJson("cells.json");
    const issue = json.issues.find((i) => i.file === "formula.xlsx" && i.row === 3);
    expect(issue).toMatchObject({
      code: "cell/required",
      severity: "error",
      column: requiredHeader,
    });
    expect(issue!.message).toContain(
      "формула без сохранённого значения, программа видит её пустой — откройте файл в Excel и сохраните его"
    );
    expect(issue!.message).not.toContain(": пусто");
  });

  it("openpyxl's formula with an empty <v></v> (no cached value) says so, not «пусто»", () => {
    const json = readJson("cells.json");
    const issue = json.issues.find((i) => i.file === "openpyxl-formula.xlsx" && i.row === 3);
    expect(issue).toMatchObject({
      code: "cell/required",
      severity: "error",
      column: "Табельный номер",
    });
    expect(issue!.message).toContain(
      "в ячейке A3 формула без сохранённого значения, программа видит её пустой"
    );
    expect(issue!.message).not.toContain("пусто —");
  });

  it("a part whose bytes changed after zipping fails its CRC-32: the file and the part are named", () => {
    const json = readJson("cells.json");
    expect(json.issues.find((i) => i.file === "crc.xlsx")).toMatchObject({
      code: "file/unreadable",
      severity: "error",
    });
    expect(json.issues.find((i) => i.file === "crc.xlsx")!.message).toContain(
      "Файл «crc.xlsx» повреждён или не является книгой Excel (.xlsx) (zip: часть xl/worksheets/sheet3.xml повреждена (не совпадает контрольная сумма CRC-32))"
    );
    expect(report.status).toBe(1);
  });

  it("validate says the same for the far value and the formula, with their exit codes", () => {
    const far = runCli(["validate", "cells/far.xlsx"], dir);
    expect(far.status).toBe(0); // warnings only
    expect(far.stdout).toContain("XFD1048576 далеко за пределами таблицы");
    const formula = runCli(["validate", "cells/formula.xlsx"], dir);
    expect(formula.status).toBe(1);
    expect(formula.stdout).toContain("формула без сохранённого значения");
    const crc = runCli(["validate", "cells/crc.xlsx"], dir);
    expect(crc.status).toBe(2);
    expect(crc.stderr).toContain(
      "часть xl/worksheets/sheet3.xml повреждена (не совпадает контрольная сумма CRC-32)"
    );
  });
});

async function editWorkbook(path: string, change: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  change(wb);
  await wb.xlsx.writeFile(path);
}

/** The package stored (not deflated), then one digit of a `Педагоги` value changed: still valid XML. */
async function damagedButParsable(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const stored = Buffer.from(await zip.generateAsync({ type: "uint8array", compression: "STORE" }));
  let part = stored.indexOf("xl/worksheets/sheet3.xml");
  // The name right after a local file header (30 bytes), not in [Content_Types].xml.
  while (part >= 0 && stored.readUInt32LE(part - 30) !== 0x04034b50)
    part = stored.indexOf("xl/worksheets/sheet3.xml", part + 1);
  const at = stored.indexOf("<v>", part) + 3;
  const digit = stored[at] - 48;
  if (digit < 0 || digit > 9) throw new Error("no digit to change");
  stored[at] = 48 + ((digit + 1) % 10);
  return stored;
}
