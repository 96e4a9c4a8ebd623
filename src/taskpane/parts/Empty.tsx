/** What a screen shows before its step has run: what will appear here, and how to get it. */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingVerticalM,
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground2,
  },
});

export function Empty({ text }: { text: string }) {
  return (
    <div className={useStyles().root}>
      <Caption1>{text}</Caption1>
    </div>
  );
}
