/**
 * «Эффективность»: this period against the previous one, written to its sheet. The previous
 * values come from last period's workbook(s), re-reported by the same engine, or else from
 * `Значение за предыдущий период` of `Настройки`.
 */
import { previousPeriod, type SourceInput, type WorkbookOpener } from "../../app/report";
import { writeOutputSheets } from "../../app/write-outputs";
import { VERDICTS, type Verdict } from "../../core/cycle";
import { TOTAL } from "../../core/indicators";
import { OUTPUT_SHEETS } from "../../core/schema";
import type { Progress, WorkbookPort } from "../../port/workbook-port";
import { PaneError } from "../failure";
import { collectSources } from "./collect";
import { municipalBasis, reportOf, type MunicipalInput } from "./municipal";
import { cancelledError } from "./report";

export interface EffectivenessOutcome {
  previousFrom: "files" | "settings";
  /** Municipality indicators with both values known. */
  compared: number;
  better: number;
  worse: number;
  same: number;
  verdicts: Record<Verdict, number>;
  /** False when a person's own sheet named `Эффективность` is in the way. */
  written: boolean;
}

async function previousValues(
  files: readonly SourceInput[],
  open: WorkbookOpener,
  progress: Progress,
  basis: Awaited<ReturnType<typeof municipalBasis>>
): Promise<Map<string, number>> {
  const read = await collectSources(files, open, progress);
  if (read.cancelled) throw cancelledError();
  const prev = previousPeriod(
    read.schools,
    basis.options.people.settings,
    basis.options.people.custom
  );
  if (prev.schools === 0) {
    throw new PaneError(
      "В книгах прошлого периода нет ни одной ОО с корректным паспортом.",
      "Выберите книгу муниципалитета прошлого периода или книги ОО прошлого периода."
    );
  }
  return prev.values;
}

export async function writeEffectiveness(
  port: WorkbookPort,
  input: MunicipalInput & { previousFiles: readonly SourceInput[] },
  open: WorkbookOpener,
  progress: Progress
): Promise<EffectivenessOutcome> {
  const basis = await municipalBasis(port, input);
  const fromFiles = input.previousFiles.length > 0;
  const previous = fromFiles
    ? await previousValues(input.previousFiles, open, progress, basis)
    : undefined;
  const report = reportOf(basis, previous);
  const total = report.effectiveness.indicators.filter(
    (c) => c.scope === TOTAL && c.change !== null
  );
  if (report.effectiveness.indicators.every((c) => c.previous === null)) {
    throw new PaneError(
      "Нет значений прошлого периода: сравнивать не с чем.",
      "Выберите книгу муниципалитета прошлого периода или заполните «Значение за предыдущий период» на листе «Настройки»."
    );
  }
  const sheet = report.sheets.find((s) => s.model.name === OUTPUT_SHEETS.effectiveness)!.model;
  progress.report(0, 1, `Запись листа «${sheet.name}»`);
  const done = await writeOutputSheets(port, [sheet]);
  const verdicts = Object.fromEntries(
    VERDICTS.map((v) => [v, report.effectiveness.measures.filter((m) => m.verdict === v).length])
  ) as Record<Verdict, number>;
  return {
    previousFrom: fromFiles ? "files" : "settings",
    compared: total.length,
    better: total.filter((c) => c.trend === "лучше").length,
    worse: total.filter((c) => c.trend === "хуже").length,
    same: total.filter((c) => c.trend === "без изменений").length,
    verdicts,
    written: done.written.length > 0,
  };
}
