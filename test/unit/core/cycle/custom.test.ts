import { customIndicatorsBlock, placeBlock } from "../../../../src/core/cycle/custom/block";
import { parseCondition, splitParts } from "../../../../src/core/cycle/custom/parse-condition";
import { readCustomIndicators } from "../../../../src/core/cycle/custom/read";
import { computeIndicators } from "../../../../src/core/indicators/engine";
import { defaultSettings } from "../../../../src/core/indicators/defaults";
import type { Grid } from "../../../../src/core/model";
import { CUSTOM_INDICATORS } from "../../../../src/core/schema";
import { school } from "../fixtures/worker";
import { renderIssue } from "../../../../src/core/validate/message";

const HEADERS = CUSTOM_INDICATORS.fields.map((f) => f.header);

describe("parseCondition", () => {
  it.each([
    [
      "Уровень конкурса = региональный; Всероссийский",
      [{ op: "in", field: "contestLevel", values: ["Региональный", "Всероссийский"] }],
    ],
    ["Дата диагностики дефицитов в периоде", [{ op: "inPeriod", field: "diagnosticsDate" }]],
    ["ИОМ разработан = да", [{ op: "true", field: "iomDeveloped" }]],
    ["Наставник = Нет", [{ op: "false", field: "mentor" }]],
    ["Наставник ≠ Да", [{ op: "not", of: { op: "true", field: "mentor" } }]],
    [
      "Уровень конкурса <> Не участвовал",
      [{ op: "notIn", field: "contestLevel", values: ["Не участвовал"] }],
    ],
    ["Педагогический стаж, лет >= 10,5", [{ op: "ge", field: "pedExperience", value: 10.5 }]],
    [
      "Дата окончания ПК за последние 3 года",
      [{ op: "withinYears", field: "courseDate", years: 3 }],
    ],
    ["Выявленные дефициты заполнено", [{ op: "filled", field: "deficits" }]],
    ["Примечание пусто", [{ op: "empty", field: "note" }]],
    [
      "молодой педагог И Начинающий педагог",
      [
        { op: "named", name: "young" },
        { op: "named", name: "beginner" },
      ],
    ],
    ["НЕ Пенсионный возраст", [{ op: "not", of: { op: "named", name: "pensionAge" } }]],
    [
      "Выявленные дефициты = Цифровые и Наставляемый = Да",
      [
        { op: "in", field: "deficits", values: ["Цифровые"] },
        { op: "true", field: "mentee" },
      ],
    ],
    [
      "Преподаваемый предмет = Русский язык и литература",
      [{ op: "in", field: "subject", values: ["Русский язык и литература"] }],
    ],
  ])("%s", (text, expected) => {
    expect(parseCondition(text)).toEqual({ ok: true, conditions: expected });
  });

  it("splits at «И» only where a new condition starts", () => {
    expect(
      splitParts("Преподаваемый предмет = Русский язык и литература И Наставник = Да")
    ).toEqual(["Преподаваемый предмет = Русский язык и литература", "Наставник = Да"]);
  });

  it.each([
    ["Уровень конкурсса = Региональный", "неизвестный столбец «Уровень конкурсса»"],
    [
      "Уровень конкурса = Городской",
      "«Городской» — нет такого значения в столбце «Уровень конкурса»",
    ],
    ["ИОМ разработан = Возможно", "Да или Нет"],
    ["Уровень конкурса > 3", "только для числового столбца"],
    ["Педагогический стаж, лет > много", "должно быть число"],
    ["Наставник в периоде", "только к дате"],
    ["Дата аттестации = 01.01.2025", "в периоде"],
    ["кто-то хороший", "не понято условие"],
    ["", "условие пустое"],
  ])("rejects %p with a Russian reason", (text, reason) => {
    const parsed = parseCondition(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(reason);
  });
});

describe("parseCondition with repeated «НЕ»", () => {
  it("cancels «НЕ» in pairs, so a condition tree stays shallow", () => {
    expect(parseCondition("НЕ НЕ Пенсионный возраст")).toEqual({
      ok: true,
      conditions: [{ op: "named", name: "pensionAge" }],
    });
    expect(parseCondition("не НЕ не Пенсионный возраст")).toEqual({
      ok: true,
      conditions: [{ op: "not", of: { op: "named", name: "pensionAge" } }],
    });
  });

  it("reads 30,000 «НЕ» in one cell without overflowing the stack", () => {
    const parsed = parseCondition(`${"НЕ ".repeat(30_000)}Молодой педагог`);
    expect(parsed).toEqual({ ok: true, conditions: [{ op: "named", name: "young" }] });
  });
});

describe("readCustomIndicators", () => {
  const grid: Grid = [
    ["Код", "Показатель", null, null, null, ...HEADERS],
    [
      "DIAG",
      "…",
      null,
      null,
      null,
      "CONTEST_REG",
      "Участники конкурсов регионального уровня",
      "Педагогические работники",
      "Уровень конкурса = Региональный; Всероссийский",
      null,
      20,
      "≥",
    ],
    [
      null,
      null,
      null,
      null,
      null,
      "BAD_FIELD",
      "Плохой",
      "Все работники",
      "Уровень конкурсса = Региональный",
      null,
      null,
      null,
    ],
    [
      null,
      null,
      null,
      null,
      null,
      "BAD_POP",
      "Плохой",
      "Ученики",
      "Наставник = Да",
      null,
      null,
      null,
    ],
    [
      null,
      null,
      null,
      null,
      null,
      "DIAG",
      "Занятый код",
      "Все работники",
      "Наставник = Да",
      null,
      null,
      null,
    ],
    [null, null, null, null, null, null, null, null, null, null, null, null],
    [
      null,
      null,
      null,
      null,
      null,
      "mentor_young",
      null,
      "педагоги",
      "Наставляемый = Да",
      "Молодой педагог",
      "много",
      "меньше",
    ],
    [
      null,
      null,
      null,
      null,
      null,
      "BAD_DEN",
      "Плохой знаменатель",
      "Все работники",
      "Наставник = Да",
      "Дата диагностики дефицитов = вчера",
      null,
      null,
    ],
    [
      null,
      null,
      null,
      null,
      null,
      "NO_NUM",
      "Без числителя",
      "Все работники",
      null,
      null,
      null,
      null,
    ],
  ];
  const { definitions, issues } = readCustomIndicators(grid);

  it("parses the good definitions into the engine's shares", () => {
    expect(definitions.map((d) => d.code)).toEqual(["CONTEST_REG", "MENTOR_YOUNG"]);
    expect(definitions[0]).toMatchObject({
      title: "Участники конкурсов регионального уровня",
      target: 20,
      direction: "≥",
      denominator: { population: "PED", where: [] },
      numerator: {
        population: "PED",
        where: [{ op: "in", field: "contestLevel", values: ["Региональный", "Всероссийский"] }],
      },
    });
    expect(definitions[1]).toMatchObject({
      title: "MENTOR_YOUNG",
      direction: "≤",
      target: null,
      denominator: { population: "PED", where: [{ op: "named", name: "young" }] },
      numerator: {
        where: [
          { op: "named", name: "young" },
          { op: "true", field: "mentee" },
        ],
      },
    });
  });

  it("names the cell of every bad definition in Russian", () => {
    const errors = issues
      .filter((i) => i.severity === "error")
      .map((i) => [i.code, i.row, i.column, renderIssue(i)]);
    expect(errors).toEqual([
      ["custom/numerator-invalid", 3, "Числитель: условие", expect.stringContaining("ячейка I3")],
      ["custom/population-invalid", 4, "Совокупность", expect.stringContaining("ячейка H4")],
      [
        "custom/code-taken",
        5,
        "Код пользовательского показателя",
        expect.stringContaining("ячейка F5"),
      ],
      [
        "custom/denominator-invalid",
        8,
        "Знаменатель: условие",
        expect.stringContaining("ячейка J8"),
      ],
      [
        "custom/numerator-invalid",
        9,
        "Числитель: условие",
        expect.stringContaining("не указано условие числителя"),
      ],
    ]);
    expect(renderIssue(issues.find((i) => i.row === 3)!)).toContain("Уровень конкурсса");
    expect(
      issues
        .filter((i) => i.severity === "warning")
        .map((i) => i.code)
        .sort()
    ).toEqual(["custom/target-invalid", "custom/title-missing"]);
  });

  it("lets the engine compute the good ones beside the catalog", () => {
    const schools = [
      school("ОО-1", [{ contestLevel: "Региональный" }, { contestLevel: "Всероссийский" }, {}, {}]),
      school("ОО-2", [{ contestLevel: "Муниципальный" }, {}]),
    ];
    const out = computeIndicators(schools, defaultSettings(), { custom: definitions });
    const total = out.results.find((r) => r.code === "CONTEST_REG" && r.scope === "total");
    expect(total).toMatchObject({
      numerator: 2,
      denominator: 6,
      status: "соответствие",
      target: 20,
    });
    expect(total?.value).toBeCloseTo(33.333, 2);
    expect(out.results.find((r) => r.code === "DIAG" && r.scope === "total")?.denominator).toBe(6);
    expect(out.results.some((r) => r.code === "BAD_FIELD")).toBe(false);
  });

  it("returns nothing and says nothing when the sheet has no block", () => {
    expect(readCustomIndicators([["Код"], ["DIAG"]])).toEqual({ definitions: [], issues: [] });
  });
});

describe("customIndicatorsBlock", () => {
  it("reads back its own example as a valid definition, wherever it is placed", () => {
    const block = placeBlock(customIndicatorsBlock(), 0, 9);
    const grid: Grid = block.cells.map((row) =>
      row.map((c) => (c instanceof Object && !(c instanceof Date) ? null : c))
    );
    const { definitions, issues } = readCustomIndicators(grid);
    expect(issues).toEqual([]);
    expect(definitions).toHaveLength(1);
    expect(block.headerRow).toBe(2);
    expect(block.cells[2][9]).toBe(HEADERS[0]);
    expect(block.validations.every((v) => v.range.col >= 9)).toBe(true);
    expect(block.tables[0].range).toMatchObject({ row: 2, col: 9, cols: HEADERS.length });
  });
});
