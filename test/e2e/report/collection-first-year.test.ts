/**
 * issue 14 review 2 (minor 9): `template municipality` has an empty `Список ОО` (headers and a
 * hint), so a first-year methodologist types her list before the first report: the report
 * expects those schools («Не сдан» for the one that did not send) and keeps her sheet. Left
 * empty, the first report fills it from the files received.
 */
import ExcelJS from "exceljs";
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import type { DemoSchool } from "../../../src/core/demo";
import { cleanRound } from "./fixtures";
import { buildCli, runCli, tempDir } from "../cli/cli-helpers";

let dir: string;
let two: DemoSchool[];
const CONTACT = "Сидорова А. А., 8 900 111-22-33";

async function listRows(path: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const rows: unknown[][] = [];
  wb.getWorksheet("Список ОО")!.eachRow((row) => rows.push((row.values as unknown[]).slice(1, 4)));
  return rows;
}

beforeAll(async () => {
  buildCli();
  dir = tempDir();
  two = await cleanRound(dir, 2);
  expect(runCli(["template", "municipality", "--out", "blank.xlsx"], dir).status).toBe(0);
  copyFileSync(join(dir, "blank.xlsx"), join(dir, "empty.xlsx"));
  // She types her list: the two schools and a third that will not send.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, "blank.xlsx"));
  const list = wb.getWorksheet("Список ОО")!;
  expect(list.getRow(2).getCell(1).value).toBe("Код ОО");
  [two[0].code, two[1].code, "ОО-99"].forEach((code, i) => {
    list.getRow(3 + i).getCell(1).value = code;
  });
  list.getRow(3).getCell(3).value = CONTACT;
  await wb.xlsx.writeFile(join(dir, "typed.xlsx"));
}, 180_000);

describe("a municipality template's `Список ОО`", () => {
  it("typed before the first report: the report expects her schools and keeps her sheet", async () => {
    const run = runCli(["report", "schools", "--out", "typed.xlsx"], dir);
    expect(run.stdout).toContain("Сдано 2 из 3; с ошибками 0; не сдано: ОО-99");
    const rows = await listRows(join(dir, "typed.xlsx"));
    expect(rows.map((r) => r[0])).toContain("ОО-99");
    expect(rows.some((r) => r[2] === CONTACT)).toBe(true);
  });

  it("left empty: the first report fills it from the files received", async () => {
    const run = runCli(["report", "schools", "--out", "empty.xlsx"], dir);
    expect(run.stdout).toContain("Сдано 2 из 2; с ошибками 0");
    const codes = (await listRows(join(dir, "empty.xlsx"))).map((r) => r[0]);
    expect(codes).toEqual(
      ["Код ОО", two[0].code, two[1].code].sort((a, b) =>
        a === "Код ОО" ? -1 : b === "Код ОО" ? 1 : String(a).localeCompare(String(b), "ru")
      )
    );
  });
});
