/** «Шаблон»: write the standard sheets into the open workbook; replacing needs a second click. */
import { Button } from "@fluentui/react-components";
import type { MakeTemplateResult, TemplateLevel } from "../../app/make-template";
import type { TaskpaneActions } from "../actions";
import { Done } from "../parts/Done";
import { Empty } from "../parts/Empty";
import { JobStatus } from "../parts/JobStatus";
import { Actions, Screen } from "../parts/Screen";
import { useEscape } from "../parts/escape";
import { useRunRequest } from "../parts/run-request";
import { useJob } from "../parts/use-job";
import { PrefilledSection } from "./PrefilledSection";

interface Props {
  actions: Pick<TaskpaneActions, "makeTemplate" | "savePrefilled" | "openFeedbackFile">;
  level: TemplateLevel;
}

const LEAD: Record<TemplateLevel, string> = {
  school:
    "Добавляет в книгу листы «Инструкция», «Паспорт ОО», «Педагоги» и «Сообщества» с подсказками и списками значений.",
  municipality:
    "Добавляет в книгу листы свода («ОО», «Сводные данные», «Сводные сообщества») и «Настройки» с целевыми значениями.",
};

export function TemplateScreen({ actions, level }: Props) {
  const { job, run, reset } = useJob<MakeTemplateResult>(`template-${level}`);
  const busy = job.kind === "working";
  const make = (replace: boolean) => run(() => actions.makeTemplate(level, replace));
  const result = job.kind === "done" ? job.result : null;
  useRunRequest(`template-${level}`, { run: () => make(false) });
  // Escape closes the «Заменить листы?» prompt: nothing is replaced.
  useEscape(result !== null && result.created.length === 0, reset);
  return (
    <Screen title="Шаблон" lead={LEAD[level]}>
      <Actions>
        <Button appearance="primary" disabled={busy} onClick={() => make(false)}>
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
      {result && result.created.length === 0 && (
        <Done intent="warning" title="В книге уже есть листы шаблона">
          {`${result.conflicts.join(", ")}. Заменить их пустыми листами шаблона? Данные на них пропадут.`}
          <Actions>
            <Button onClick={() => make(true)}>Заменить листы</Button>
          </Actions>
        </Done>
      )}
      {level === "municipality" && <PrefilledSection actions={actions} />}
    </Screen>
  );
}
