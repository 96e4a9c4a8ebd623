/** A finished step: a success (or warning) bar with a title and the facts below it. */
import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

interface Props {
  title: string;
  intent?: "success" | "warning" | "info";
  children?: React.ReactNode;
}

export function Done({ title, intent = "success", children }: Props) {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}
