/** Retraining cannot be completed by someone who was not sent to it. */
import { NO } from "../../schema/values";
import { headerOf, type WorkerRule } from "./rule";

export const retrainingCompletedNotSent: WorkerRule = {
  code: "row/constraint/retraining-completed-not-sent",
  check({ worker, report }) {
    if (worker.retrainingCompleted === true && worker.retrainingSent === false) {
      report(
        this.code,
        "retrainingCompleted",
        "переподготовка завершена, а в «{other}» — «{no}». Исправьте один из двух ответов.",
        {
          other: headerOf("retrainingSent"),
          no: NO,
        }
      );
    }
  },
};
