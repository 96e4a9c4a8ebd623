/**
 * A question a step asks before it changes the workbook in a way the person may not expect
 * (fewer schools or rows than the workbook holds, marks removed). The screen shows it with two
 * buttons and resolves the step's promise with the answer; nothing is written before «да».
 */
export interface Question {
  title: string;
  /** What exactly would change, one fact a line. */
  lines: string[];
  /** The button that goes ahead («Записать»). */
  yes: string;
  /** The button that leaves everything as it is («Нет»). */
  no: string;
}

export type Confirm = (question: Question) => Promise<boolean>;

/** For callers with no one to ask (the ribbon, tests): always go ahead. */
export const ALWAYS_YES: Confirm = () => Promise.resolve(true);

/** The first answer, given again to every later question: a step run twice asks once. */
export function answerOnce(confirm: Confirm): Confirm {
  let first: Promise<boolean> | null = null;
  return (question) => (first ??= confirm(question));
}
