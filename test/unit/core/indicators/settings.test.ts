/** `Настройки`: defaults, the sheet written, and reading it back or a sheet made by hand. */
import { CATALOG, CATALOG_CODES } from "../../../../src/core/indicators/catalog";
import { PROFILES } from "../../../../src/core/indicators/profiles";
import { defaultSettings, readSettings } from "../../../../src/core/indicators/settings";
import { settingsSheet } from "../../../../src/core/indicators/settings-sheet";
import type { CellValue, Grid } from "../../../../src/core/model";
import type { OutCell } from "../../../../src/port/sheet-model";
import { renderIssue } from "../../../../src/core/validate/message";

const asGrid = (cells: OutCell[][]): Grid => cells.map((r) => r.map((c) => c as CellValue));

describe("defaults", () => {
  test("targets, directions and parameters of indicators.md", () => {
    const s = defaultSettings();
    const t = (code: string) => s.targets.get(code);
    expect([
      t("DIAG")?.target,
      t("DIAG")?.nextTarget,
      t("DIAG_REG")?.target,
      t("DIAG_REG")?.nextTarget,
    ]).toEqual([30, 100, 12, 26]);
    expect([
      t("IOM")?.target,
      t("IOM")?.nextTarget,
      t("PK_REG")?.target,
      t("PK_REG")?.nextTarget,
    ]).toEqual([10, 20, 5, 6.8]);
    expect([t("PK_3Y")?.target, t("TUTORS_PER_100")?.target, t("EXPERT")?.target]).toEqual([
      100,
      1,
      null,
    ]);
    expect(
      CATALOG.filter((e) => e.direction === "≤")
        .map((e) => e.code)
        .sort()
    ).toEqual(["BURNOUT_HIGH", "PENSION", "VAC_MGR", "VAC_PED"]);
    expect([s.youngAgeLimit, s.beginnerExperience]).toEqual([35, 3]);
    expect(s.pensionAges.map((p) => [p.fromYear, p.male, p.female])).toEqual([
      [1900, 62, 57],
      [2023, 63, 58],
      [2025, 64, 59],
      [2027, 65, 60],
    ]);
  });

  test("profiles: five documents and the full catalog, every code known", () => {
    expect(PROFILES.map((p) => p.id)).toEqual(["000", "001", "002", "003", "004", "full"]);
    expect(PROFILES[5].name).toBe("Полный каталог");
    for (const p of PROFILES) for (const c of p.codes) expect(CATALOG_CODES).toContain(c);
    expect(CATALOG_CODES).toHaveLength(38);
    expect(new Set(CATALOG_CODES).size).toBe(38);
  });
});

describe("the written sheet", () => {
  test("title, table `Цели` with one row per code, blocks beside it, round trip", () => {
    const s = defaultSettings();
    s.targets.set("EXPERT", {
      code: "EXPERT",
      direction: "≥",
      target: 12.5,
      nextTarget: 15,
      previous: 10,
    });
    s.youngAgeLimit = 30;
    const model = settingsSheet(s);
    expect(model.name).toBe("Настройки");
    expect(model.tables?.[0]).toMatchObject({
      name: "Цели",
      range: { row: 2, col: 0, rows: 39, cols: 6 },
    });
    expect(model.cells[2].slice(0, 6)).toEqual([
      "Код",
      "Показатель",
      "Направление",
      "Целевое значение",
      "Целевое значение на следующий период",
      "Значение за предыдущий период",
    ]);
    expect(model.validations?.some((v) => v.rule.kind === "list")).toBe(true);
    const back = readSettings(asGrid(model.cells));
    expect(back.issues).toEqual([]);
    expect(back.settings.targets.get("EXPERT")).toEqual(s.targets.get("EXPERT"));
    expect(back.settings.targets.get("DIAG")?.target).toBe(30);
    expect(back.settings.youngAgeLimit).toBe(30);
    expect(back.settings.pensionAges).toEqual(s.pensionAges);
  });
});

describe("the written sheet's validation and the reader", () => {
  /** The reader's verdict on the written sheet with one cell changed: accepted (no issue) or not. */
  function accepted(row: number, col: number, value: number): boolean {
    const model = settingsSheet(defaultSettings());
    const cells = model.cells.map((r) => [...r]);
    cells[row][col] = value;
    return readSettings(asGrid(cells)).issues.length === 0;
  }

  test("agree at the edges of every bound of the parameters and pension blocks", () => {
    const model = settingsSheet(defaultSettings());
    const bounded = (model.validations ?? []).filter(
      (v) =>
        (v.rule.kind === "whole" || v.rule.kind === "decimal") &&
        v.rule.min !== undefined &&
        v.rule.max !== undefined
    );
    // young age, beginner experience, pension year, male and female ages
    expect(bounded).toHaveLength(5);
    for (const v of bounded) {
      const { min, max } = v.rule as { min: number; max: number };
      const { row, col, cols } = v.range;
      expect(cols).toBe(1);
      const at = (value: number) => ({ col, value, accepted: accepted(row, col, value) });
      expect([at(min - 1), at(min), at(max), at(max + 1)]).toEqual([
        { col, value: min - 1, accepted: false },
        { col, value: min, accepted: true },
        { col, value: max, accepted: true },
        { col, value: max + 1, accepted: false },
      ]);
      expect(v.error?.message).toContain(`от ${min} до ${max}`);
    }
  });
});

describe("a sheet made by hand", () => {
  test("header in row 1, some columns only; tolerant numbers and directions; empty target clears it", () => {
    const grid: Grid = [
      ["код", "Целевое значение", "Направление"],
      ["DIAG", "12,5", ">="],
      ["PK_3Y", "", null],
      ["PENSION", 20, "<="],
      [null, null, null],
      ["expert", "30%", "≤"],
    ];
    const { settings, issues } = readSettings(grid);
    expect(issues).toEqual([]);
    expect(settings.targets.get("DIAG")).toMatchObject({
      target: 12.5,
      nextTarget: 100,
      direction: "≥",
    });
    expect(settings.targets.get("PK_3Y")?.target).toBeNull();
    expect(settings.targets.get("PENSION")).toMatchObject({ target: 20, direction: "≤" });
    expect(settings.targets.get("EXPERT")).toMatchObject({ target: 30, direction: "≤" });
  });

  test("bad cells: a Russian warning with row and column, the default kept", () => {
    const grid: Grid = [
      ["Настройки"],
      ["Код", "Направление", "Целевое значение"],
      ["DIAG", "больше", "много"],
      ["XYZ", "≥", 5],
      ["Параметр", "Значение"],
      ["Возраст молодого педагога, лет (включительно)", "сто"],
      ["Стаж начинающего педагога, лет (меньше)", "2,5"],
      [],
      ["Пенсионный возраст: год окончания периода с", "Мужчины", "Женщины"],
      [2020, 60, 55],
      [2030, "шестьдесят", 60],
    ];
    const { settings, issues } = readSettings(grid);
    expect(settings.targets.get("DIAG")).toMatchObject({ target: 30, direction: "≥" });
    expect(settings.youngAgeLimit).toBe(35);
    expect(settings.beginnerExperience).toBe(2.5);
    expect(settings.pensionAges).toEqual([{ fromYear: 2020, male: 60, female: 55 }]);
    expect(issues.map((i) => [i.code, i.row])).toEqual([
      ["settings/direction", 3],
      ["settings/number", 3],
      ["settings/unknown-code", 4],
      ["settings/parameter", 6],
      ["settings/pension-age", 11],
    ]);
    expect(renderIssue(issues[1])).toMatch(
      /строка 3, столбец «Целевое значение»: «много» не число/
    );
    expect(issues.every((i) => i.sheet === "Настройки" && i.severity === "warning")).toBe(true);
  });

  test("an empty sheet gives the defaults and no issues", () => {
    expect(readSettings([])).toEqual({ settings: defaultSettings(), issues: [] });
  });
});
