/** The custom functions against ranges shaped as Excel passes them. */
import { FunctionInputError } from "../../../src/functions/errors";
import * as F from "../../../src/functions/functions";
import { defaultSettings } from "../../../src/core/indicators/defaults";
import { settingsSheet } from "../../../src/core/indicators/settings-sheet";
import { clearTableCache } from "../../../src/functions/table-cache";
import * as teachers from "../../../src/core/read/teachers";
import { PERIOD, serial, teachersRange } from "./excel-range";

const diag = { "Дата диагностики дефицитов": serial(2025, 3, 1), "Уровень диагностики": "ЦНППМ" };

beforeEach(() => clearTableCache());

describe("INDICATOR", () => {
  const table = teachersRange([
    diag,
    {},
    {},
    { ...diag, "Вид занятости": "Внешнее совместительство" },
  ]);

  test("a share over a school's Педагоги with the period as two cells; omitted args as null", () => {
    expect(
      F.indicator("DIAG", table, null as unknown as string, PERIOD, null as unknown as any[][])
    ).toBeCloseTo(100 / 3, 10);
    expect(F.indicator("diag", table, undefined, PERIOD)).toBeCloseTo(100 / 3, 10);
  });

  test("the period from a Паспорт ОО range (labels and values)", () => {
    const passport = [
      ["Показатель", "Значение"],
      ["Код ОО", "ОО-1"],
      ["Начало отчётного периода", "01.09.2024"],
      ["Конец отчётного периода", serial(2025, 8, 31)],
    ];
    expect(F.indicator("DIAG_REG", table, "", passport)).toBeCloseTo(100 / 3, 10);
  });

  test("indicators that do not need the period work without it; those that do say so", () => {
    const t = teachersRange([{ "Экспертная деятельность": "Да" }, {}]);
    expect(F.indicator("EXPERT", t)).toBe(50);
    expect(() => F.indicator("DIAG", t)).toThrow(/нужен отчётный период/);
  });

  test("an empty denominator gives an empty cell, never 0 or an error", () => {
    expect(F.indicator("RETRAIN_SENT", table, undefined, PERIOD)).toBe("");
  });

  test("a school of Сводные данные, and the total of all schools", () => {
    const t = teachersRange(
      [{ "Код ОО": "ОО-1", ...diag }, { "Код ОО": "ОО-2" }, { "Код ОО": "ОО-2" }],
      true
    );
    expect(F.indicator("DIAG", t, "оо-1", PERIOD)).toBe(100);
    expect(F.indicator("DIAG", t, "ОО-2", PERIOD)).toBe(0);
    expect(F.indicator("DIAG", t, undefined, PERIOD)).toBeCloseTo(100 / 3, 10);
    expect(() => F.indicator("DIAG", t, "ОО-9", PERIOD)).toThrow(/нет строк ОО с кодом «ОО-9»/);
  });

  test("rows with errors are left out", () => {
    const t = teachersRange([diag, { ...diag, Пол: "X" }, {}]);
    expect(F.indicator("DIAG", t, undefined, PERIOD)).toBe(50);
  });

  test("Russian errors: unknown code, passport-based indicator, no header row, bad period", () => {
    expect(() => F.indicator("NOPE", table)).toThrow(FunctionInputError);
    expect(() => F.indicator("NOPE", table)).toThrow(/Нет показателя с кодом «NOPE»/);
    expect(() => F.indicator("STAFFING", table)).toThrow(/паспортам ОО/);
    expect(() => F.indicator("COMMUNITY_COUNT", table)).toThrow(/Сообщества и проекты/);
    expect(() =>
      F.indicator("EXPERT", [
        ["a", "b"],
        [1, 2],
      ])
    ).toThrow(/строки заголовков/);
    expect(() =>
      F.indicator("DIAG", table, undefined, [[serial(2025, 8, 31), serial(2024, 9, 1)]])
    ).toThrow(/раньше начала/);
    expect(() => F.indicator("DIAG", table, undefined, [["вчера", "сегодня"]])).toThrow(/не дата/);
  });

  test("with the CustomFunctions runtime present, errors are CustomFunctions.Error #ЗНАЧ!", () => {
    class CfError extends Error {
      constructor(
        readonly code: string,
        message?: string
      ) {
        super(message);
      }
    }
    (globalThis as any).CustomFunctions = {
      Error: CfError,
      ErrorCode: { invalidValue: "#VALUE!" },
    };
    try {
      expect(() => F.indicator("NOPE", table)).toThrow(CfError);
      try {
        F.indicator("NOPE", table);
      } catch (e) {
        expect((e as CfError).code).toBe("#VALUE!");
      }
    } finally {
      delete (globalThis as any).CustomFunctions;
    }
  });

  test("settings range changes the parameters (young age limit)", () => {
    const t = teachersRange([{ "Дата рождения": serial(1988, 1, 1) }, {}]);
    expect(F.indicator("AGE_U35", t, undefined, PERIOD)).toBe(0);
    const settings = [
      ["Параметр", "Значение"],
      ["Возраст молодого педагога, лет (включительно)", 40],
    ];
    expect(F.indicator("AGE_U35", t, undefined, PERIOD, settings)).toBe(50);
  });
});

describe("INDICATOR.DETAIL and STATUS", () => {
  test("one row: numerator, denominator, value, status", () => {
    const t = teachersRange([diag, {}, {}]);
    const [[num, den, value, status]] = F.indicatorDetailFn("DIAG", t, undefined, PERIOD);
    expect([num, den, status]).toEqual([1, 3, "соответствие"]);
    expect(value).toBeCloseTo(33.333, 2);
    expect(F.indicatorDetailFn("PK_REGISTRY", t, undefined, PERIOD)).toEqual([
      [0, 0, "", "нет данных"],
    ]);
  });

  test("STATUS against default targets and a Настройки range", () => {
    expect(F.status(30, "DIAG")).toBe("соответствие");
    expect(F.status("29,9", "DIAG")).toBe("несоответствие");
    expect(F.status("", "DIAG")).toBe("нет данных");
    expect(F.status(null, "DIAG")).toBe("нет данных");
    expect(F.status(5, "EXPERT")).toBe("цель не задана");
    expect(
      F.status(10, "PENSION", [
        ["Код", "Целевое значение"],
        ["PENSION", 12],
      ])
    ).toBe("соответствие");
    expect(() => F.status(1, "NOPE")).toThrow(/NOPE/);
  });
});

describe("CATALOG, AGE, CLUSTERS", () => {
  test("CATALOG spills the passports with a header row; a profile in its order", () => {
    const full = F.catalog();
    expect(full[0][0]).toBe("Код");
    expect(full).toHaveLength(39);
    const p = F.catalog("004");
    expect(p.slice(1).map((r) => r[0])).toEqual([
      "PK_DIAG",
      "DIAG_BEFORE_PK",
      "PK_REGISTRY",
      "RETRAIN_SENT",
      "DIAG",
      "PK_3Y",
    ]);
    expect(p.find((r) => r[0] === "DIAG")?.slice(10)).toEqual([30, 100]);
    expect(() => F.catalog("009")).toThrow(/Нет профиля/);
  });

  test("CATALOG gives each profile its own passport; the responsible of a Настройки range where the document names none", () => {
    const col = (name: string) => F.catalog("000")[0].indexOf(name);
    const responsible = col("Ответственный");
    const method = col("Метод сбора информации");
    expect(responsible).toBeGreaterThan(0);
    expect(F.catalog("003").find((r) => r[0] === "VAC_PED")?.[responsible]).toBe("МКУ «ЦМТО»");
    expect(JSON.stringify(F.catalog("000"))).not.toMatch(/ЦМТО/);
    expect(JSON.stringify(F.catalog("001"))).not.toMatch(/ЦМТО/);
    expect(F.catalog("001").find((r) => r[0] === "EXPERT")?.[method]).toBe(
      "Выборочный метод, метод измерений, документальный анализ"
    );
    const s = defaultSettings();
    s.official = { ...s.official, responsible: "МБУ «ИМЦ» Н-ского района" };
    const range = settingsSheet(s).cells as any[][];
    expect(F.catalog("000", range).find((r) => r[0] === "EXPERT")?.[responsible]).toBe(
      "МБУ «ИМЦ» Н-ского района"
    );
  });

  test("AGE counts a birthday on the date itself; text dates accepted", () => {
    expect(F.age(serial(1989, 8, 31), serial(2025, 8, 31))).toBe(36);
    expect(F.age("01.09.1989", [[serial(2025, 8, 31)]])).toBe(35);
    expect(() => F.age("31.02.1989", serial(2025, 8, 31))).toThrow(/не дата/);
  });

  test("CLUSTERS spills a count per cluster, total then schools", () => {
    const t = teachersRange(
      [
        { "Код ОО": "ОО-1", "Дата рождения": serial(1995, 1, 1) },
        { "Код ОО": "ОО-2", "Категория работника": "Руководитель" },
        { "Код ОО": "ОО-2" },
      ],
      true
    );
    const out = F.clusters(t, PERIOD);
    expect(out[0]).toEqual(["Кластер", "Итого", "ОО-1", "ОО-2"]);
    const row = (prefix: string) => out.find((r) => String(r[0]).startsWith(prefix));
    expect(row("Молодые педагоги")?.slice(1)).toEqual([1, 1, 0]);
    expect(row("Руководители")?.slice(1)).toEqual([1, 0, 1]);
    expect(() => F.clusters(t)).toThrow(/период/);
  });
});

test("40 formulas over one range parse it once; a changed cell is parsed again", () => {
  const spy = jest.spyOn(teachers, "readTeacherTable");
  const t = teachersRange([diag, {}]);
  const copy = () => t.map((r) => [...r]);
  const first = F.indicatorDetailFn("DIAG", copy(), undefined, PERIOD);
  for (let i = 0; i < 40; i++)
    expect(F.indicatorDetailFn("DIAG", copy(), undefined, PERIOD)).toEqual(first);
  const changed = copy();
  changed[2][TEACHERS_DIAG_COL(changed)] = serial(2025, 1, 1);
  changed[2][changed[0].indexOf("Уровень диагностики")] = "Школьный";
  expect(spy).toHaveBeenCalledTimes(1);
  expect(F.indicatorDetailFn("DIAG", changed, undefined, PERIOD)[0][0]).toBe(2);
  expect(spy).toHaveBeenCalledTimes(2);
  spy.mockRestore();
});

function TEACHERS_DIAG_COL(t: (string | number)[][]): number {
  return t[0].indexOf("Дата диагностики дефицитов");
}
