/**
 * «Показатели» for a school: the school's own indicators against its targets, computed by the
 * core engine from the open workbook's sheets (read through the port). Targets come from the
 * workbook's `Настройки` when it has one, else from the defaults.
 */
import { readWorkbook } from "../../app/read-workbook";
import { readSettingsSheet } from "../../app/report";
import {
  catalogEntry,
  computeIndicators,
  defaultSettings,
  entriesWith,
  profileOrFull,
  schoolScope,
  type Status,
} from "../../core/indicators";
import type { Direction } from "../../core/schema/values";
import type { WorkbookPort } from "../../port/workbook-port";
import { countOf, NOUN } from "../../core/text/plural";
import { PaneError } from "../failure";

export interface IndicatorRow {
  code: string;
  title: string;
  unit: string;
  value: number | null;
  target: number | null;
  direction: Direction;
  status: Status;
}

export interface SchoolIndicators {
  schoolCode: string;
  schoolName: string | null;
  /** Rows of `Педагоги` read; those with errors do not count. */
  workers: number;
  excludedRows: number;
  /** True when the targets came from the workbook's `Настройки`. */
  ownSettings: boolean;
  rows: IndicatorRow[];
}

export async function schoolIndicators(
  port: WorkbookPort,
  profileId: string
): Promise<SchoolIndicators> {
  const read = await readWorkbook(port);
  if (read.municipality) {
    throw new PaneError(
      "Это книга муниципалитета, а не книга ОО.",
      "Показатели муниципалитета считает шаг «Сводка и рекомендации» (режим «Муниципалитет»).",
      "report"
    );
  }
  const school = read.schools[0];
  if (school.workers.length === 0) {
    throw new PaneError(
      "В книге нет заполненных строк на листе «Педагоги».",
      "Создайте шаблон (шаг «Шаблон»), заполните паспорт ОО и лист «Педагоги», затем повторите.",
      "template-school"
    );
  }
  const own = await readSettingsSheet(port);
  const settings = own?.settings ?? defaultSettings();
  const custom = own?.custom ?? [];
  const { results, coverage } = computeIndicators([school], settings, { custom });
  const scope = schoolScope(school);
  const entries = new Map(entriesWith(custom).map((e) => [e.code, e]));
  const mine = new Map(results.filter((r) => r.scope === scope).map((r) => [r.code, r]));
  const codes = [...profileOrFull(profileId).codes, ...custom.map((d) => d.code)];
  const rows = [...new Set(codes)].flatMap((code): IndicatorRow[] => {
    const r = mine.get(code);
    const entry = entries.get(code) ?? catalogEntry(code);
    if (!r) return [];
    const title = entry?.title ?? code;
    const unit = entry?.unit ?? "";
    return [
      {
        code,
        title,
        unit,
        value: r.value,
        target: r.target,
        direction: r.direction,
        status: r.status,
      },
    ];
  });
  return {
    schoolCode: scope,
    schoolName: school.passport.schoolName,
    workers: school.workers.length,
    excludedRows: coverage.find((c) => c.scope === scope)?.excludedRows ?? 0,
    ownSettings: own !== null,
    rows,
  };
}

/** The indicators in one line: how many meet their target, fall short, lack data or a target. */
export function indicatorSummary(rows: readonly Pick<IndicatorRow, "status">[]): string {
  const count = (status: Status) => rows.filter((r) => r.status === status).length;
  const parts = [
    `достигают цели — ${count("соответствие")}`,
    `не достигают — ${count("несоответствие")}`,
  ];
  const noData = count("нет данных");
  const noTarget = count("цель не задана");
  if (noData > 0) parts.push(`нет данных — ${noData}`);
  if (noTarget > 0) parts.push(`цель не задана — ${noTarget} (в конце списка)`);
  return `${countOf(rows.length, NOUN.indicator)}: ${parts.join(", ")}.`;
}
