/** A contest result with «Не участвовал» (a level without a result is a required-when field). */
import { NO_CONTEST } from "../../schema/values";
import { headerOf, type WorkerRule } from "./rule";

export const contestResultWithoutParticipation: WorkerRule = {
  code: "row/constraint/contest-result-without-participation",
  check({ worker, report }) {
    if (worker.contestResult !== null && worker.contestLevel === NO_CONTEST) {
      report(
        this.code,
        "contestResult",
        "результат указан, а в «{other}» — «{none}». Укажите уровень конкурса или очистите результат.",
        {
          other: headerOf("contestLevel"),
          none: NO_CONTEST,
        }
      );
    }
  },
};
