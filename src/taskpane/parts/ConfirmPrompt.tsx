/**
 * A step's question before it changes the workbook: the facts, «да» and «нет» buttons. The
 * step waits on the promise `ask` returns; the prompt disappears with the answer. Focus goes to
 * the safe answer («нет»); Escape answers «нет».
 */
import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { Confirm, Question } from "../steps/confirm";

interface Pending {
  question: Question;
  answer(yes: boolean): void;
}

export interface ConfirmControl {
  ask: Confirm;
  /** The prompt while a question waits, else null: render it where the step's result goes. */
  prompt: React.ReactNode;
}

export function useConfirm(): ConfirmControl {
  const [pending, setPending] = React.useState<Pending | null>(null);
  const mounted = React.useRef(true);
  const ask = React.useCallback<Confirm>(
    (question) =>
      // Nobody to answer once the screen is gone: «нет», so nothing is replaced unseen.
      !mounted.current
        ? Promise.resolve(false)
        : new Promise<boolean>((resolve) =>
            setPending({
              question,
              answer: (yes) => {
                setPending(null);
                resolve(yes);
              },
            })
          ),
    []
  );
  // A screen left while a question waits: the step must not hang (and writes nothing).
  const latest = React.useRef(pending);
  latest.current = pending;
  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      latest.current?.answer(false);
    };
  }, []);
  const prompt = pending ? <ConfirmPrompt pending={pending} /> : null;
  return { ask, prompt };
}

function ConfirmPrompt({ pending }: { pending: Pending }) {
  const id = React.useId();
  const no = React.useRef<HTMLButtonElement>(null);
  React.useEffect(() => no.current?.focus(), []);
  const { question, answer } = pending;
  return (
    <div
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-facts`}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          answer(false);
        }
      }}
    >
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle id={`${id}-title`}>{question.title}</MessageBarTitle>
          <span id={`${id}-facts`}>
            {question.lines.map((line) => (
              <span key={line} style={{ display: "block" }}>
                {line}
              </span>
            ))}
          </span>
        </MessageBarBody>
        <MessageBarActions>
          <Button appearance="primary" onClick={() => answer(true)}>
            {question.yes}
          </Button>
          <Button ref={no} onClick={() => answer(false)}>
            {question.no}
          </Button>
        </MessageBarActions>
      </MessageBar>
    </div>
  );
}
