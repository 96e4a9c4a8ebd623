/** Why a file could not be written, in Russian, with the system's code for whoever looks further. */
import { CliError } from "./io";

const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: "на диске нет места",
  EDQUOT: "исчерпана квота диска",
  EFBIG: "превышен допустимый размер файла",
  EACCES: "нет прав на запись в эту папку",
  EPERM: "нет прав на запись (или файл открыт в другой программе)",
  EBUSY: "файл занят другой программой",
  EROFS: "диск доступен только для чтения",
  ENOTDIR: "часть пути — не папка",
  // From mkdir: a file stands where the folder should be.
  EEXIST: "часть пути — не папка, а файл",
  EISDIR: "по этому пути находится папка",
  EIO: "ошибка ввода-вывода диска",
  ENOENT: "по этому пути нельзя создать файл",
};

/** The reason in Russian, with the system's code for whoever looks further. */
export function writeFailureReason(e: unknown): string {
  if (e instanceof CliError) return e.message;
  const err = e as NodeJS.ErrnoException;
  const reason = err.code ? REASONS[err.code] : undefined;
  if (reason) return `${reason} (${err.code})`;
  return err?.message ? err.message : String(e);
}
