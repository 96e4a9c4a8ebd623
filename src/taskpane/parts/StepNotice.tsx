/** Above a step's screen: its result came back from the workbook, or the workbook changed since. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { JobMeta } from "../state/pane-store";

const when = (at: string | null) => {
  if (!at) return "";
  const d = new Date(at);
  return Number.isNaN(d.getTime())
    ? ""
    : ` (${d.toLocaleString("ru-RU", { dateStyle: "short", timeStyle: "short" })})`;
};

export function StepNotice({ meta }: { meta: JobMeta }) {
  if (meta.stale)
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Результат устарел</MessageBarTitle>
          {`Книга изменилась после этого результата${when(meta.at)}. Повторите шаг, чтобы он отражал книгу.`}
        </MessageBarBody>
      </MessageBar>
    );
  if (meta.restored)
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{`Результат прошлой работы с книгой${when(meta.at)}; книга с тех пор не менялась.`}</MessageBarBody>
      </MessageBar>
    );
  return null;
}
