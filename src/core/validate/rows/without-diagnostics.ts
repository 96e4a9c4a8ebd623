/**
 * Warnings for answers that presuppose a diagnostics date: ИОМ developed, a course
 * chosen from the diagnostics, deficits found. A bad date has its own error.
 */
import { headerOf, type WorkerCheck, type WorkerRule } from "./rule";

function noDiagnostics(row: WorkerCheck): boolean {
  return row.worker.diagnosticsDate === null && !row.isBad("diagnosticsDate");
}

const FIX = "но «{other}» пуста. Введите дату диагностики дефицитов или исправьте ответ.";

export const iomWithoutDiagnostics: WorkerRule = {
  code: "row/constraint/iom-without-diagnostics",
  check(row) {
    if (row.worker.iomDeveloped === true && noDiagnostics(row)) {
      row.report(this.code, "iomDeveloped", `ИОМ разработан по итогам диагностики, ${FIX}`, {
        other: headerOf("diagnosticsDate"),
      });
    }
  },
};

export const courseFromDiagnosticsWithoutDiagnostics: WorkerRule = {
  code: "row/constraint/course-from-diagnostics-without-diagnostics",
  check(row) {
    if (row.worker.courseFromDiagnostics && noDiagnostics(row)) {
      row.report(
        this.code,
        "courseFromDiagnostics",
        `курс подобран по итогам диагностики, ${FIX}`,
        { other: headerOf("diagnosticsDate") }
      );
    }
  },
};

export const deficitsWithoutDiagnostics: WorkerRule = {
  code: "row/constraint/deficits-without-diagnostics",
  check(row) {
    if (row.worker.deficits.length > 0 && noDiagnostics(row)) {
      row.report(this.code, "deficits", `дефициты указаны, ${FIX}`, {
        other: headerOf("diagnosticsDate"),
      });
    }
  },
};
