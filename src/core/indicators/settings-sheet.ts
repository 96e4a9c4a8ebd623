/**
 * `Настройки` as a SheetModel: the targets table `Цели` (one row per catalog
 * code), and beside it the parameters block, under it the «Реквизиты документов»
 * block (Settings.official), and the pension ages block. The reader (settings.ts)
 * finds each block by its headers, so people may move them.
 */
import {
  OFFICIAL_DETAILS,
  PARAMETER_BOUNDS,
  PARAMETERS,
  PENSION_AGE_BOUNDS,
  PENSION_AGES,
  TARGETS,
} from "../schema/municipality";
import { DIRECTION } from "../schema/values";
import { LIMITS, truncate } from "../text/validation-limits";
import type { CellStyle, OutCell, SheetModel, ValidationModel } from "../../port/sheet-model";
import { CATALOG } from "./catalog";
import { dateFromDay } from "../time/day";
import type { OfficialDetails, Settings, Target } from "./types";

const TITLE = "Настройки: цели показателей и параметры расчёта";
const NOTE =
  "Цели можно менять: пустая ячейка — «цель не задана». Отчёт этот лист не перезаписывает.";
const HEADER_ROW = 2;
const PARAM_COL = TARGETS.fields.length + 1; // one empty column after the table
const PENSION_COL = PARAM_COL + 3;
/** The «Реквизиты документов» block: under the parameters, one empty row between. */
const OFFICIAL_ROW = HEADER_ROW + 4;
const DATE_FORMAT = "dd.mm.yyyy";
const HEADER_STYLE: CellStyle = {
  bold: true,
  fill: "#DDEBF7",
  wrap: true,
  vAlign: "center",
  border: true,
};
const TARGET_FORMAT = "0.0";

function put(cells: OutCell[][], row: number, col: number, value: OutCell): void {
  while (cells.length <= row) cells.push([]);
  const line = cells[row];
  while (line.length < col) line.push(null);
  line[col] = value;
}

/** Catalog codes first, in catalog order, then any other code the settings carry. */
function targetRows(settings: Settings): Target[] {
  const rows: Target[] = [];
  for (const e of CATALOG) {
    rows.push(
      settings.targets.get(e.code) ?? {
        code: e.code,
        direction: e.direction,
        target: e.target,
        nextTarget: e.nextTarget,
        previous: null,
      }
    );
  }
  for (const [code, t] of settings.targets) if (!CATALOG.some((e) => e.code === code)) rows.push(t);
  return rows;
}

export function settingsSheet(settings: Settings): SheetModel {
  const cells: OutCell[][] = [[TITLE], [NOTE]];
  const titles = new Map(CATALOG.map((e) => [e.code, e.title]));
  TARGETS.fields.forEach((f, c) => put(cells, HEADER_ROW, c, f.header));
  const rows = targetRows(settings);
  rows.forEach((t, i) => {
    const r = HEADER_ROW + 1 + i;
    [t.code, titles.get(t.code) ?? "", t.direction, t.target, t.nextTarget, t.previous].forEach(
      (v, c) => put(cells, r, c, v)
    );
  });
  put(cells, HEADER_ROW, PARAM_COL, PARAMETERS.labelHeader);
  put(cells, HEADER_ROW, PARAM_COL + 1, PARAMETERS.valueHeader);
  put(cells, HEADER_ROW + 1, PARAM_COL, PARAMETERS.youngAgeLimit);
  put(cells, HEADER_ROW + 1, PARAM_COL + 1, settings.youngAgeLimit);
  put(cells, HEADER_ROW + 2, PARAM_COL, PARAMETERS.beginnerExperience);
  put(cells, HEADER_ROW + 2, PARAM_COL + 1, settings.beginnerExperience);
  officialBlockRows(settings.official).forEach((line, i) =>
    line.forEach((v, c) => put(cells, OFFICIAL_ROW + i, PARAM_COL + c, v))
  );
  [PENSION_AGES.fromYearHeader, PENSION_AGES.maleHeader, PENSION_AGES.femaleHeader].forEach(
    (h, c) => put(cells, HEADER_ROW, PENSION_COL + c, h)
  );
  settings.pensionAges.forEach((p, i) => {
    [p.fromYear, p.male, p.female].forEach((v, c) =>
      put(cells, HEADER_ROW + 1 + i, PENSION_COL + c, v)
    );
  });
  const width = PENSION_COL + 3;
  for (const line of cells) while (line.length < width) line.push(null);

  const n = rows.length;
  const columns = [
    ...TARGETS.fields.map((f) => ({
      width: f.width,
      numberFormat: f.type === "number" ? TARGET_FORMAT : undefined,
    })),
    { width: 3 },
    { width: 44 },
    { width: 36 },
    { width: 3 },
    { width: 30 },
    { width: 10 },
    { width: 10 },
  ];
  return {
    name: TARGETS.name,
    cells,
    headerRow: HEADER_ROW,
    columns,
    freeze: { rows: HEADER_ROW + 1 },
    styles: [
      { range: { row: 0, col: 0, rows: 1, cols: 1 }, style: { bold: true, fontSize: 14 } },
      { range: { row: 1, col: 0, rows: 1, cols: 1 }, style: { italic: true } },
      {
        range: { row: HEADER_ROW, col: 0, rows: 1, cols: TARGETS.fields.length },
        style: HEADER_STYLE,
      },
      { range: { row: HEADER_ROW, col: PARAM_COL, rows: 1, cols: 2 }, style: HEADER_STYLE },
      { range: { row: HEADER_ROW, col: PENSION_COL, rows: 1, cols: 3 }, style: HEADER_STYLE },
      { range: { row: HEADER_ROW + 1, col: 1, rows: n, cols: 1 }, style: { wrap: true } },
      { range: { row: HEADER_ROW + 1, col: PARAM_COL, rows: 2, cols: 1 }, style: { wrap: true } },
      { range: { row: OFFICIAL_ROW, col: PARAM_COL, rows: 1, cols: 2 }, style: HEADER_STYLE },
      {
        range: {
          row: OFFICIAL_ROW + 1,
          col: PARAM_COL,
          rows: OFFICIAL_DETAILS.rows.length,
          cols: 2,
        },
        style: { wrap: true, vAlign: "top" },
      },
      ...OFFICIAL_DETAILS.rows
        .map((f, i) => ({ f, i }))
        .filter(({ f }) => f.type === "date")
        .map(({ i }) => ({
          range: { row: OFFICIAL_ROW + 1 + i, col: PARAM_COL + 1, rows: 1, cols: 1 },
          style: { numberFormat: DATE_FORMAT, wrap: true, vAlign: "top" as const },
        })),
    ],
    tables: [
      {
        name: TARGETS.tableName ?? "Цели",
        range: { row: HEADER_ROW, col: 0, rows: n + 1, cols: TARGETS.fields.length },
        style: "TableStyleLight9",
      },
    ],
    validations: [...validations(n, settings.pensionAges.length), ...officialValidations()],
  };
}

/**
 * The «Реквизиты документов» block as rows of [label, value], header first: what the
 * template writes beside the targets, and what the report appends to a person's
 * `Настройки` made before the block existed (app/report/people.ts).
 */
export function officialBlockRows(official: OfficialDetails): OutCell[][] {
  return [
    [OFFICIAL_DETAILS.labelHeader, OFFICIAL_DETAILS.valueHeader],
    ...OFFICIAL_DETAILS.rows.map((f): OutCell[] => {
      const v = official[f.key];
      return [f.label, typeof v === "number" ? dateFromDay(v) : v === "" ? null : v];
    }),
  ];
}

function officialValidations(): ValidationModel[] {
  const at = (key: string) =>
    OFFICIAL_ROW + 1 + OFFICIAL_DETAILS.rows.findIndex((f) => f.key === key);
  const cell = (key: string) => ({ row: at(key), col: PARAM_COL + 1, rows: 1, cols: 1 });
  const dateError = {
    title: "Нужна дата",
    message: "Введите дату в виде ДД.ММ.ГГГГ, например 15.10.2025.",
  };
  return [
    {
      range: cell("noteDate"),
      rule: { kind: "date" },
      allowBlank: true,
      prompt: { title: "Дата справки", message: "Пусто — дата формирования отчёта." },
      error: dateError,
    },
    {
      range: cell("replyBy"),
      rule: { kind: "date" },
      allowBlank: true,
      prompt: { title: "Срок ответа ОО", message: "До какой даты ОО отвечают на обратную связь." },
      error: dateError,
    },
    {
      range: cell("responsible"),
      rule: { kind: "textLength", max: 255 },
      allowBlank: true,
      prompt: {
        title: "Ответственный",
        message:
          "Пишется в «Паспорта показателей», где документ профиля не называет ответственного.",
      },
    },
  ];
}

function validations(n: number, pensionRows: number): ValidationModel[] {
  const field = (key: string) => TARGETS.fields.findIndex((f) => f.key === key);
  const prompt = (key: string) => {
    const f = TARGETS.fields[field(key)];
    return {
      title: truncate(f.header, LIMITS.promptTitle),
      message: truncate(f.help, LIMITS.prompt),
    };
  };
  const data = (col: number, rows = n) => ({ row: HEADER_ROW + 1, col, rows, cols: 1 });
  const numberError = {
    title: "Нужно число",
    message: "Введите число; дробную часть — через запятую, например 12,5.",
  };
  const out: ValidationModel[] = [
    {
      range: data(field("direction")),
      rule: { kind: "list", values: DIRECTION },
      allowBlank: true,
      prompt: prompt("direction"),
      error: {
        title: "Направление",
        message: "Выберите ≥, ≤ или — (нейтральный показатель) из списка.",
      },
    },
  ];
  for (const key of ["target", "nextTarget", "previous"]) {
    out.push({
      range: data(field(key)),
      rule: { kind: "decimal" },
      allowBlank: true,
      prompt: prompt(key),
      error: numberError,
    });
  }
  const young = PARAMETER_BOUNDS.youngAgeLimit;
  const beginner = PARAMETER_BOUNDS.beginnerExperience;
  out.push(
    {
      range: data(PARAM_COL + 1, 1),
      rule: { kind: "whole", ...young },
      allowBlank: false,
      prompt: {
        title: "Возраст молодого педагога",
        message: "Полных лет на конец периода, включительно (по умолчанию 35).",
      },
      error: { title: "Возраст", message: `Целое число от ${young.min} до ${young.max}.` },
    },
    {
      range: { row: HEADER_ROW + 2, col: PARAM_COL + 1, rows: 1, cols: 1 },
      rule: { kind: "decimal", ...beginner },
      allowBlank: false,
      prompt: {
        title: "Стаж начинающего",
        message: "Педагог со стажем меньше этого числа лет — начинающий (по умолчанию 3).",
      },
      error: { title: "Стаж", message: `Число от ${beginner.min} до ${beginner.max}.` },
    }
  );
  // The pension block: the year column and the two age columns, each with the reader's bounds.
  const { fromYear, age } = PENSION_AGE_BOUNDS;
  [fromYear, age, age].forEach((bounds, c) =>
    out.push({
      range: { row: HEADER_ROW + 1, col: PENSION_COL + c, rows: pensionRows + 4, cols: 1 },
      rule: { kind: "whole", ...bounds },
      allowBlank: true,
      prompt: {
        title: "Пенсионный возраст",
        message:
          "Год окончания периода, с которого действует строка, и возраст мужчин и женщин (полных лет).",
      },
      error: {
        title: "Пенсионный возраст",
        message: `Введите целое число от ${bounds.min} до ${bounds.max}.`,
      },
    })
  );
  return out;
}
