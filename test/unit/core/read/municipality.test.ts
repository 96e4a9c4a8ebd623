/** readMunicipality: a consolidated workbook read back into one SchoolData per Код ОО. */
import {
  gridSource,
  isMunicipalityWorkbook,
  readMunicipality,
  sheetsToRead,
} from "../../../../src/core/read";
import { CONSOLIDATED_TEACHERS, SCHOOLS } from "../../../../src/core/schema/municipality";
import { dayOf } from "../../../../src/core/time/day";
import { municipalitySource, PASSPORT_VALUES, tableGrid, validWorker } from "./fixtures";

const brief = (issues: { code: string; row: number | null; column: string | null }[]) =>
  issues.map((i) => `${i.code}@${i.row}:${i.column}`);

describe("readMunicipality", () => {
  const source = municipalitySource([
    { passport: { schoolCode: "А-1" }, workers: [validWorker({}, 0), validWorker({}, 1)] },
    {
      passport: { schoolCode: "Б-2", periodStart: "01.09.2025", periodEnd: "31.08.2026" },
      workers: [validWorker({ courseDate: "01.06.2026" }, 0)],
    },
  ]);
  const schools = readMunicipality(source, "район.xlsx");

  it("recognises a consolidated workbook and names the sheets to read", () => {
    expect(isMunicipalityWorkbook(source.names)).toBe(true);
    expect(isMunicipalityWorkbook(["Паспорт ОО", "Педагоги"])).toBe(false);
    expect(sheetsToRead(source.names)).toEqual(["ОО", "Сводные данные"]);
  });

  it("gives one school per code with its passport and its workers", () => {
    expect(schools.map((s) => [s.passport.schoolCode, s.workers.length])).toEqual([
      ["А-1", 2],
      ["Б-2", 1],
    ]);
    expect(schools[1].passport.periodEnd).toBe(dayOf(2026, 8, 31));
    expect(schools[0].workers.map((w) => [w.row, w.sourceFile, w.sourceRow])).toEqual([
      [2, "школа1.xlsx", 4],
      [3, "школа1.xlsx", 5],
    ]);
  });

  it("checks each school's rows against its own period", () => {
    expect(schools.flatMap((s) => s.issues)).toEqual([]);
    const late = readMunicipality(
      municipalitySource([
        { passport: { schoolCode: "А-1" }, workers: [validWorker({ courseDate: "01.06.2026" })] },
      ]),
      "р.xlsx"
    );
    expect(brief(late[0].issues)).toEqual([
      "row/constraint/date-after-period-end@2:Дата окончания ПК",
    ]);
  });

  it("keeps a school missing from ОО, with an error and an unusable passport", () => {
    const grid = tableGrid(CONSOLIDATED_TEACHERS, [{ ...validWorker(), schoolCode: "В-3" }]);
    const result = readMunicipality(
      gridSource({
        [SCHOOLS.name]: tableGrid(SCHOOLS, [PASSPORT_VALUES]),
        [CONSOLIDATED_TEACHERS.name]: grid,
      }),
      "р.xlsx"
    );
    const unknown = result.find((s) => s.passport.schoolCode === "В-3")!;
    expect(brief(unknown.issues)).toEqual(["row/unknown-school@2:Код ОО"]);
    expect(unknown.badPassportFields).toContain("periodEnd");
  });

  it("reports a passport error on its ОО row and a duplicate code", () => {
    const grid = tableGrid(SCHOOLS, [
      PASSPORT_VALUES,
      { ...PASSPORT_VALUES, schoolCode: "Х-1", pedVacancies: 99 },
      PASSPORT_VALUES,
    ]);
    const result = readMunicipality(
      gridSource({
        [SCHOOLS.name]: grid,
        [CONSOLIDATED_TEACHERS.name]: tableGrid(CONSOLIDATED_TEACHERS, []),
      }),
      "р.xlsx"
    );
    expect(result.map((s) => s.passport.schoolCode)).toEqual(["ОО-12", "Х-1"]);
    expect(brief(result[1].issues)).toEqual([
      "row/constraint/vacancies-exceed-positions@3:Вакансий педагогических работников",
    ]);
    expect(brief(result[0].issues)).toContain("row/unique@4:Код ОО");
  });

  it("reports missing sheets without throwing", () => {
    const result = readMunicipality(gridSource({}), "р.xlsx");
    expect(brief(result[0].issues)).toEqual(["sheet/missing@null:null", "sheet/missing@null:null"]);
  });
});
