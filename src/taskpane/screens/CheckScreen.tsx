/** «Проверка»: validate the workbook, count by severity, list the messages; a click shows the cell. */
import { countOf, NOUN } from "../../core/text/plural";
import * as React from "react";
import { Badge, Button, makeStyles, tokens } from "@fluentui/react-components";
import { clearedAny } from "../../app/check-texts";
import { describeError } from "../failure";
import type { ValidationOutcome } from "../../app/validate-workbook";
import type { TaskpaneActions } from "../actions";
import { UndoNote } from "../parts/ConfirmUndoNote";
import { Done } from "../parts/Done";
import { IssueList } from "../parts/IssueList";
import { Empty } from "../parts/Empty";
import { JobStatus } from "../parts/JobStatus";
import { Actions, Screen } from "../parts/Screen";
import { useRunRequest } from "../parts/run-request";
import { useJob } from "../parts/use-job";

const useStyles = makeStyles({
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

interface Props {
  actions: Pick<TaskpaneActions, "validate" | "clearMarks" | "showIssue" | "undoNote">;
}

export function CheckScreen({ actions }: Props) {
  const styles = useStyles();
  const { job, run, reset } = useJob<ValidationOutcome>("check");
  const cleared = useJob<string>("clear-marks");
  // A message whose cell could not be shown (its sheet renamed or deleted since the check).
  const [notShown, setNotShown] = React.useState<string | null>(null);
  const busy = job.kind === "working" || cleared.job.kind === "working";
  const outcome = job.kind === "done" ? job.result : null;
  const check = () => {
    cleared.reset();
    setNotShown(null);
    void run((p) => actions.validate(p));
  };
  const clear = () => {
    reset();
    setNotShown(null);
    void cleared.run(() => actions.clearMarks());
  };
  const show = (issue: Parameters<typeof actions.showIssue>[0]) => {
    setNotShown(null);
    actions.showIssue(issue).catch((error: unknown) => {
      const failure = describeError(error);
      setNotShown(`${failure.title} ${failure.hint}`);
    });
  };
  useRunRequest("check", { run: check, clear });
  return (
    <Screen
      title="Проверка"
      lead="Проверяет листы «Паспорт ОО», «Педагоги» и «Сообщества и проекты»: ячейки с ошибками выделяются цветом и примечанием, список — на листе «Ошибки»."
    >
      <Actions>
        <Button appearance="primary" disabled={busy} onClick={check}>
          Проверить
        </Button>
        <Button disabled={busy} onClick={clear}>
          Снять отметки
        </Button>
      </Actions>
      <JobStatus job={job} />
      <JobStatus job={cleared.job} />
      {cleared.job.kind === "done" && <Done title={cleared.job.result} />}
      {/* Nothing unmarked: nothing to undo, so no word about undoing. */}
      {cleared.job.kind === "done" && clearedAny(cleared.job.result) && (
        <UndoNote actions={actions} />
      )}
      {notShown && (
        <Done intent="warning" title="Ячейка не показана">
          {notShown}
        </Done>
      )}
      {job.kind === "idle" && cleared.job.kind === "idle" && (
        <Empty text="Здесь появится список ошибок и предупреждений. Нажмите «Проверить», когда заполните паспорт и листы." />
      )}
      {outcome && outcome.issues.length === 0 && (
        <Done title="Ошибок не найдено">{`Проверено: ${countOf(outcome.rowsRead, NOUN.row)}.`}</Done>
      )}
      {outcome && outcome.issues.length > 0 && (
        <>
          <div className={styles.counts} role="status">
            <Badge color="danger" appearance="filled">
              {countOf(outcome.errorCount, NOUN.error)}
            </Badge>
            <Badge color="warning" appearance="filled">
              {countOf(outcome.warningCount, NOUN.warning)}
            </Badge>
            <Badge color="informative" appearance="outline">
              {countOf(outcome.rowsRead, NOUN.row)}
            </Badge>
          </div>
          <IssueList issues={outcome.issues} onShow={show} />
        </>
      )}
    </Screen>
  );
}
