/**
 * What went wrong, in words a deputy head or a methodologist can act on: a title and what to do.
 * Steps throw PaneError for situations they foresee; anything else (Office.js errors, bugs)
 * is described by its code.
 */
export interface Failure {
  title: string;
  /** What to do about it. */
  hint: string;
}

export class PaneError extends Error {
  constructor(
    message: string,
    readonly hint: string
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
  if (error instanceof PaneError) return { title: error.message, hint: error.hint };
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  const hint = typeof code === "string" ? OFFICE_HINTS[code] : undefined;
  return { title: `Не удалось выполнить: ${message}`, hint: hint ?? DEFAULT_HINT };
}
