/**
 * issue 14 review (2): `template school --for` with a list whose code differs from last
 * period's only by a leading zero («ОО-3» listed, «ОО-03» last period) names the school and
 * the near code instead of leaving `Педагоги` empty silently; a code repeated in `Список ОО`
 * is named; a missing --previous path is one message; the help names «Список ОО».
 */
import ExcelJS from "exceljs";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateMunicipality } from "../../../src/core/demo";
import { inspectXlsx } from "../../support/xlsx-inspect";
import { buildCli, runCli, tempDir, writeSchoolFile, type CliRun } from "./cli-helpers";

const SCHOOLS = generateMunicipality({ schools: 3, seed: 14 });
let dir: string;
let run: CliRun;
let listed: string;

beforeAll(async () => {
  buildCli();
  dir = tempDir();
  mkdirSync(join(dir, "prev"));
  for (const s of SCHOOLS) await writeSchoolFile(join(dir, "prev", s.fileName), s);
  const report = runCli(["report", "prev", "--out", "muni.xlsx"], dir);
  expect([0, 1]).toContain(report.status);
  // She retypes the third code without its leading zero, and lists the first twice.
  const last = SCHOOLS[2].code;
  listed = last.replace(/-0+(\d)/, "-$1");
  expect(listed).not.toBe(last);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, "muni.xlsx"));
  const list = wb.getWorksheet("Список ОО")!;
  list.getRow(4).getCell(1).value = listed;
  list.getRow(5).getCell(1).value = SCHOOLS[0].code;
  await wb.xlsx.writeFile(join(dir, "muni.xlsx"));
  run = runCli(
    ["template", "school", "--for", "muni.xlsx", "--out", "out", "--previous", "prev"],
    dir
  );
}, 180_000);

describe("template school --for with a near code in `Список ОО`", () => {
  it("names the school, the code last period had and the file; exit 1", () => {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      `${listed}.xlsx: лист «Педагоги» пуст — в прошлом периоде кода ${listed} нет, есть похожий «${SCHOOLS[2].code}»`
    );
    expect(run.stdout).toContain(
      `код ОО «${SCHOOLS[2].code}» — похоже на ${listed} из листа «Список ОО», но это другой код`
    );
  });

  it("carries nobody into the near school's workbook (never merged)", async () => {
    const book = await inspectXlsx(readFileSync(join(dir, "out", `${listed}.xlsx`)));
    expect(book.sheet("Педагоги").values.A2 ?? null).toBeNull();
  });

  it("names a code repeated in `Список ОО`", () => {
    expect(run.stdout).toContain(
      `на листе «Список ОО» код повторён: «${SCHOOLS[0].code}», «${SCHOOLS[0].code}»`
    );
  });

  it("says a missing --previous path once", () => {
    const missing = runCli(
      ["template", "school", "--for", "muni.xlsx", "--out", "out2", "--previous", "nope"],
      dir
    );
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe("");
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
    expect(missing.stderr).toContain("--previous: не найдено: nope");
  });

  it("--help names the sheet «Список ОО»", () => {
    const help = runCli(["template", "--help"], dir);
    expect(help.stdout + help.stderr).toContain("листа «Список ОО»");
  });
});

describe("--previous with nothing of last period", () => {
  it("refuses this period's own files or a file that is no workbook: exit 2, the files named, nothing written", () => {
    writeFileSync(join(dir, "note.xlsx"), "не книга");
    for (const [prev, named] of [
      ["out", "за период новых книг или позже"],
      ["note.xlsx", "«note.xlsx» — не прочитан как книга Excel"],
    ]) {
      const r = runCli(
        ["template", "school", "--for", "muni.xlsx", "--out", `again-${prev}`, "--previous", prev],
        dir
      );
      expect(r.status).toBe(2);
      expect(r.stderr).toContain("--previous: нет данных прошлого периода");
      expect(r.stderr).toContain(named);
      expect(existsSync(join(dir, `again-${prev}`))).toBe(false);
    }
  });
});
