/**
 * A step at work (progress bar with counts, «Отмена», Escape cancels) or failed (what went
 * wrong, what to do, and the step that fixes it as a button). When a job starts from a button
 * that is now disabled, the focus goes to «Отмена» (or the progress) rather than to <body>.
 */
import * as React from "react";
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
import type { Failure } from "../failure";
import { useEscape } from "./escape";
import { NextStep } from "./NextStep";
import type { Job } from "./use-job";

const useStyles = makeStyles({
  working: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

interface Props<T> {
  job: Job<T>;
  /** Omit when the step cannot be stopped halfway. */
  onCancel?: () => void;
}

/** Focus that would be lost: on <body>, or on a control just disabled. */
function focusLost(): boolean {
  const el = document.activeElement as HTMLElement | null;
  return !el || el === document.body || el.hasAttribute("disabled");
}

export function JobStatus<T>({ job, onCancel }: Props<T>) {
  const styles = useStyles();
  const working = job.kind === "working";
  const holder = React.useRef<HTMLDivElement>(null);
  const cancelButton = React.useRef<HTMLButtonElement>(null);
  useEscape(working && onCancel !== undefined, () => onCancel?.());
  React.useEffect(() => {
    if (!working) return;
    // After the click's own re-render: the clicked button is disabled by then.
    const timer = setTimeout(() => {
      if (focusLost()) (cancelButton.current ?? holder.current)?.focus();
    }, 0);
    return () => clearTimeout(timer);
  }, [working]);
  if (job.kind === "error") return <FailureBar failure={job.failure} />;
  if (job.kind !== "working") return null;
  const p = job.progress;
  const value = p && p.total > 0 ? Math.min(1, p.done / p.total) : undefined;
  const counts = p && p.total > 0 ? `${p.done} из ${p.total}` : "";
  const hint = [counts, p?.label].filter(Boolean).join(": ") || "Выполняется…";
  return (
    <div className={styles.working} ref={holder} tabIndex={-1} aria-live="polite">
      <Field label="Ход выполнения" validationMessage={hint} validationState="none">
        <ProgressBar value={value} thickness="large" />
      </Field>
      {onCancel && (
        <Button
          ref={cancelButton}
          onClick={onCancel}
          disabled={job.cancelling}
          aria-keyshortcuts="Escape"
        >
          {job.cancelling ? "Отмена…" : "Отмена"}
        </Button>
      )}
    </div>
  );
}

function FailureBar({ failure }: { failure: Failure }) {
  return (
    <MessageBar tabIndex={-1} intent="error" layout="multiline" data-pane-result="">
      <MessageBarBody>
        <MessageBarTitle>{failure.title}</MessageBarTitle> {failure.hint}
        {failure.next && (
          <div>
            <NextStep id={failure.next} />
          </div>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
