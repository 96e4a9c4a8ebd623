/**
 * Who works (two role tabs), the role's numbered steps (at most four, two columns so that they
 * fit 320 px), and a step's parts when it has two. Every tab names the panel it controls and
 * the panel is labelled by its tab (role=tabpanel, aria-controls, aria-labelledby).
 */
import * as React from "react";
import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { ROLE_LABEL, STEPS, type PartId, type Place, type Role } from "../state/steps";

const useStyles = makeStyles({
  steps: {
    display: "grid",
    gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
    columnGap: tokens.spacingHorizontalXS,
  },
  step: { justifyContent: "flex-start", textAlign: "left", whiteSpace: "normal", minWidth: 0 },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
});

export const ROLE_PANEL = "pane-role-panel";
export const STEP_PANEL = "pane-step-panel";
export const PART_PANEL = "pane-part-panel";
export const roleTabId = (role: Role) => `pane-role-${role}`;
export const stepTabId = (id: string) => `pane-step-${id}`;
export const partTabId = (id: PartId) => `pane-part-${id}`;

export function RoleTabs({ role, onRole }: { role: Role | null; onRole(role: Role): void }) {
  return (
    <TabList
      aria-label="Кто работает"
      selectedValue={role ?? undefined}
      onTabSelect={(_, d) => onRole(d.value as Role)}
    >
      {(["school", "municipality"] as const).map((r) => (
        <Tab key={r} value={r} id={roleTabId(r)} aria-controls={ROLE_PANEL}>
          {ROLE_LABEL[r]}
        </Tab>
      ))}
    </TabList>
  );
}

export function StepTabs({ place, onPart }: { place: Place; onPart(id: PartId): void }) {
  const styles = useStyles();
  return (
    <TabList
      aria-label="Шаги"
      size="small"
      className={styles.steps}
      selectedValue={place.step.id}
      onTabSelect={(_, d) => {
        const step = STEPS[place.role].find((s) => s.id === d.value);
        if (step) onPart(step.parts[0].id);
      }}
    >
      {STEPS[place.role].map((step, i) => (
        <Tab
          key={step.id}
          value={step.id}
          id={stepTabId(step.id)}
          aria-controls={STEP_PANEL}
          className={styles.step}
        >
          {`${i + 1}. ${step.label}`}
        </Tab>
      ))}
    </TabList>
  );
}

export function PartTabs({ place, onPart }: { place: Place; onPart(id: PartId): void }) {
  if (place.step.parts.length < 2) return null;
  return (
    <TabList
      aria-label={`Шаг ${place.number}: части`}
      size="small"
      appearance="subtle"
      selectedValue={place.part.id}
      onTabSelect={(_, d) => onPart(d.value as PartId)}
    >
      {place.step.parts.map((part) => (
        <Tab key={part.id} value={part.id} id={partTabId(part.id)} aria-controls={PART_PANEL}>
          {part.label}
        </Tab>
      ))}
    </TabList>
  );
}

export function Panel({
  id,
  labelledBy,
  children,
}: {
  id: string;
  labelledBy: string;
  children: React.ReactNode;
}) {
  return (
    <div role="tabpanel" id={id} aria-labelledby={labelledBy} className={useStyles().panel}>
      {children}
    </div>
  );
}
