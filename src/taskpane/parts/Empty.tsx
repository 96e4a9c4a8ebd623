/**
 * What a screen shows before its step has run: what will appear here, and how to get it;
 * `next`: the step to do first, offered as a button.
 */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { PartId } from "../state/steps";
import { NextStep } from "./NextStep";

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingVerticalM,
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground2,
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
  },
});

export function Empty({ text, next }: { text: string; next?: PartId }) {
  return (
    <div className={useStyles().root}>
      <Caption1>{text}</Caption1>
      {next && <NextStep id={next} />}
    </div>
  );
}
