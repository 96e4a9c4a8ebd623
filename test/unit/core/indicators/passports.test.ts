/**
 * Issue 13 item 8: an indicator's periodicity, responsible party and collection
 * method come from its profile's own document (the seeds 000–004); where that
 * document names no responsible party, the one a person writes in `Настройки`.
 * МКУ «ЦМТО» is the 003 district's own institution and appears in 003 only.
 */
import { passportsSheet } from "../../../../src/core/cycle/passports-sheet";
import { defaultSettings } from "../../../../src/core/indicators/defaults";
import { entryOfDefinition } from "../../../../src/core/indicators/measures";
import {
  DEFAULT_PERIODICITY,
  passportFor,
  profilePassports,
} from "../../../../src/core/indicators/passports";
import { PROFILES } from "../../../../src/core/indicators/profiles";
import type { Settings } from "../../../../src/core/indicators/types";

const CMTO = "МКУ «ЦМТО»";

function withResponsible(responsible: string): Settings {
  const s = defaultSettings();
  s.official = { ...s.official, responsible };
  return s;
}

describe("passports per profile", () => {
  it("003 gives its own table: МКУ «ЦМТО», «Сбор статистических данных», the row's periodicity", () => {
    expect(passportFor("VAC_PED", "003")).toMatchObject({
      responsible: CMTO,
      method: "Сбор статистических данных",
      periodicity: "Ежегодно (сентябрь)",
      document: "003",
    });
    expect(passportFor("MO", "003").periodicity).toBe("Ежегодно (август)");
    expect(passportFor("DIAG_REG", "003").periodicity).toBe("Ежегодно (декабрь)");
    for (const p of profilePassports("003")) expect(p.responsible).toBe(CMTO);
  });

  it("no profile but 003 ever shows «ЦМТО», in any field", () => {
    for (const profile of PROFILES.filter((p) => p.id !== "003")) {
      for (const p of profilePassports(profile.id, withResponsible("ИМЦ района"))) {
        expect(JSON.stringify([p.responsible, p.method, p.periodicity])).not.toMatch(/ЦМТО/);
        expect(p.responsible).toBe("ИМЦ района");
      }
    }
  });

  it("000 names nothing: the responsible of Настройки, the school form, once per period", () => {
    const p = passportFor("DIAG", "000", withResponsible("Отдел образования, Петрова А. А."));
    expect(p).toMatchObject({
      responsible: "Отдел образования, Петрова А. А.",
      periodicity: DEFAULT_PERIODICITY,
      document: null,
    });
    expect(p.method).toContain("лист «Педагоги»");
    expect(passportFor("DIAG", "000").responsible).toBe("Муниципальная методическая служба");
  });

  it("001 has its own methods and periodicity, not 003's", () => {
    const p = passportFor("DIAG_REG", "001");
    expect(p.method).toBe("Выборочный метод, метод измерений, документальный анализ");
    expect(p.periodicity).toBe("С мая по август, в соответствии с программой мониторинга");
    expect(p.document).toBe("001");
    expect(passportFor("EXPERT", "001").periodicity).not.toBe(
      passportFor("EXPERT", "003").periodicity
    );
  });

  it("the same indicator differs between profiles (passports depend on the profile)", () => {
    const diag = ["000", "002", "003", "004"].map((id) => passportFor("DIAG_REG", id, undefined));
    expect(new Set(diag.map((p) => p.method)).size).toBeGreaterThan(1);
  });

  it("the full catalogue takes the first source document's method and periodicity, Настройки' responsible", () => {
    const s = withResponsible("ММС");
    expect(passportFor("VAC_MGR", "full", s)).toMatchObject({
      responsible: "ММС",
      method: "Сбор статистических данных",
      periodicity: "Ежегодно (сентябрь)",
    });
    expect(passportFor("ATTEST", "full", s)).toMatchObject({
      responsible: "ММС",
      periodicity: DEFAULT_PERIODICITY,
      document: null,
    });
  });

  it("a custom indicator in 003 is not the document's: defaults", () => {
    const custom = entryOfDefinition({
      code: "X",
      title: "x",
      numerator: { population: "PED" },
      denominator: { population: "PED" },
    });
    expect(passportFor(custom, "003", withResponsible("ИМЦ"))).toMatchObject({
      responsible: "ИМЦ",
      periodicity: DEFAULT_PERIODICITY,
      document: null,
    });
  });

  it("an empty responsible in Настройки falls back to the neutral default", () => {
    expect(passportFor("DIAG", "000", withResponsible("  ")).responsible).toBe(
      "Муниципальная методическая служба"
    );
  });
});

describe("`Паспорта показателей` per profile", () => {
  const responsibleColumn = 7;
  it("000 and 001 never show «ЦМТО»; the person's responsible where the document names none", () => {
    for (const id of ["000", "001"]) {
      const sheet = passportsSheet(id, { settings: withResponsible("МБУ «ИМЦ» Н-ского района") });
      const rows = sheet.cells.slice(3, 3 + PROFILES.find((p) => p.id === id)!.codes.length);
      expect(JSON.stringify(sheet.cells)).not.toMatch(/ЦМТО/);
      for (const r of rows) expect(r[responsibleColumn]).toBe("МБУ «ИМЦ» Н-ского района");
    }
  });

  it("003 shows МКУ «ЦМТО» on every row of its table", () => {
    const sheet = passportsSheet("003", { settings: withResponsible("ИМЦ") });
    const rows = sheet.cells.slice(3, 3 + 11);
    for (const r of rows) expect(r[responsibleColumn]).toBe(CMTO);
  });

  it("says under the table where the three columns come from", () => {
    const sheet = passportsSheet("000");
    expect(String(sheet.cells[sheet.cells.length - 1][0])).toMatch(
      /по документу, которому следует профиль.*«Настройки»/
    );
  });
});
