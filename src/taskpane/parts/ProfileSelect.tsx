/** The indicator profile: which monitoring document's indicators to show and report. */
import { Field, Select } from "@fluentui/react-components";
import { PROFILES } from "../../core/indicators/profiles";

interface Props {
  value: string;
  onChange(id: string): void;
  disabled?: boolean;
}

export function ProfileSelect({ value, onChange, disabled }: Props) {
  return (
    <Field label="Профиль показателей">
      <Select value={value} disabled={disabled} onChange={(_, data) => onChange(data.value)}>
        {PROFILES.map((p) => (
          <option key={p.id} value={p.id}>
            {p.id === "full" ? p.name : `${p.id} — ${p.name}`}
          </option>
        ))}
      </Select>
    </Field>
  );
}
