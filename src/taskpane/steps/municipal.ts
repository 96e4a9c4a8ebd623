/**
 * What every municipality step starts from: the schools (the files collected in this pane, or
 * else the open municipality workbook's own consolidated data), the people's sheets of the open
 * workbook (`Настройки`, `Меры`, `Правила рекомендаций`) and the chosen profile. The report
 * itself is the application step's (`src/app/report/municipal.ts`), as in the command line.
 */
import { readWorkbook } from "../../app/read-workbook";
import {
  municipalReport,
  readPeopleSheets,
  type MunicipalOptions,
  type MunicipalSources,
  type OpenedSources,
  type Report,
} from "../../app/report";
import type { EarlierPeriod } from "../../core/cycle";
import { profileOrFull } from "../../core/indicators";
import type { WorkbookPort } from "../../port/workbook-port";
import { isSchoolBook } from "../../app/report/school-book";
import { PaneError } from "../failure";
import { earlierHolder } from "../state/earlier";

export interface MunicipalInput {
  /** Files collected in the pane; null: use the open workbook's consolidated data. */
  sources: OpenedSources | null;
  profileId: string;
}

export interface MunicipalBasis {
  origin: "files" | "workbook";
  sources: MunicipalSources;
  options: MunicipalOptions;
}

/**
 * The earlier periods the «Эффективность» step read, for the schools they were checked
 * against: every later step on the same schools (report, справка, measures, feedback) uses
 * them, as `pedmonitor report --previous …` does, so that rewriting «Сводка» keeps the
 * dynamics. Choosing other school files forgets them (they were checked against the old ones).
 * They are kept in the pane's state (src/taskpane/state: in the workbook's settings when they
 * belong to the workbook's own data).
 */
export function rememberEarlier(
  sources: OpenedSources | null,
  earlier: readonly EarlierPeriod[]
): void {
  earlierHolder().rememberEarlier(sources, earlier);
}

/** The earlier periods remembered for these schools; none for others. */
export function rememberedEarlier(sources: OpenedSources | null): readonly EarlierPeriod[] {
  return earlierHolder().rememberedEarlier(sources);
}

export async function municipalBasis(
  port: WorkbookPort,
  input: MunicipalInput
): Promise<MunicipalBasis> {
  const people = await readPeopleSheets(port);
  const options: MunicipalOptions = {
    profile: profileOrFull(input.profileId),
    people,
    earlier: rememberedEarlier(input.sources),
  };
  if (input.sources !== null && input.sources.schools.length > 0) {
    return { origin: "files", sources: input.sources, options };
  }
  const read = await readWorkbook(port);
  if (!read.municipality || read.schools.length === 0) {
    throw new PaneError(
      "Нет данных для свода: файлы ОО не собраны, а открытая книга — не книга муниципалитета с данными.",
      "Откройте шаг «Файлы ОО» и выберите книги ОО (.xlsx), затем повторите.",
      "collect"
    );
  }
  return { origin: "workbook", sources: { schools: read.schools, issues: [] }, options };
}

/** The whole report from the basis: pure computation, nothing written. */
export function reportOf(basis: MunicipalBasis, earlier?: readonly EarlierPeriod[]): Report {
  return municipalReport(basis.sources, {
    ...basis.options,
    earlier: earlier ?? basis.options.earlier,
  });
}

/**
 * Steps that write the municipality's sheets (`Меры`, `Эффективность`) refuse a school's own
 * workbook, as «Рассчитать» does (steps/report.ts SCHOOL_BOOK_REFUSAL): nothing is read or written.
 */
export async function refuseSchoolBook(port: WorkbookPort, what: string): Promise<void> {
  if (!isSchoolBook(await port.sheetNames())) return;
  throw new PaneError(
    `${what}: открыта книга ОО, а не книга муниципалитета. Книга не изменена.`,
    "Листы муниципалитета в книгу школы не пишутся. Откройте книгу муниципалитета (или создайте новую: Файл → Создать → Пустая книга, затем «Муниципалитет» → «Шаблон») и повторите."
  );
}
