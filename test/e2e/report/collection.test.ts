/**
 * The collection round end to end (issue 14): a report over five schools makes
 * `Список ОО`; a person types a contact there; a school file goes missing and
 * another comes with an error. The next report lists «Не сдан» for the fifth and
 * «Сдан с ошибками» for the faulty one — in `Сбор данных`, in the JSON's
 * `collection` and in the summary — and her contact is still there.
 */
import ExcelJS from "exceljs";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { DemoSchool } from "../../../src/core/demo";
import { TEACHERS } from "../../../src/core/schema";
import { inspectXlsx } from "../../support/xlsx-inspect";
import { cleanRound } from "./fixtures";
import { buildCli, runCli, tempDir, writeSchoolFile } from "../cli/cli-helpers";

interface CollectionJson {
  collection: Record<string, unknown>[];
}

const OUT = "muni.xlsx";
const CONTACT = "Иванова Ирина Петровна, 8 (900) 123-45-67";
let dir: string;
let five: DemoSchool[];
let second: ReturnType<typeof runCli>;

const position = TEACHERS.fields.findIndex((f) => f.key === "position");

beforeAll(async () => {
  buildCli();
  dir = tempDir();
  // Schools without the demo's planted faults: the error below is the only one.
  five = await cleanRound(dir, 5);
  const first = runCli(["report", "schools", "--out", OUT, "--json", "first.json"], dir);
  expect(first.stdout).toContain("Сдано 5 из 5; с ошибками 0");

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, OUT));
  const list = wb.getWorksheet("Список ОО")!;
  expect(list.getRow(1).getCell(3).value).toBe("Контакт");
  list.getRow(2).getCell(3).value = CONTACT;
  await wb.xlsx.writeFile(join(dir, OUT));

  rmSync(join(dir, "schools", five[4].fileName));
  const faulty = { ...five[1], teachers: five[1].teachers.map((r) => [...r]) };
  faulty.teachers[0][position] = null;
  await writeSchoolFile(join(dir, "schools", faulty.fileName), faulty);
  second = runCli(
    ["report", "schools", "--out", OUT, "--json", "second.json", "--feedback", "feedback"],
    dir
  );
}, 180_000);

describe("a report over four of five expected schools, one with an error", () => {
  it("says it in the summary", () => {
    expect(second.stdout).toContain(`Сдано 4 из 5; с ошибками 1; не сдано: ${five[4].code}`);
  });

  it("gives the JSON collection in the cli.md shape, the schools to call first", () => {
    const json = JSON.parse(readFileSync(join(dir, "second.json"), "utf8")) as CollectionJson;
    expect(json.collection).toHaveLength(5);
    for (const row of json.collection)
      expect(Object.keys(row)).toEqual([
        "code",
        "name",
        "file",
        "received",
        "rows",
        "errors",
        "warnings",
        "excludedRows",
        "status",
      ]);
    expect(json.collection.map((r) => [r.code, r.status])).toEqual([
      [five[4].code, "Не сдан"],
      [five[1].code, "Сдан с ошибками"],
      ...[five[0], five[2], five[3]].map((s) => [s.code, "Принят"]),
    ]);
    expect(json.collection[0]).toMatchObject({ received: false, file: null, rows: 0 });
    expect(json.collection[1]).toMatchObject({ received: true, excludedRows: 1 });
    expect(json.collection[1].errors).toBeGreaterThan(0);
  });

  it("writes `Сбор данных` with coloured statuses, and keeps her contact in `Список ОО`", async () => {
    const book = await inspectXlsx(readFileSync(join(dir, OUT)));
    const sheet = book.sheet("Сбор данных");
    const v = sheet.values;
    expect(["A1", "B1", "C1", "D1", "E1", "F1", "G1", "H1", "I1"].map((a) => v[a])).toEqual([
      "Код ОО",
      "Наименование",
      "Файл",
      "Получен",
      "Строк",
      "Ошибок",
      "Предупреждений",
      "Строк не учтено",
      "Статус",
    ]);
    expect([v.A2, v.D2, v.I2]).toEqual([five[4].code, "Нет", "Не сдан"]);
    expect([v.A3, v.D3, v.I3]).toEqual([five[1].code, "Да", "Сдан с ошибками"]);
    expect(v.I4).toBe("Принят");
    // Whom to call, from her `Список ОО`.
    expect([v.J1, v.K1, v.A4, v.J4]).toEqual(["Контакт", "E-mail", five[0].code, CONTACT]);
    expect(sheet.conditionalFormats).toBeGreaterThanOrEqual(1);
    expect(sheet.conditionalRules.join(" ")).toContain("Не сдан");
    const list = book.sheet("Список ОО").values;
    expect([list.A2, list.C2]).toEqual([five[0].code, CONTACT]);
    expect(list.A6).toBe(five[4].code);
  });

  it("sends the faulty school, and only it, its errors with their cells in the feedback", async () => {
    const faulty = await inspectXlsx(
      readFileSync(join(dir, "feedback", `Обратная связь ${five[1].code}.xlsx`))
    );
    expect(faulty.sheets[0].name).toBe("Ошибки");
    const v = faulty.sheet("Ошибки").values;
    expect(String(v.A2)).toContain(`В файле «${five[1].fileName}» 1 ошибка`);
    const cells = Object.entries(v)
      .filter(([a]) => a.startsWith("A"))
      .map(([, x]) => String(x));
    const column = String.fromCharCode(65 + position);
    expect(cells).toContain(`'Педагоги'!${column}2`);
    const clean = await inspectXlsx(
      readFileSync(join(dir, "feedback", `Обратная связь ${five[0].code}.xlsx`))
    );
    expect(clean.sheets.map((x) => x.name)).not.toContain("Ошибки");
  });
});
