/**
 * The task pane: who works (school or municipality), the role's numbered steps, and one step's
 * screen at a time. Where the person is and each step's job live in the pane's store
 * (state/pane-store.ts), kept in the workbook; the collected school files stay in memory here.
 */
import * as React from "react";
import { Title3, makeStyles, tokens } from "@fluentui/react-components";
import {
  lastStatus,
  onStatus,
  onStepRequest,
  takeStepRequest,
  type CommandStatus,
  type StepRequest,
} from "../commands/status";
import { FULL_PROFILE_ID } from "../core/indicators/profiles";
import type { TaskpaneActions } from "./actions";
import { RoleChoice, RoleIntro } from "./parts/FirstRun";
import {
  PART_PANEL,
  Panel,
  PartTabs,
  ROLE_PANEL,
  RoleTabs,
  STEP_PANEL,
  StepTabs,
  partTabId,
  roleTabId,
  stepTabId,
} from "./parts/Navigation";
import { SilentBars, useResultAnnouncer } from "./parts/result-focus";
import { RibbonStatus, useRibbonAnnouncer } from "./parts/RibbonStatus";
import { StepNotice } from "./parts/StepNotice";
import { CheckScreen } from "./screens/CheckScreen";
import { CollectScreen } from "./screens/CollectScreen";
import { EffectivenessScreen } from "./screens/EffectivenessScreen";
import { FeedbackScreen } from "./screens/FeedbackScreen";
import { IndicatorsScreen } from "./screens/IndicatorsScreen";
import { MeasuresScreen } from "./screens/MeasuresScreen";
import { ReportScreen } from "./screens/ReportScreen";
import { TemplateScreen } from "./screens/TemplateScreen";
import { PaneContext, useStoreVersion, type PaneApi } from "./state/context";
import { PaneStore } from "./state/pane-store";
import { memoryStore } from "./state/settings-store";
import { isPartId, placeOf, type PartId, type Role } from "./state/steps";
import type { CollectResult } from "./steps/collect";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
  },
});

/** Results that depend on the profile: a new profile clears them. */
const BY_PROFILE = ["indicators"];

export function App({ actions, store }: { actions: TaskpaneActions; store?: PaneStore }) {
  const styles = useStyles();
  const [own] = React.useState(() => store ?? new PaneStore(memoryStore()));
  useStoreVersion(own);
  const [collected, setCollected] = React.useState<CollectResult | null>(null);
  const [status, setStatus] = React.useState<CommandStatus | null>(lastStatus);
  const main = React.useRef<HTMLElement>(null);
  // Where the focus goes once a button that navigated has gone from the page (never <body>).
  const focusAfter = React.useRef<string | null>(null);
  const pane = React.useMemo<PaneApi>(
    () => ({
      store: own,
      goTo: (id) => {
        focusAfter.current = stepTabId(placeOf(id).step.id);
        own.open(id);
      },
    }),
    [own]
  );
  React.useEffect(() => {
    const id = focusAfter.current;
    const target = id === null ? null : document.getElementById(id);
    if (!target) return;
    focusAfter.current = null;
    target.focus();
  });
  useResultAnnouncer(own, main);
  useRibbonAnnouncer(status);

  React.useEffect(() => onStatus(setStatus), []);
  // A step's own result is newer than any ribbon message.
  React.useEffect(() => own.onSettled(() => setStatus(null)), [own]);
  React.useEffect(() => {
    const follow = (request: StepRequest) => {
      own.markSeen(placeOf(request.part).role);
      own.open(request.part);
      own.requestRun(request.part, request.action);
    };
    const pending = takeStepRequest();
    if (pending) follow(pending);
    return onStepRequest((request) => {
      takeStepRequest();
      follow(request);
    });
  }, [own]);

  const role = own.role;
  const part: PartId | null = role ? own.part(role) : null;
  // The workbook may have changed while the person was away from this step.
  React.useEffect(() => {
    if (part) void own.checkWorkbook();
  }, [own, part]);

  const profileId = own.profileId(FULL_PROFILE_ID);
  const onProfile = (id: string) => own.setProfile(id, BY_PROFILE);
  /** A screen's «Открыть шаг …» button (by part id, e.g. "collect"). */
  const onOpenStep = (id: string) => {
    if (isPartId(id)) pane.goTo(id);
  };
  const shared = { actions, collected, profileId, onProfile, onOpenStep };
  const screens: Record<PartId, () => React.ReactNode> = {
    "template-school": () => <TemplateScreen actions={actions} level="school" />,
    "template-municipality": () => <TemplateScreen actions={actions} level="municipality" />,
    check: () => <CheckScreen actions={actions} />,
    indicators: () => <IndicatorsScreen {...shared} />,
    collect: () => (
      <CollectScreen actions={actions} collected={collected} onCollected={setCollected} />
    ),
    report: () => <ReportScreen {...shared} />,
    measures: () => <MeasuresScreen {...shared} />,
    effect: () => <EffectivenessScreen {...shared} />,
    feedback: () => <FeedbackScreen {...shared} />,
  };

  const chooseRole = (next: Role) => own.chooseRole(next);
  let body: React.ReactNode;
  if (role === null) {
    body = (
      <RoleChoice
        onChoose={(next) => {
          focusAfter.current = own.seen(next)
            ? stepTabId(placeOf(own.part(next)).step.id)
            : "pane-intro-start";
          chooseRole(next);
        }}
      />
    );
  } else if (!own.seen(role)) {
    body = (
      <Panel id={ROLE_PANEL} labelledBy={roleTabId(role)}>
        <RoleIntro
          role={role}
          onStart={() => {
            focusAfter.current = stepTabId(placeOf(own.part(role)).step.id);
            own.markSeen(role);
          }}
        />
      </Panel>
    );
  } else {
    const place = placeOf(part ?? own.part(role));
    const inner =
      place.step.parts.length > 1 ? (
        <>
          <PartTabs place={place} onPart={(id) => own.open(id)} />
          <Panel id={PART_PANEL} labelledBy={partTabId(place.part.id)}>
            <StepNotice meta={own.jobMeta(place.part.id)} />
            {screens[place.part.id]()}
          </Panel>
        </>
      ) : (
        <>
          <StepNotice meta={own.jobMeta(place.part.id)} />
          {screens[place.part.id]()}
        </>
      );
    body = (
      <Panel id={ROLE_PANEL} labelledBy={roleTabId(role)}>
        <StepTabs place={place} onPart={(id) => own.open(id)} />
        <Panel id={STEP_PANEL} labelledBy={stepTabId(place.step.id)}>
          {inner}
        </Panel>
      </Panel>
    );
  }
  return (
    <PaneContext.Provider value={pane}>
      <main className={styles.root} ref={main}>
        <SilentBars>
          <Title3 as="h1">ПедМонитор</Title3>
          {role !== null && <RoleTabs role={role} onRole={chooseRole} />}
          {status && <RibbonStatus status={status} onDismiss={() => setStatus(null)} />}
          {body}
        </SilentBars>
      </main>
    </PaneContext.Provider>
  );
}
