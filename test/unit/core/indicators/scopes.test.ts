/** Scopes, schools, excluded rows, bad passport values, counts and school shares. */
import { CATALOG_CODES } from "../../../../src/core/indicators/catalog";
import { defaultSettings } from "../../../../src/core/indicators/defaults";
import { community, d, START, school, worker } from "./fixtures";
import { find, resultsOf } from "./helpers";

const diag = { diagnosticsDate: START, diagnosticsLevel: "ЦНППМ" };

describe("scopes", () => {
  test("every catalog indicator appears for total and every school, total first", () => {
    const { results } = resultsOf([school("ОО-1", [worker()]), school("ОО-2", [])]);
    expect(results).toHaveLength(CATALOG_CODES.length * 3);
    expect(results.slice(0, CATALOG_CODES.length).every((r) => r.scope === "total")).toBe(true);
    expect(new Set(results.map((r) => r.scope))).toEqual(new Set(["total", "ОО-1", "ОО-2"]));
  });

  test("a total share is the summed numerator over the summed denominator, not a mean of shares", () => {
    const a = school("ОО-1", [worker(diag)]);
    const b = school("ОО-2", [worker(diag), worker(), worker()]);
    const { results } = resultsOf([a, b]);
    expect(find(results, "DIAG", "ОО-1").value).toBe(100);
    expect(find(results, "DIAG", "ОО-2").value).toBeCloseTo(100 / 3, 10);
    expect(find(results, "DIAG")).toMatchObject({ numerator: 2, denominator: 4, value: 50 });
  });

  test("a school with no rows has no data for shares of people, never 0", () => {
    const { results } = resultsOf([school("ОО-1", [])]);
    expect(find(results, "DIAG", "ОО-1")).toMatchObject({
      numerator: 0,
      denominator: 0,
      value: null,
      status: "нет данных",
    });
    expect(find(results, "STAFFING", "ОО-1").value).toBe(90);
  });

  test("rows with errors are left out and counted per scope", () => {
    const { results, coverage } = resultsOf([
      school("ОО-1", [worker(diag), worker({ ...diag, hasErrors: true }), worker()]),
    ]);
    expect(find(results, "DIAG")).toMatchObject({ numerator: 1, denominator: 2 });
    expect(coverage).toEqual([
      { scope: "total", workers: 2, excludedRows: 1, schools: 1 },
      { scope: "ОО-1", workers: 2, excludedRows: 1, schools: 1 },
    ]);
  });

  test("a bad passport value leaves out only the indicators that need it", () => {
    const bad = school("ОО-2", [worker(diag)], {
      bad: ["pedVacancies"],
      passport: { pedPositions: 20, pedVacancies: null },
    });
    const { results } = resultsOf([school("ОО-1", [worker()]), bad]);
    expect(find(results, "STAFFING", "ОО-2").value).toBeNull();
    expect(find(results, "VAC_PED", "ОО-2").value).toBeNull();
    expect(find(results, "STAFFING")).toMatchObject({ numerator: 9, denominator: 10, value: 90 });
    expect(find(results, "VAC_PED").value).toBe(1);
    expect(find(results, "VAC_MGR").value).toBe(0);
    expect(find(results, "DIAG")).toMatchObject({ numerator: 1, denominator: 2 });
  });

  test("a school without a period gives no figures for period indicators but keeps the others", () => {
    const noPeriod = school("ОО-1", [worker({ ...diag, expertActivity: true })], {
      passport: { periodStart: null, periodEnd: null },
      bad: ["periodStart", "periodEnd"],
    });
    const { results } = resultsOf([noPeriod]);
    expect(find(results, "DIAG").value).toBeNull();
    expect(find(results, "AGE_U35").value).toBeNull();
    expect(find(results, "EXPERT").value).toBe(100);
  });
});

describe("schools, staffing and counts", () => {
  test("MENTORING_SCHOOLS and MGR_QUALITY: share of schools with the passport flag", () => {
    const { results } = resultsOf([
      school("ОО-1", [], { passport: { mentoringModel: true, mgrQualityTraining: true } }),
      school("ОО-2", [], { passport: { mentoringModel: false, mgrQualityTraining: true } }),
      school("ОО-3", [], { passport: { mentoringModel: null }, bad: ["mentoringModel"] }),
    ]);
    expect(find(results, "MENTORING_SCHOOLS")).toMatchObject({
      numerator: 1,
      denominator: 2,
      value: 50,
    });
    expect(find(results, "MENTORING_SCHOOLS", "ОО-2")).toMatchObject({
      numerator: 0,
      denominator: 1,
      value: 0,
    });
    expect(find(results, "MGR_QUALITY", "ОО-3")).toMatchObject({ numerator: 0, denominator: 1 });
  });

  test("SKILL_SCHOOLS: more than half of PED assessed; exactly half is not enough", () => {
    const assessed = (s: string) => worker({ skillAssessment: s });
    const { results } = resultsOf([
      school("ОО-1", [assessed("Успешно"), assessed("Неуспешно"), assessed("Не проходил")]),
      school("ОО-2", [assessed("Успешно"), assessed("Не проходил")]),
      school("ОО-3", [
        assessed("Успешно"),
        worker({ workerCategory: "Руководитель" }),
        worker({ workerCategory: "Руководитель" }),
      ]),
    ]);
    expect(find(results, "SKILL_SCHOOLS")).toMatchObject({ numerator: 2, denominator: 3 });
  });

  test("STAFFING and vacancies sum over the passports", () => {
    const { results } = resultsOf([
      school("ОО-1", [], { passport: { pedPositions: 10.5, pedVacancies: 2, mgrVacancies: 1 } }),
      school("ОО-2", [], { passport: { pedPositions: 20, pedVacancies: 0, mgrVacancies: 2 } }),
    ]);
    expect(find(results, "STAFFING")).toMatchObject({ numerator: 28.5, denominator: 30.5 });
    expect(find(results, "STAFFING").value).toBeCloseTo((100 * 28.5) / 30.5, 10);
    expect(find(results, "VAC_PED")).toMatchObject({
      numerator: null,
      denominator: null,
      value: 2,
      status: "цель не задана",
      direction: "≤",
    });
    expect(find(results, "VAC_MGR").value).toBe(3);
  });

  test("PART_TIME counts external part-timers without errors", () => {
    const ext = { employment: "Внешнее совместительство" };
    const { results } = resultsOf([
      school("ОО-1", [worker(ext), worker(ext), worker({ ...ext, hasErrors: true }), worker()]),
    ]);
    expect(find(results, "PART_TIME").value).toBe(2);
  });

  test("community counts: distinct folded titles across schools; level and type filters", () => {
    const young = (title: string, extra = {}) => community({ title, ...extra });
    const { results } = resultsOf([
      school("ОО-1", [], {
        communities: [
          young("Школа молодого педагога"),
          young("Старт"),
          community({
            type: "Методическое объединение",
            title: "МО математиков",
            level: "Муниципальный",
          }),
        ],
      }),
      school("ОО-2", [], {
        communities: [
          young("школа  молодого педагога"),
          young("Ёлка"),
          young("Елка"),
          young("Сломано", { hasErrors: true }),
          community({ type: "Сетевое сообщество", title: "Сеть", level: "Региональный" }),
          community({
            type: "Профессиональное сообщество",
            title: "мо математиков",
            level: "Муниципальный",
          }),
        ],
      }),
    ]);
    expect(find(results, "YOUNG_PROJECT_COUNT").value).toBe(3);
    expect(find(results, "YOUNG_PROJECT_COUNT", "ОО-2").value).toBe(2);
    expect(find(results, "COMMUNITY_COUNT").value).toBe(1);
  });
});

describe("targets, status and trend", () => {
  test("status against the default targets and a missing target", () => {
    const { results } = resultsOf([
      school("ОО-1", [
        worker({ diagnosticsDate: START, diagnosticsLevel: "Школьный" }),
        worker(),
        worker(),
      ]),
    ]);
    expect(find(results, "DIAG")).toMatchObject({
      target: 30,
      direction: "≥",
      status: "соответствие",
    });
    expect(find(results, "DIAG_REG")).toMatchObject({ target: 12, status: "несоответствие" });
    expect(find(results, "EXPERT").status).toBe("цель не задана");
  });

  test("trend from options.previous, else the total's previous from settings", () => {
    const settings = defaultSettings();
    settings.targets.set("BURNOUT_HIGH", {
      code: "BURNOUT_HIGH",
      direction: "≤",
      target: 10,
      nextTarget: null,
      previous: 80,
    });
    const rows = [worker({ burnout: "Высокий" }), worker({ burnout: "Низкий" })];
    const { results } = resultsOf([school("ОО-1", rows)], settings, {
      previous: new Map([
        ["BURNOUT_HIGH|ОО-1", 40],
        ["EXPERT|total", 0],
      ]),
    });
    expect(find(results, "BURNOUT_HIGH")).toMatchObject({
      value: 50,
      previous: 80,
      trend: -30,
      trendVerdict: "лучше",
      status: "несоответствие",
    });
    expect(find(results, "BURNOUT_HIGH", "ОО-1")).toMatchObject({
      previous: 40,
      trend: 10,
      trendVerdict: "хуже",
    });
    expect(find(results, "EXPERT")).toMatchObject({ trend: 0, trendVerdict: "без изменений" });
    expect(find(results, "DIAG")).toMatchObject({
      previous: null,
      trend: null,
      trendVerdict: null,
    });
  });
});

describe("custom share definitions", () => {
  test("a methodologist's share is computed beside the catalog, values matched tolerantly", () => {
    const rows = [
      worker({ contestLevel: "Региональный", contestResult: "Участник" }),
      worker({ contestLevel: "Всероссийский", contestResult: "Призёр" }),
      worker({ contestLevel: "Школьный", contestResult: "Участник" }),
      worker(),
    ];
    const { results } = resultsOf([school("ОО-1", rows)], defaultSettings(), {
      custom: [
        {
          code: "CONTEST_HIGH",
          title: "Доля педагогов — участников конкурсов регионального и всероссийского уровня",
          denominator: { population: "PED" },
          numerator: {
            population: "PED",
            where: [
              { op: "in", field: "contestLevel", values: ["региональный", "ВСЕРОССИЙСКИЙ "] },
            ],
          },
        },
      ],
    });
    expect(find(results, "CONTEST_HIGH")).toMatchObject({
      numerator: 2,
      denominator: 4,
      value: 50,
      status: "цель не задана",
    });
    expect(results.filter((r) => r.code === "CONTEST_HIGH")).toHaveLength(2);
  });

  test("free-text fields compare folded; yes/no values given as text", () => {
    const rows = [
      worker({ position: "Учитель", mentor: true }),
      worker({ position: "учитель  ", mentor: false }),
      worker({ position: "педагог-психолог", mentor: true }),
    ];
    const { results } = resultsOf([school("ОО-1", rows)], defaultSettings(), {
      custom: [
        {
          code: "TEACHER_MENTORS",
          title: "t",
          denominator: {
            population: "PED",
            where: [{ op: "eq", field: "position", value: "УЧИТЕЛЬ" }],
          },
          numerator: {
            population: "PED",
            where: [
              { op: "eq", field: "position", value: "учитель" },
              { op: "eq", field: "mentor", value: "да" },
            ],
          },
        },
      ],
    });
    expect(find(results, "TEACHER_MENTORS")).toMatchObject({ numerator: 1, denominator: 2 });
  });
});

test("a worker's boundary day on the first and last day of the period", () => {
  const { results } = resultsOf([
    school("ОО-1", [
      worker({ attestationDate: START, qualificationCategory: "Первая" }),
      worker({ attestationDate: d(2025, 8, 31), qualificationCategory: "Высшая" }),
    ]),
  ]);
  expect(find(results, "ATTEST").value).toBe(100);
});
