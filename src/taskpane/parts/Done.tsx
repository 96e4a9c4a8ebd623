/**
 * A finished step: a success (or warning) bar with a title and the facts below it. A new one is
 * announced and takes the focus (result-focus.ts); `next` offers the following step as a button.
 */
import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { PartId } from "../state/steps";
import { NextStep } from "./NextStep";

interface Props {
  title: string;
  intent?: "success" | "warning" | "info";
  /** The step to do next, offered as a button. */
  next?: PartId;
  children?: React.ReactNode;
}

export function Done({ title, intent = "success", next, children }: Props) {
  return (
    <MessageBar tabIndex={-1} intent={intent} layout="multiline" data-pane-result="">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {children}
        {next && (
          <div>
            <NextStep id={next} />
          </div>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
