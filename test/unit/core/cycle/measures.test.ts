import { measuresSheet } from "../../../../src/core/cycle/measures-sheet";
import { readMeasures } from "../../../../src/core/cycle/measures";
import { proposeMeasures } from "../../../../src/core/cycle/propose";
import type { Grid } from "../../../../src/core/model";
import type { Recommendation } from "../../../../src/core/recommend/types";
import { MEASURES } from "../../../../src/core/schema";
import { measure } from "./fixtures";
import { CATALOG } from "../../../../src/core/indicators/catalog";
import { renderIssue } from "../../../../src/core/validate/message";

const HEADERS = MEASURES.fields.map((f) => f.header);

describe("readMeasures", () => {
  it("finds the header below a title, in any column order, with folded spellings", () => {
    const grid: Grid = [
      ["Меры по итогам мониторинга 2025"],
      [],
      ["  статус ", "КОД ОО", "Мера", "Показатель", "Уровень", "Срок", "Ответственный"],
      ["выполняется", "ОО-1", "Провести семинар", "diag", "оо", "31.05.2026", "Иванова"],
      [null, null, null, null, null, null, null],
      [
        "Запланирована",
        null,
        "Курсы ПК",
        "PK_REG",
        "Муниципальный",
        new Date(Date.UTC(2026, 4, 31)),
        null,
      ],
    ];
    const { measures, issues } = readMeasures(grid, { indicatorCodes: ["DIAG", "PK_REG"] });
    expect(issues).toEqual([]);
    expect(measures).toHaveLength(2);
    expect(measures[0]).toMatchObject({
      row: 4,
      measure: "Провести семинар",
      indicator: "DIAG",
      level: "ОО",
      schoolCode: "ОО-1",
      status: "Выполняется",
      responsible: "Иванова",
    });
    expect(measures[0].due).toBe(measures[1].due);
    expect(measures[1]).toMatchObject({ row: 6, level: "муниципальный", status: "Запланирована" });
  });

  it("keeps questionable rows and warns with the cell", () => {
    const grid: Grid = [
      HEADERS,
      ["Мера 1", "XXX", "районный", null, null, "вчера", "Готово", null],
      [null, "DIAG", "ОО", null, null, null, null, null],
    ];
    const { measures, issues } = readMeasures(grid, { indicatorCodes: ["DIAG"] });
    expect(measures).toHaveLength(2);
    expect(measures[0]).toMatchObject({ indicator: "XXX", level: null, status: null, due: null });
    const codes = issues.map((i) => `${i.code}@${i.row}:${i.column}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        "measures/indicator-unknown@2:Показатель",
        "measures/level-unknown@2:Уровень",
        "measures/due-invalid@2:Срок",
        "measures/status-unknown@2:Статус",
        "measures/measure-empty@3:Мера",
        "measures/school-missing@3:Код ОО",
      ])
    );
    expect(issues.every((i) => i.severity === "warning" && /[а-я]/.test(renderIssue(i)))).toBe(
      true
    );
  });

  it("reports a sheet without the header, but not an empty sheet", () => {
    expect(readMeasures([["что-то"]]).issues[0].code).toBe("measures/header-missing");
    expect(readMeasures([]).issues).toEqual([]);
  });
});

describe("measuresSheet", () => {
  it("creates the table with the schema's headers, dropdowns and the date format", () => {
    const sheet = measuresSheet(undefined, {
      indicatorCodes: ["DIAG"],
      schoolCodes: ["ОО-1", "ОО-2"],
    });
    expect(sheet.name).toBe("Меры");
    expect(sheet.cells[0]).toEqual(HEADERS);
    const lists = (sheet.validations ?? [])
      .filter((v) => v.rule.kind === "list")
      .map((v) => (v.rule as { values: readonly string[] }).values);
    expect(lists).toEqual(
      expect.arrayContaining([
        ["DIAG"],
        ["муниципальный", "ОО"],
        ["ОО-1", "ОО-2"],
        ["Запланирована", "Выполняется", "Выполнена", "Отменена"],
      ])
    );
    const due = HEADERS.indexOf("Срок");
    expect(sheet.columns?.[due]?.numberFormat).toBe("dd.mm.yyyy");
    expect(sheet.tables?.[0]).toMatchObject({
      name: "Меры",
      range: { row: 0, col: 0, rows: 2, cols: HEADERS.length },
    });
  });

  it("keeps an existing sheet's rows verbatim and adds a missing column", () => {
    const existing: Grid = [
      ["Мера", "Статус"],
      ["Семинар", "Выполнена"],
    ];
    const sheet = measuresSheet(existing);
    expect(sheet.cells[1]).toEqual(["Семинар", "Выполнена"]);
    expect(sheet.cells[0].slice(0, 2)).toEqual(["Мера", "Статус"]);
    expect(new Set(sheet.cells[0])).toEqual(new Set(HEADERS));
    const status = sheet.validations?.find(
      (v) => v.rule.kind === "list" && (v.rule.values as readonly string[]).includes("Отменена")
    );
    expect(status?.range.col).toBe(1);
  });
});

describe("proposeMeasures", () => {
  const rec = (
    rule: string,
    addressee: Recommendation["addressee"],
    scope: string,
    indicator: string | null
  ): Recommendation => ({
    rule,
    addressee,
    scope,
    indicator,
    teacher: null,
    text: "…",
  });
  const recs = [
    rec("IND_BELOW_TARGET", "МОУО", "total", "DIAG"),
    rec("IND_BELOW_TARGET", "ЦНППМ", "total", "DIAG"),
    rec("SCHOOL_BELOW_TARGET", "ОО", "ОО-1", "DIAG"),
    rec("SCHOOL_BELOW_TARGET", "ОО", "ОО-2", "IOM"),
    rec("IND_BELOW_TARGET", "МОУО", "total", "IOM"),
    rec("T_PK_OVERDUE", "Педагог", "ОО-1", null),
    rec("DEFICIT_FOCUS", "ЦНППМ", "total", null),
  ];

  it("drafts one planned row per indicator and scope, in the schema's columns", () => {
    const rows = proposeMeasures(recs, [], {
      titles: new Map([["DIAG", "Доля прошедших диагностику"]]),
    });
    expect(rows).toHaveLength(4);
    const col = (h: string) => HEADERS.indexOf(h);
    expect(rows[0][col("Показатель")]).toBe("DIAG");
    expect(rows[0][col("Уровень")]).toBe("муниципальный");
    expect(rows[0][col("Ответственный")]).toBe("МОУО, ЦНППМ");
    expect(rows[0][col("Мера")]).toContain("«Доля прошедших диагностику»");
    expect(rows[1][col("Уровень")]).toBe("ОО");
    expect(rows[1][col("Код ОО")]).toBe("ОО-1");
    expect(rows.every((r) => r[col("Статус")] === "Запланирована")).toBe(true);
  });

  it("skips what an existing, not cancelled measure already covers", () => {
    const existing = [
      measure({ indicator: "DIAG", level: "муниципальный" }),
      measure({ indicator: "DIAG", level: "ОО", schoolCode: "оо-1" }),
      measure({ indicator: "IOM", level: "муниципальный", status: "Отменена" }),
    ];
    const rows = proposeMeasures(recs, existing);
    const pairs = rows.map((r) => `${r[1]}|${r[3] ?? "total"}`);
    expect(pairs).toEqual(["IOM|ОО-2", "IOM|total"]);
  });

  it("lays rows out in an existing sheet's column order", () => {
    const grid: Grid = [["Статус", "Мера", "Показатель", "Код ОО"]];
    const rows = proposeMeasures([recs[2]], [], { grid });
    expect(rows[0][0]).toBe("Запланирована");
    expect(rows[0][2]).toBe("DIAG");
    expect(rows[0][3]).toBe("ОО-1");
  });

  it("names no Latin code and counts the candidates still needed, not «the workers who make the gap»", () => {
    const school = { ...rec("SCHOOL_BELOW_TARGET", "ОО", "ОО-1", "PK_REG"), needed: 1 };
    const many = { ...rec("SCHOOL_BELOW_TARGET", "ОО", "ОО-2", "DIAG"), needed: 3 };
    const total = rec("IND_BELOW_TARGET", "МОУО", "total", "PK_3Y");
    const rows = proposeMeasures([school, many, total], [], { catalog: CATALOG });
    const col = (h: string) => HEADERS.indexOf(h);
    const texts = rows.map((r) => String(r[col("Мера")]));
    for (const t of texts) {
      expect(t).not.toMatch(/[A-Z]{2,}/);
      expect(t).not.toContain("составляющими разрыв");
    }
    expect(texts[0]).toContain(
      "адресная работа с кандидатами из списка рекомендаций для ОО (нужно ещё 1 педагог)"
    );
    expect(texts[1]).toContain("(нужно ещё 3 работника)");
    expect(rows.map((r) => r[col("Показатель")])).toEqual(["PK_REG", "DIAG", "PK_3Y"]);
  });
});
