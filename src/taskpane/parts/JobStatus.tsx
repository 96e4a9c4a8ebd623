/** A step at work (progress bar with counts, «Отмена») or failed (what went wrong, what to do). */
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Job } from "./use-job";

const useStyles = makeStyles({
  working: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

interface Props<T> {
  job: Job<T>;
  /** Omit when the step cannot be stopped halfway. */
  onCancel?: () => void;
}

export function JobStatus<T>({ job, onCancel }: Props<T>) {
  const styles = useStyles();
  if (job.kind === "error") {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{job.failure.title}</MessageBarTitle> {job.failure.hint}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (job.kind !== "working") return null;
  const p = job.progress;
  const value = p && p.total > 0 ? Math.min(1, p.done / p.total) : undefined;
  const counts = p && p.total > 0 ? `${p.done} из ${p.total}` : "";
  const hint = [counts, p?.label].filter(Boolean).join(": ") || "Выполняется…";
  return (
    <div className={styles.working} aria-live="polite">
      <Field label="Ход выполнения" validationMessage={hint} validationState="none">
        <ProgressBar value={value} thickness="large" />
      </Field>
      {onCancel && (
        <Button onClick={onCancel} disabled={job.cancelling}>
          {job.cancelling ? "Отмена…" : "Отмена"}
        </Button>
      )}
    </div>
  );
}
