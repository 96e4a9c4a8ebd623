/**
 * The task pane: a school's path (Шаблон → Проверка → Показатели) or a municipality's
 * (Файлы ОО → Сводка → Меры → Эффективность → Обратная связь). One screen at a time; what a
 * step produced for the next (the collected files, the profile) is kept here.
 */
import * as React from "react";
import {
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { lastStatus, onStatus, type CommandStatus } from "../commands/status";
import { FULL_PROFILE_ID } from "../core/indicators/profiles";
import type { TaskpaneActions } from "./actions";
import { CheckScreen } from "./screens/CheckScreen";
import { CollectScreen } from "./screens/CollectScreen";
import { EffectivenessScreen } from "./screens/EffectivenessScreen";
import { FeedbackScreen } from "./screens/FeedbackScreen";
import { IndicatorsScreen } from "./screens/IndicatorsScreen";
import { MeasuresScreen } from "./screens/MeasuresScreen";
import { ReportScreen } from "./screens/ReportScreen";
import { TemplateScreen } from "./screens/TemplateScreen";
import type { CollectResult } from "./steps/collect";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
  },
  // Tabs wrap instead of scrolling sideways in a 320 px pane.
  tabs: { flexWrap: "wrap" },
});

type Role = "school" | "municipality";
const STEPS: Record<Role, [string, string][]> = {
  school: [
    ["template", "Шаблон"],
    ["check", "Проверка"],
    ["indicators", "Показатели"],
  ],
  municipality: [
    ["collect", "Файлы ОО"],
    ["report", "Сводка"],
    ["measures", "Меры"],
    ["effect", "Эффективность"],
    ["feedback", "Обратная связь"],
    ["template", "Шаблон"],
  ],
};

export function App({ actions }: { actions: TaskpaneActions }) {
  const styles = useStyles();
  const [role, setRole] = React.useState<Role>("school");
  const [step, setStep] = React.useState("template");
  const [profileId, setProfileId] = React.useState(FULL_PROFILE_ID);
  const [collected, setCollected] = React.useState<CollectResult | null>(null);
  const [status, setStatus] = React.useState<CommandStatus | null>(lastStatus);
  React.useEffect(() => onStatus(setStatus), []);
  const chooseRole = (next: Role) => {
    setRole(next);
    setStep(STEPS[next][0][0]);
  };
  const shared = { actions, collected, profileId, onProfile: setProfileId };
  const screens: Record<string, React.ReactNode> = {
    template: <TemplateScreen actions={actions} level={role} />,
    check: <CheckScreen actions={actions} />,
    indicators: <IndicatorsScreen {...shared} />,
    collect: <CollectScreen actions={actions} collected={collected} onCollected={setCollected} />,
    report: <ReportScreen {...shared} onOpenStep={setStep} />,
    measures: <MeasuresScreen {...shared} />,
    effect: <EffectivenessScreen {...shared} />,
    feedback: <FeedbackScreen {...shared} />,
  };
  return (
    <main className={styles.root}>
      <Title3 as="h1">ПедМонитор</Title3>
      <TabList
        aria-label="Кто работает"
        className={styles.tabs}
        selectedValue={role}
        onTabSelect={(_, d) => chooseRole(d.value as Role)}
      >
        <Tab value="school">Школа (ОО)</Tab>
        <Tab value="municipality">Муниципалитет</Tab>
      </TabList>
      <TabList
        aria-label="Шаги"
        size="small"
        className={styles.tabs}
        selectedValue={step}
        onTabSelect={(_, d) => setStep(String(d.value))}
      >
        {STEPS[role].map(([value, label]) => (
          <Tab key={value} value={value}>
            {label}
          </Tab>
        ))}
      </TabList>
      {status && (
        <MessageBar intent={status.kind === "info" ? "info" : status.kind} layout="multiline">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      <React.Fragment key={`${role}-${step}`}>{screens[step]}</React.Fragment>
    </main>
  );
}
