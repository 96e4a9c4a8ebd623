/**
 * «Эффективность»: this period against the previous one, written to its sheet, and `Динамика`
 * over every earlier period chosen. The previous values come from earlier periods' workbooks
 * (several may be chosen together: grouped by their period, the most recent is the previous
 * one), re-reported by the same engine, or else from `Значение за предыдущий период` of
 * `Настройки`. A workbook of the same or a later period, or another municipality's, is refused.
 */
import {
  earlierPeriods,
  sourcesByPeriod,
  type SourceInput,
  type WorkbookOpener,
} from "../../app/report";
import { writeOutputSheets } from "../../app/write-outputs";
import {
  coverageNotes,
  EarlierPeriodRefused,
  VERDICTS,
  periodLabel,
  type EarlierPeriod,
  type Verdict,
} from "../../core/cycle";
import { TOTAL } from "../../core/indicators";
import { OUTPUT_SHEETS } from "../../core/schema";
import type { Progress, WorkbookPort } from "../../port/workbook-port";
import { PaneError } from "../failure";
import { collectSources } from "./collect";
import {
  municipalBasis,
  refuseSchoolBook,
  rememberEarlier,
  reportOf,
  type MunicipalInput,
} from "./municipal";
import { cancelledError } from "./report";

export interface EffectivenessOutcome {
  previousFrom: "files" | "settings";
  /** Labels of the earlier periods read from files, oldest first («2023/24»). */
  periods: string[];
  /** Municipality indicators with both values known. */
  compared: number;
  better: number;
  worse: number;
  same: number;
  verdicts: Record<Verdict, number>;
  /** False when a person's own sheet named `Эффективность` is in the way. */
  written: boolean;
  /** `Динамика` written (false when a person's own sheet of that name is in the way). */
  dynamics: boolean;
  /** Earlier periods lacking some of the current schools, in Russian (core/cycle coverageNotes). */
  notes: string[];
}

/** The chosen workbooks grouped by period, checked against the current schools, oldest first. */
async function earlierValues(
  files: readonly SourceInput[],
  open: WorkbookOpener,
  progress: Progress,
  basis: Awaited<ReturnType<typeof municipalBasis>>
): Promise<EarlierPeriod[]> {
  const read = await collectSources(files, open, progress);
  if (read.cancelled) throw cancelledError();
  const { settings, custom } = basis.options.people;
  try {
    return earlierPeriods(
      basis.sources.schools,
      sourcesByPeriod(read.schools),
      settings,
      custom,
      basis.options.people.schoolList ?? null
    );
  } catch (e) {
    if (!(e instanceof EarlierPeriodRefused)) throw e;
    throw new PaneError(
      `Книги прошлых периодов не приняты: ${e.message}`,
      "Выберите книги муниципалитета (или книги ОО) более ранних периодов этого же муниципалитета."
    );
  }
}

export async function writeEffectiveness(
  port: WorkbookPort,
  input: MunicipalInput & { previousFiles: readonly SourceInput[] },
  open: WorkbookOpener,
  progress: Progress
): Promise<EffectivenessOutcome> {
  await refuseSchoolBook(port, "Эффективность не оценена");
  const basis = await municipalBasis(port, input);
  const fromFiles = input.previousFiles.length > 0;
  // No files chosen: the earlier periods chosen before for these schools, else `Настройки`.
  const earlier = fromFiles
    ? await earlierValues(input.previousFiles, open, progress, basis)
    : (basis.options.earlier ?? []);
  const report = reportOf(basis, earlier);
  const total = report.effectiveness.indicators.filter(
    (c) => c.scope === TOTAL && c.change !== null
  );
  if (report.effectiveness.indicators.every((c) => c.previous === null)) {
    throw new PaneError(
      "Нет значений прошлого периода: сравнивать не с чем.",
      "Выберите книгу муниципалитета прошлого периода или заполните «Значение за предыдущий период» на листе «Настройки»."
    );
  }
  if (fromFiles) rememberEarlier(input.sources, earlier);
  const sheets = [OUTPUT_SHEETS.effectiveness, OUTPUT_SHEETS.dynamics].map(
    (name) => report.sheets.find((s) => s.model.name === name)!.model
  );
  progress.report(0, 1, `Запись листов «${sheets[0].name}» и «${sheets[1].name}»`);
  const done = await writeOutputSheets(port, sheets);
  const verdicts = Object.fromEntries(
    VERDICTS.map((v) => [v, report.effectiveness.measures.filter((m) => m.verdict === v).length])
  ) as Record<Verdict, number>;
  return {
    previousFrom: earlier.length > 0 ? "files" : "settings",
    periods: earlier.map((e) => periodLabel(e.period)),
    compared: total.length,
    better: total.filter((c) => c.trend === "лучше").length,
    worse: total.filter((c) => c.trend === "хуже").length,
    same: total.filter((c) => c.trend === "без изменений").length,
    verdicts,
    written: done.written.includes(OUTPUT_SHEETS.effectiveness),
    dynamics: done.written.includes(OUTPUT_SHEETS.dynamics),
    notes: coverageNotes(
      report.consolidation.included.map((s) => s.passport.schoolCode ?? s.file),
      earlier
    ),
  };
}
