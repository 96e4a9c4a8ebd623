/** The ribbon's last message: dismissible, and replaced by a newer one or by a step's result. */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { CommandStatus } from "../../commands/status";

export function RibbonStatus({ status, onDismiss }: { status: CommandStatus; onDismiss(): void }) {
  return (
    <MessageBar intent={status.kind === "info" ? "info" : status.kind} layout="multiline">
      <MessageBarBody>{status.text}</MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label="Закрыть сообщение ленты"
            icon={<DismissRegular />}
            onClick={onDismiss}
          />
        }
      />
    </MessageBar>
  );
}
