/** A message's next step as a button that opens it (nothing outside the app's navigation). */
import { Button } from "@fluentui/react-components";
import { usePane } from "../state/context";
import { stepName, type PartId } from "../state/steps";

export function NextStep({ id, appearance }: { id: PartId; appearance?: "primary" | "secondary" }) {
  const pane = usePane();
  if (!pane) return null;
  return (
    <Button appearance={appearance} onClick={() => pane.goTo(id)}>
      {`Открыть ${stepName(id)}`}
    </Button>
  );
}
