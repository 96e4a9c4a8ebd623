/** Every cross-field rule of `Педагоги`, run in this order on each row. */
import { ageAbove80, ageOutOfRange } from "./age";
import { attestationBeforeCareer } from "./attestation-before-career";
import { attestationLapsed } from "./attestation-lapsed";
import { contestResultWithoutParticipation } from "./contest-result-without-participation";
import { courseOrganisationWithoutDate } from "./course-organisation-without-date";
import { dateAfterPeriodEnd } from "./date-after-period-end";
import { dateBeforeAge14 } from "./date-before-age-14";
import { diagnosticsLevelWithoutDate } from "./diagnostics-level-without-date";
import { experienceExceedsAge } from "./experience";
import { methodistBefore2023 } from "./methodist-before-2023";
import { pedEducationWithoutProfessional } from "./ped-education-without-professional";
import { registryWithoutCourse } from "./registry-without-course";
import { retrainingCompletedNotSent } from "./retraining-completed-not-sent";
import type { WorkerCheck, WorkerRule } from "./rule";
import {
  courseFromDiagnosticsWithoutDiagnostics,
  deficitsWithoutDiagnostics,
  iomWithoutDiagnostics,
} from "./without-diagnostics";

export const WORKER_RULES: readonly WorkerRule[] = [
  ageOutOfRange,
  ageAbove80,
  experienceExceedsAge,
  dateAfterPeriodEnd,
  dateBeforeAge14,
  diagnosticsLevelWithoutDate,
  courseOrganisationWithoutDate,
  retrainingCompletedNotSent,
  contestResultWithoutParticipation,
  pedEducationWithoutProfessional,
  methodistBefore2023,
  attestationBeforeCareer,
  attestationLapsed,
  iomWithoutDiagnostics,
  courseFromDiagnosticsWithoutDiagnostics,
  deficitsWithoutDiagnostics,
  registryWithoutCourse,
];

/** Runs WORKER_RULES on one row, in the list's order. */
export function checkWorkerRow(row: WorkerCheck): void {
  for (let i = 0; i < WORKER_RULES.length; i++) WORKER_RULES[i].check(row);
}

export type { RuleRow, WorkerCheck, WorkerField, WorkerRule } from "./rule";
