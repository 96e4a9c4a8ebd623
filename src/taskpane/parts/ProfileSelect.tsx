/** The indicator profile: which monitoring document's indicators to show and report. */
import { Field, Select, makeStyles } from "@fluentui/react-components";
import { PROFILES } from "../../core/indicators/profiles";

// A native select is as wide as its longest option: keep it inside a 320 px pane.
const useStyles = makeStyles({
  root: { maxWidth: "100%", minWidth: 0 },
  select: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
});

interface Props {
  value: string;
  onChange(id: string): void;
  disabled?: boolean;
}

export function ProfileSelect({ value, onChange, disabled }: Props) {
  const styles = useStyles();
  return (
    <Field label="Профиль показателей">
      <Select
        className={styles.root}
        select={{ className: styles.select }}
        value={value}
        disabled={disabled}
        onChange={(_, data) => onChange(data.value)}
      >
        {PROFILES.map((p) => (
          <option key={p.id} value={p.id}>
            {p.id === "full" ? p.name : `${p.id} — ${p.name}`}
          </option>
        ))}
      </Select>
    </Field>
  );
}
