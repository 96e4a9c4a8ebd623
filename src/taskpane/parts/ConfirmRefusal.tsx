/** A step that refused to change the workbook: why, and a button to the step that fixes it. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";

interface Props {
  title: string;
  lines: readonly string[];
  next?: { label: string; open(): void };
}

export function Refusal({ title, lines, next }: Props) {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {lines.map((line) => (
          <span key={line} style={{ display: "block" }}>
            {line}
          </span>
        ))}
      </MessageBarBody>
      {next && (
        <MessageBarActions>
          <Button appearance="primary" onClick={next.open}>
            {next.label}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
