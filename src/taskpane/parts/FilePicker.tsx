/**
 * Choosing .xlsx files: a button opening the browser's file dialog (the native input stays
 * hidden but labelled), and the count chosen. Files are read only when a step needs them.
 */
import { countOf, NOUN } from "../../core/text/plural";
import * as React from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { SourceInput } from "../../app/report";

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hidden: { display: "none" },
});

interface Props {
  label: string;
  multiple?: boolean;
  disabled?: boolean;
  chosen: readonly SourceInput[];
  onChange(files: SourceInput[]): void;
}

export function toSourceInput(file: File): SourceInput {
  return { name: file.name, bytes: async () => new Uint8Array(await file.arrayBuffer()) };
}

export function FilePicker({ label, multiple, disabled, chosen, onChange }: Props) {
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const id = React.useId();
  const text =
    chosen.length === 0
      ? "Файлы не выбраны"
      : chosen.length === 1
        ? chosen[0].name
        : `Выбрано: ${countOf(chosen.length, NOUN.file)}`;
  return (
    <div className={styles.root}>
      <input
        ref={input}
        id={id}
        className={styles.hidden}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple={multiple}
        aria-label={label}
        tabIndex={-1}
        onChange={(e) => {
          onChange(Array.from(e.currentTarget.files ?? []).map(toSourceInput));
          e.currentTarget.value = ""; // choosing the same files again still counts
        }}
      />
      <Button disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <Caption1 aria-live="polite">{text}</Caption1>
    </div>
  );
}
