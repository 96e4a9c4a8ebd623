/**
 * One undo group per step of the pane, where Excel offers it. ExcelApi 1.20 added
 * `Excel.run({ mergeUndoGroup: true }, batch)`: everything that one `Excel.run` does becomes one
 * action of Excel's undo stack; an API without undo support in the group fails the batch with
 * `UndoNotSupported` (Microsoft Learn, «Undo capabilities in Excel add-ins»). The adapter runs
 * each port operation in its own `Excel.run`, so a step is grouped by running the whole step in
 * one grouped `Excel.run` and handing its context to every operation inside it. Where the host
 * lacks ExcelApi 1.20 a step runs as before and the pane says it cannot be undone as one
 * action; a step refused with `UndoNotSupported` is run again ungrouped (the steps grouped are
 * idempotent: sheets replaced, drafts and marks deduplicated) and says so too.
 * See docs/decisions/officejs.md, «Undo».
 */
import { errorCode, type ExcelRun, type FeatureCheck } from "./excel-run";

/** How the last grouped step reached Excel's undo stack. */
type UndoState = "grouped" | "split" | "unsupported";

export class UndoGroups {
  private context: Excel.RequestContext | null = null;
  /** What became of the last step run through `step`; null before the first. */
  last: UndoState | null = null;

  constructor(
    private readonly plain: ExcelRun,
    /** `Excel.run` with `{ mergeUndoGroup: true }`. */
    private readonly grouped: ExcelRun,
    private readonly isSetSupported: FeatureCheck
  ) {}

  /** The run the adapter uses: inside a step, that step's grouped context. */
  readonly run: ExcelRun = (batch) =>
    this.context !== null ? batch(this.context) : this.plain(batch);

  /** What a step run now will most likely become, said before it runs («split» shows only after). */
  ahead(): Exclude<UndoState, "split"> {
    return this.isSetSupported("ExcelApi", "1.20") ? "grouped" : "unsupported";
  }

  /** Runs a step as one undo group where the host can. */
  async step<T>(work: () => Promise<T>): Promise<T> {
    if (this.context !== null) return work();
    if (!this.isSetSupported("ExcelApi", "1.20")) {
      const value = await work();
      this.last = "unsupported";
      return value;
    }
    try {
      const value = await this.grouped(async (context) => {
        this.context = context;
        try {
          return await work();
        } finally {
          this.context = null;
        }
      });
      this.last = "grouped";
      return value;
    } catch (error) {
      if (errorCode(error) !== "UndoNotSupported") throw error;
      const value = await work();
      this.last = "split";
      return value;
    }
  }
}

export const groupedExcelRun: ExcelRun = (batch) => Excel.run({ mergeUndoGroup: true }, batch);

/**
 * Where the earlier state of a workbook is, when «Отменить» cannot bring it back. Not «закройте
 * без сохранения»: with AutoSave (OneDrive, SharePoint) the changes are saved already.
 */
const EARLIER_BOOK =
  "Прежнюю книгу вернут её копия или журнал версий (Файл → Сведения → Журнал версий, для книги в OneDrive или SharePoint).";

/** What the person can do about the step just done, in Russian. */
export function undoNote(state: UndoState | null): string | null {
  if (state === "grouped")
    return "Отменить весь шаг можно одним действием: «Отменить» (Ctrl+Z) в Excel.";
  if (state === "split")
    return `Excel не смог записать этот шаг одним действием отмены: «Отменить» (Ctrl+Z) его целиком не вернёт. ${EARLIER_BOOK}`;
  if (state === "unsupported")
    return `Эта версия Excel не отменяет изменения надстроек (нужен набор ExcelApi 1.20): «Отменить» (Ctrl+Z) их не вернёт. ${EARLIER_BOOK}`;
  return null;
}

/** Before a step that rewrites sheets: whether it can be undone here, and what to do if not. */
export function undoAheadNote(state: Exclude<UndoState, "split">): string {
  if (state === "grouped")
    return "Шаг можно будет отменить одним действием: «Отменить» (Ctrl+Z) в Excel.";
  return "Эта версия Excel не отменяет изменения надстроек: «Отменить» (Ctrl+Z) шаг не вернёт. Если прежняя книга может понадобиться, сначала сохраните её копию (Файл → Сохранить копию или Сохранить как).";
}
