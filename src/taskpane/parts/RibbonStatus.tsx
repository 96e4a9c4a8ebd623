/**
 * The ribbon's last message: dismissible, and replaced by a newer one or by a step's result.
 * Each message is read out once (the pane's message bars are silent, result-focus.ts), also
 * when the pane opens after the command; closing it moves the focus to the next control.
 */
import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  useAnnounce,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { CommandStatus } from "../../commands/status";
import { focusAfterRemoval } from "./focus-next";

/** Messages already read out (the same message object shown again after reopening the pane). */
const heard = new WeakSet<CommandStatus>();

export function useRibbonAnnouncer(status: CommandStatus | null): void {
  const { announce } = useAnnounce();
  React.useEffect(() => {
    if (!status || heard.has(status)) return;
    heard.add(status);
    announce(status.text, {
      polite: status.kind !== "error",
      alert: status.kind === "error",
      batchId: "pedmonitor-ribbon",
    });
  }, [status, announce]);
}

export function RibbonStatus({ status, onDismiss }: { status: CommandStatus; onDismiss(): void }) {
  const bar = React.useRef<HTMLDivElement>(null);
  return (
    <MessageBar ref={bar} intent={status.kind === "info" ? "info" : status.kind} layout="multiline">
      <MessageBarBody>{status.text}</MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label="Закрыть сообщение ленты"
            icon={<DismissRegular />}
            onClick={() => focusAfterRemoval(bar.current, onDismiss)}
          />
        }
      />
    </MessageBar>
  );
}
