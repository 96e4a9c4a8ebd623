/** The frame of every screen: a heading, one sentence on what the step does, then its content. */
import * as React from "react";
import { Body1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  lead: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

interface Props {
  title: string;
  lead: string;
  children: React.ReactNode;
}

export function Screen({ title, lead, children }: Props) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={title}>
      <Subtitle2 as="h2">{title}</Subtitle2>
      <Body1 className={styles.lead}>{lead}</Body1>
      {children}
    </section>
  );
}

/** A row of buttons that wraps at narrow widths. */
export function Actions({ children }: { children: React.ReactNode }) {
  return <div className={useStyles().actions}>{children}</div>;
}
