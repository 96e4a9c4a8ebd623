/** `План ПК`: the training schedule for the next period, then the count per school. */
import { buildTrainingPlan } from "../plan/plan";
import { OUTPUT_SHEETS } from "../schema";
import { formatDay } from "../time/day";
import type { OutCell, SheetModel } from "../../port/sheet-model";
import { reportContext } from "./context";
import { DATE_FORMAT, HEADER_STYLE, TITLE_STYLE, dayCell, yesNoCell } from "./kit";
import type { ReportInput } from "./types";

export const PLAN_HEADERS = [
  "Код ОО",
  "Наименование ОО",
  "Табельный номер",
  "ФИО",
  "Должность",
  "Категория работника",
  "Дата окончания ПК",
  "Срок следующего ПК",
  "ПК просрочено на конец периода",
  "Выявленные дефициты",
  "Дата диагностики дефицитов",
  "ИОМ разработан",
] as const;
export const PLAN_COUNT_HEADERS = ["Код ОО", "Наименование ОО", "Педагогов в плане ПК"] as const;
const HEADER_ROW = 2;

export function planSheet(input: ReportInput): SheetModel {
  const ctx = reportContext(input);
  const period = input.consolidation.period;
  const headers = PLAN_HEADERS.filter((h) => input.withNames || h !== "ФИО");
  if (!period)
    return {
      name: OUTPUT_SHEETS.trainingPlan,
      cells: [["План повышения квалификации: период свода не определён"]],
    };
  const plan = input.plan ?? buildTrainingPlan(ctx.schools, period, input.settings);
  const rows: OutCell[][] = plan.entries.map((e) => [
    e.schoolCode,
    e.schoolName,
    e.tabNumber,
    ...(input.withNames ? [e.fullName] : []),
    e.position,
    e.workerCategory,
    dayCell(e.lastCourse),
    e.due === null ? "нет сведений о ПК" : dayCell(e.due),
    yesNoCell(e.overdue),
    e.deficits.length ? e.deficits.join("; ") : null,
    dayCell(e.diagnosticsDate),
    yesNoCell(e.iomDeveloped),
  ]);
  const countsAt = HEADER_ROW + Math.max(1, rows.length) + 2;
  const dateCols = headers
    .map((h, i) => (h.startsWith("Дата") || h.startsWith("Срок") ? i : -1))
    .filter((i) => i >= 0);
  return {
    name: OUTPUT_SHEETS.trainingPlan,
    cells: [
      [
        `План повышения квалификации до ${formatDay(plan.nextEnd)} (с учётом результатов диагностики)`,
      ],
      [
        `Срок ПК — дата окончания последнего курса + 3 года; в план входят работники, у которых срок наступает до ${formatDay(plan.nextEnd)}, и не проходившие ПК.`,
      ],
      [...headers],
      ...rows,
      ...(rows.length ? [] : [[]]),
      [],
      [...PLAN_COUNT_HEADERS],
      ...plan.bySchool.map((s) => [s.schoolCode, s.schoolName, s.count]),
    ],
    headerRow: HEADER_ROW,
    columns: headers.map((h, i) =>
      dateCols.includes(i)
        ? { width: 14, numberFormat: DATE_FORMAT }
        : { width: h === "Выявленные дефициты" ? 34 : 16 }
    ),
    freeze: { rows: HEADER_ROW + 1 },
    styles: [
      { range: { row: 0, col: 0, rows: 1, cols: 1 }, style: TITLE_STYLE },
      { range: { row: HEADER_ROW, col: 0, rows: 1, cols: headers.length }, style: HEADER_STYLE },
      {
        range: { row: countsAt, col: 0, rows: 1, cols: PLAN_COUNT_HEADERS.length },
        style: HEADER_STYLE,
      },
    ],
    tables: [
      {
        name: "ПланПК",
        range: {
          row: HEADER_ROW,
          col: 0,
          rows: Math.max(1, rows.length) + 1,
          cols: headers.length,
        },
      },
    ],
    pageSetup: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      repeatRows: { first: HEADER_ROW, last: HEADER_ROW },
    },
  };
}
