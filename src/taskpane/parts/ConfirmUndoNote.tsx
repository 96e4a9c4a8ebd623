/** After a step that changed the workbook: whether Excel's «Отменить» takes it back as one action. */
import { Caption1 } from "@fluentui/react-components";
import type { TaskpaneActions } from "../actions";

export function UndoNote({ actions }: { actions: Pick<TaskpaneActions, "undoNote"> }) {
  const note = actions.undoNote?.() ?? null;
  return note === null ? null : <Caption1 block>{note}</Caption1>;
}
