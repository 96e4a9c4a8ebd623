/** A diagnostics level needs a diagnostics date (the reverse is a required-when field). */
import { headerOf, type WorkerRule } from "./rule";

export const diagnosticsLevelWithoutDate: WorkerRule = {
  code: "row/constraint/diagnostics-level-without-date",
  check({ worker, isBad, report }) {
    if (
      worker.diagnosticsLevel !== null &&
      worker.diagnosticsDate === null &&
      !isBad("diagnosticsDate")
    ) {
      report(
        this.code,
        "diagnosticsLevel",
        "уровень указан, а «{other}» пуста. Введите дату диагностики или очистите уровень.",
        {
          other: headerOf("diagnosticsDate"),
        }
      );
    }
  },
};
