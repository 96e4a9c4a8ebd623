/**
 * «Шаблон»: write the standard sheets into the open workbook; replacing asks first («Заменить
 * листы» or «Нет»; Escape is «Нет», and the focus goes back to «Создать шаблон»).
 */
import * as React from "react";
import { Button } from "@fluentui/react-components";
import {
  templateSheets,
  type MakeTemplateResult,
  type TemplateLevel,
} from "../../app/make-template";
import type { TaskpaneActions } from "../actions";
import { UndoNote } from "../parts/ConfirmUndoNote";
import { Done } from "../parts/Done";
import { Empty } from "../parts/Empty";
import { JobStatus } from "../parts/JobStatus";
import { Actions, Screen } from "../parts/Screen";
import { useEscape } from "../parts/escape";
import { useRunRequest } from "../parts/run-request";
import { useJob } from "../parts/use-job";
import { PrefilledSection } from "./PrefilledSection";

interface Props {
  actions: Pick<
    TaskpaneActions,
    "makeTemplate" | "savePrefilled" | "openFeedbackFile" | "undoNote"
  >;
  level: TemplateLevel;
}

/** «А», «Б» и «В»: the sheets as the template writes them, so the text never names another. */
function quoted(names: readonly string[]): string {
  const q = names.map((n) => `«${n}»`);
  return q.length > 1 ? `${q.slice(0, -1).join(", ")} и ${q[q.length - 1]}` : q.join("");
}

function lead(level: TemplateLevel): string {
  const names = templateSheets(level).map((s) => s.name);
  return level === "school"
    ? `Добавляет в книгу листы ${quoted(names)} с подсказками и списками значений.`
    : `Добавляет в книгу листы ${quoted(names)}: свод данных ОО и целевые значения.`;
}

export function TemplateScreen({ actions, level }: Props) {
  const { job, run, reset } = useJob<MakeTemplateResult>(`template-${level}`);
  const busy = job.kind === "working";
  const make = (replace: boolean) => run(() => actions.makeTemplate(level, replace));
  const result = job.kind === "done" ? job.result : null;
  useRunRequest(`template-${level}`, { run: () => make(false) });
  const create = React.useRef<HTMLButtonElement>(null);
  // «Нет» or Escape closes the «Заменить листы?» prompt: nothing is replaced.
  const decline = () => {
    reset();
    create.current?.focus();
  };
  useEscape(result !== null && result.created.length === 0, decline);
  return (
    <Screen title="Шаблон" lead={lead(level)}>
      <Actions>
        <Button ref={create} appearance="primary" disabled={busy} onClick={() => make(false)}>
          Создать шаблон
        </Button>
      </Actions>
      <JobStatus job={job} />
      {job.kind === "idle" && (
        <Empty text="Книга пока не изменена. Если листы с такими именами уже есть, надстройка спросит, заменять ли их." />
      )}
      {result && result.created.length > 0 && (
        <Done title="Шаблон создан">{`Листы: ${result.created.join(", ")}.`}</Done>
      )}
      {result && result.created.length > 0 && <UndoNote actions={actions} />}
      {result && result.created.length === 0 && (
        <Done intent="warning" title="В книге уже есть листы шаблона">
          {`${result.conflicts.join(", ")}. Заменить их пустыми листами шаблона? Данные на них пропадут.`}
          <Actions>
            <Button onClick={() => make(true)}>Заменить листы</Button>
            <Button data-pane-focus="" onClick={decline}>
              Нет
            </Button>
          </Actions>
        </Done>
      )}
      {level === "municipality" && <PrefilledSection actions={actions} />}
    </Screen>
  );
}
