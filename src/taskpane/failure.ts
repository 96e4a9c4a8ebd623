import type { PartId } from "./state/steps";

/**
 * What went wrong, in words a deputy head or a methodologist can act on: a title and what to do.
 * Steps throw PaneError for situations they foresee; anything else (Office.js errors, bugs)
 * is described by its code.
 */
export interface Failure {
  title: string;
  /** What to do about it. */
  hint: string;
  /** The step that fixes it, offered as a button. */
  next?: PartId;
}

export class PaneError extends Error {
  constructor(
    message: string,
    readonly hint: string,
    /** The step that fixes it: the pane offers it as a button. */
    readonly next?: PartId
  ) {
    super(message);
  }
}

/** Office.js error codes people meet, with what helps. */
const OFFICE_HINTS: Record<string, string> = {
  InvalidOperationInCellEditMode: "Закончите ввод в ячейке (Enter или Esc) и повторите.",
  ItemNotFound: "Лист, с которым работала надстройка, удалён или переименован. Повторите шаг.",
  AccessDenied: "Книга защищена или открыта только для чтения. Снимите защиту и повторите.",
  RequestPayloadSizeLimitExceeded: "Данных слишком много для одного запроса. Повторите шаг.",
  GeneralException: "Excel не выполнил запрос. Сохраните книгу и повторите шаг.",
};

const DEFAULT_HINT =
  "Проверьте книгу и повторите. Если ошибка повторяется, сохраните книгу и перезапустите надстройку.";

export function describeError(error: unknown): Failure {
  if (error instanceof PaneError) {
    const failure: Failure = { title: error.message, hint: error.hint };
    return error.next ? { ...failure, next: error.next } : failure;
  }
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  const hint = typeof code === "string" ? OFFICE_HINTS[code] : undefined;
  return { title: `Не удалось выполнить: ${message}`, hint: hint ?? DEFAULT_HINT };
}
