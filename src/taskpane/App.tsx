/** The first task pane: the main steps as buttons, their outcome, the issues to click through. */
import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Issue } from "../core/model";
import { onStatus, type CommandStatus } from "../commands/status";
import type { PaneActions } from "./pane-actions";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  issue: { textAlign: "left", justifyContent: "flex-start", whiteSpace: "normal" },
});

const MAX_LISTED = 200;

export function App({ actions }: { actions: PaneActions }) {
  const styles = useStyles();
  const [busy, setBusy] = React.useState(false);
  const [status, setStatus] = React.useState<CommandStatus | null>(null);
  const [issues, setIssues] = React.useState<Issue[]>([]);
  React.useEffect(() => onStatus(setStatus), []);

  async function run(step: () => Promise<CommandStatus>) {
    setBusy(true);
    try {
      setStatus(await step());
    } catch (error) {
      setStatus({
        kind: "error",
        text: `Не удалось: ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      setBusy(false);
    }
  }

  const template = (level: "school" | "municipality") => () =>
    run(async () => {
      const result = await actions.makeTemplate(level, true);
      return { kind: "success", text: `Созданы листы: ${result.created.join(", ")}.` };
    });
  const validate = () =>
    run(async () => {
      const outcome = await actions.validate();
      setIssues(outcome.issues);
      const text = `Ошибок: ${outcome.errorCount}, предупреждений: ${outcome.warningCount}.`;
      return { kind: outcome.errorCount > 0 ? "error" : "success", text };
    });
  const clear = () =>
    run(async () => {
      await actions.clearMarks();
      setIssues([]);
      return { kind: "success", text: "Отметки сняты." };
    });

  return (
    <main className={styles.root}>
      <Title3>ПедМонитор</Title3>
      <div className={styles.buttons}>
        <Button disabled={busy} onClick={template("school")}>
          Шаблон ОО
        </Button>
        <Button disabled={busy} onClick={template("municipality")}>
          Шаблон муниципалитета
        </Button>
        <Button disabled={busy} appearance="primary" onClick={validate}>
          Проверить
        </Button>
        <Button disabled={busy} onClick={clear}>
          Снять отметки
        </Button>
      </div>
      {busy && <Spinner size="tiny" label="Выполняется…" />}
      {status && (
        <MessageBar intent={status.kind === "info" ? "info" : status.kind}>
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      {issues.slice(0, MAX_LISTED).map((issue, i) => (
        <Button
          key={i}
          className={styles.issue}
          appearance="subtle"
          onClick={() => void actions.showIssue(issue)}
        >
          {`${issue.sheet}, строка ${issue.row ?? "—"}: ${issue.message}`}
        </Button>
      ))}
    </main>
  );
}
