/** One button per file that opens it as a new workbook in Excel, with what came of each click. */
import * as React from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { describeError } from "../failure";

interface Props {
  files: readonly string[];
  open(name: string): Promise<void>;
}

type State = "opening" | "opened" | { error: string };

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "grid",
    rowGap: tokens.spacingVerticalXS,
  },
  item: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
});

export function OpenFiles({ files, open }: Props) {
  const styles = useStyles();
  const [states, setStates] = React.useState<Record<string, State>>({});
  const set = (name: string, state: State) => setStates((all) => ({ ...all, [name]: state }));
  const click = async (name: string) => {
    set(name, "opening");
    try {
      await open(name);
      set(name, "opened");
    } catch (error) {
      const failure = describeError(error);
      set(name, { error: `${failure.title}. ${failure.hint}` });
    }
  };
  return (
    <ul className={styles.list} aria-label="Книги ОО">
      {files.map((name) => {
        const state = states[name];
        return (
          <li key={name} className={styles.item}>
            <Button disabled={state === "opening"} onClick={() => void click(name)}>
              {`Открыть в Excel: ${name}`}
            </Button>
            <Caption1 role="status">
              {state === "opened"
                ? "Открыта в Excel — сохраните её"
                : typeof state === "object"
                  ? state.error
                  : ""}
            </Caption1>
          </li>
        );
      })}
    </ul>
  );
}
