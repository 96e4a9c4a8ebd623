/**
 * What a person sees when the program itself fails (a bug, not a bad file):
 * one short Russian line asking to report it, never a stack trace. With
 * PEDMONITOR_DEBUG=1 the stack follows, for the developer reproducing it.
 */
export const DEBUG_ENV = "PEDMONITOR_DEBUG";
const MAX_DETAIL = 300;

export function debugEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[DEBUG_ENV] === "1";
}

export function internalErrorText(e: unknown, debug = debugEnabled()): string {
  const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const firstLine = message.split("\n", 1)[0];
  const detail = firstLine.length > MAX_DETAIL ? `${firstLine.slice(0, MAX_DETAIL)}…` : firstLine;
  const text =
    `Внутренняя ошибка ПедМонитора: ${detail}. ` +
    "Сообщите разработчикам: какую команду вы запускали и это сообщение.";
  if (!debug) return `${text}\n(Подробности для разработчиков: запустите снова с ${DEBUG_ENV}=1.)`;
  return e instanceof Error && e.stack ? `${text}\n${e.stack}` : text;
}
