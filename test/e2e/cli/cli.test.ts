import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateMunicipality } from "../../../src/core/demo";
import { COMMUNITIES, INSTRUCTION_SHEET, PASSPORT, TEACHERS } from "../../../src/core/schema";
import { ERRORS } from "../../../src/core/schema/errors";
import { columnLetters as columnLetter } from "../../../src/core/text/a1";
import { inspectXlsx } from "../../support/xlsx-inspect";
import { encryptedWorkbookBytes } from "../../support/encrypted-cfb";
import { CLI, buildCli, ROOT, runCli, tempDir, writeSchoolFile } from "./cli-helpers";

const SCHOOL_SHEETS = [INSTRUCTION_SHEET, PASSPORT.name, TEACHERS.name, COMMUNITIES.name];
let dir: string;

beforeAll(() => {
  buildCli();
  dir = tempDir();
});

const inspect = (file: string) => inspectXlsx(readFileSync(join(dir, file)));
const visible = (names: { name: string; state: string }[]) =>
  names.filter((s) => s.state === "visible").map((s) => s.name);

describe("pedmonitor help and arguments", () => {
  it("--help lists the commands and exits 0", () => {
    const run = runCli(["--help"], dir);
    expect(run.status).toBe(0);
    for (const c of ["template", "validate", "demo"]) expect(run.stdout).toContain(c);
  });

  it.each([
    [[], ""],
    [["frobnicate"], "Неизвестная команда"],
    [["template", "school"], "--out"],
    [["template", "district", "--out", "x.xlsx"], "school или municipality"],
    [["validate", "a.xlsx", "--bogus"], "Неизвестный параметр --bogus"],
    [["demo", "--schools", "abc"], "целое число"],
  ])("%j exits 2 with a Russian message", (args, message) => {
    const run = runCli(args, dir);
    expect(run.status).toBe(2);
    expect(run.stderr + run.stdout).toContain(message);
  });
});

describe("pedmonitor template", () => {
  it("school: the four sheets, all 41 headers, the table and a dropdown on every list and Да/Нет column", async () => {
    const run = runCli(["template", "school", "--out", "school.xlsx"], dir);
    expect(run.status).toBe(0);
    const book = await inspect("school.xlsx");
    expect(visible(book.sheets)).toEqual(SCHOOL_SHEETS);
    const teachers = book.sheet(TEACHERS.name);
    TEACHERS.fields.forEach((f, col) =>
      expect(teachers.values[`${columnLetter(col)}1`]).toBe(f.header)
    );
    expect(teachers.tables.map((t) => t.name)).toEqual([TEACHERS.tableName]);
    expect(teachers.tables[0].headers).toEqual(TEACHERS.fields.map((f) => f.header));
    expect(teachers.freeze?.ySplit).toBe(1);
    TEACHERS.fields.forEach((f, col) => {
      if (!["list", "yesno", "multilist"].includes(f.type)) return;
      const letter = columnLetter(col);
      const covering = teachers.validations.filter(
        (v) =>
          v.type === "list" && v.sqref.split(" ").some((r) => r.startsWith(`${letter}2:${letter}`))
      );
      expect({ header: f.header, dropdowns: covering.length }).toEqual({
        header: f.header,
        dropdowns: 1,
      });
      expect(covering[0].prompt).toBeTruthy();
    });
    const passport = book.sheet(PASSPORT.name);
    const labels = Object.entries(passport.values)
      .filter(([a]) => a.startsWith("A"))
      .map(([, v]) => v);
    for (const f of PASSPORT.fields) expect(labels).toContain(f.header);
    expect(book.sheet(COMMUNITIES.name).tables.map((t) => t.name)).toEqual([COMMUNITIES.tableName]);
  });

  it("municipality: the consolidated sheets and the settings", async () => {
    const run = runCli(["template", "municipality", "--out", "muni.xlsx"], dir);
    expect(run.status).toBe(0);
    const book = await inspect("muni.xlsx");
    expect(visible(book.sheets)).toEqual([
      "ОО",
      "Сводные данные",
      "Сообщества и проекты",
      "Настройки",
      "Список ОО",
    ]);
  });
});

describe("pedmonitor validate", () => {
  const [school] = generateMunicipality({ schools: 1, seed: 11 });
  const faultRows = new Set(school.faults.map((f) => f.dataRow));

  beforeAll(async () => {
    await writeSchoolFile(join(dir, "faulty.xlsx"), school);
    await writeSchoolFile(join(dir, "clean.xlsx"), {
      ...school,
      teachers: school.teachers.filter((_, i) => !faultRows.has(i)),
    });
  });

  it("a file with planted faults: exit 1, each fault in the JSON at its row and column", () => {
    const run = runCli(["validate", "faulty.xlsx", "--json", "out/issues.json"], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("ошибк");
    const json = JSON.parse(readFileSync(join(dir, "out/issues.json"), "utf8")) as {
      issues: Record<string, unknown>[];
    };
    for (const fault of school.faults) {
      expect(json.issues).toContainEqual(
        expect.objectContaining({
          file: "faulty.xlsx",
          sheet: TEACHERS.name,
          row: fault.dataRow + 2,
          column: fault.column,
          severity: "error",
        })
      );
    }
    for (const issue of json.issues) {
      expect(Object.keys(issue).sort()).toEqual([
        "code",
        "column",
        "file",
        "message",
        "row",
        "severity",
        "sheet",
      ]);
      expect(typeof issue.message).toBe("string");
    }
  });

  it("a clean file: exit 0, no errors in the JSON", () => {
    const run = runCli(["validate", "clean.xlsx", "--json", "clean.json"], dir);
    expect(run.stdout).toContain("Ошибок нет");
    expect(run.status).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, "clean.json"), "utf8")) as {
      issues: { severity: string }[];
    };
    expect(json.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("does not change the file it checks", () => {
    const before = readFileSync(join(dir, "faulty.xlsx"));
    runCli(["validate", "faulty.xlsx"], dir);
    expect(readFileSync(join(dir, "faulty.xlsx")).equals(before)).toBe(true);
  });

  it.each([
    ["notes.xlsx", "просто текст, не книга", "не является книгой Excel"],
    [
      "broken.xlsx",
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]),
      "повреждён",
    ],
    ["old.xlsx", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), Buffer.alloc(100)]), ".xls"],
    [
      "real-old.xls",
      readFileSync(join(ROOT, "test/fixtures/inputs/libreoffice-97.xls")),
      "в старом формате Excel 97–2003 (.xls)",
    ],
    [
      "calc.ods",
      readFileSync(join(ROOT, "test/fixtures/inputs/libreoffice.ods")),
      "LibreOffice Calc (.ods): откройте его в Calc и сохраните",
    ],
    [
      "secret.xlsx",
      encryptedWorkbookBytes(),
      "защищена паролем на открытие, программа не может её прочитать: снимите пароль",
    ],
  ])("%s: exit 2 and a Russian message naming the file", (name, content, message) => {
    writeFileSync(join(dir, name), content);
    const run = runCli(["validate", name], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain(name);
  });

  it("a missing file: exit 2", () => {
    const run = runCli(["validate", "nowhere.xlsx"], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Файл не найден: nowhere.xlsx");
  });
});

describe("pedmonitor demo", () => {
  it("writes the consolidated workbook with the errors sheet, and exits 0: its planted errors are the demonstration (cli.md Additions)", async () => {
    const run = runCli(["demo", "--out", "demo/out.xlsx", "--schools", "3", "--seed", "5"], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Проверка: [1-9]\d* ошиб/);
    expect(run.stdout).toContain("намеренная часть демонстрации, поэтому код выхода 0");
    expect(run.stdout).toContain("3 ОО");
    expect(run.stderr).toContain("ОО 3 из 3");
    expect(existsSync(join(dir, "demo/out.xlsx"))).toBe(true);
    const book = await inspect("demo/out.xlsx");
    expect(visible(book.sheets)).toEqual([
      "ОО",
      "Сводные данные",
      "Сообщества и проекты",
      "Настройки",
      "Сводка",
      "Показатели по ОО",
      "Рекомендации",
      "Кластеры",
      "План ПК",
      "Меры",
      "Эффективность",
      "Динамика",
      "Паспорта показателей",
      "Аналитическая справка",
      "Правила рекомендаций",
      "Сбор данных",
      "Список ОО",
      ERRORS.name,
    ]);
    const errors = book.sheet(ERRORS.name);
    const severities = Object.entries(errors.values)
      .filter(([a]) => /^A\d+$/.test(a) && a !== "A1")
      .map(([, v]) => v);
    expect(severities.filter((v) => v === "ошибка").length).toBeGreaterThanOrEqual(4);
  });

  it("the default output path is demo/pedmonitor-demo.xlsx", () => {
    const run = runCli(["demo", "--schools", "1"], dir);
    expect(run.status).toBe(0);
    expect(existsSync(join(dir, "demo/pedmonitor-demo.xlsx"))).toBe(true);
  });

  it("exits 2 when the workbook cannot be written, and says the previous file is unchanged", () => {
    const before = readFileSync(join(dir, "demo/out.xlsx"));
    const run = spawnSync(
      "bash",
      [
        "-c",
        `ulimit -f 8; exec "${process.execPath}" "${CLI}" demo --out demo/out.xlsx --schools 2`,
      ],
      { cwd: dir, encoding: "utf8" }
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      "Файл demo/out.xlsx не изменён: превышен допустимый размер файла (EFBIG)."
    );
    expect(readFileSync(join(dir, "demo/out.xlsx")).equals(before)).toBe(true);
  });
});
