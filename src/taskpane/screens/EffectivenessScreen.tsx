/** «Эффективность»: compare with the previous period (its workbook, or `Настройки`) and judge the measures. */
import * as React from "react";
import { Button, Caption1 } from "@fluentui/react-components";
import type { SourceInput } from "../../app/report";
import type { TaskpaneActions } from "../actions";
import { Done } from "../parts/Done";
import { FilePicker } from "../parts/FilePicker";
import { Empty } from "../parts/Empty";
import { JobStatus } from "../parts/JobStatus";
import { Actions, Screen } from "../parts/Screen";
import { Source } from "../parts/Source";
import { useJob } from "../parts/use-job";
import type { CollectResult } from "../steps/collect";
import type { EffectivenessOutcome } from "../steps/effectiveness";

interface Props {
  actions: Pick<TaskpaneActions, "effectiveness">;
  collected: CollectResult | null;
  profileId: string;
}

export function EffectivenessScreen({ actions, collected, profileId }: Props) {
  const [files, setFiles] = React.useState<SourceInput[]>([]);
  const { job, run, cancel } = useJob<EffectivenessOutcome>();
  const busy = job.kind === "working";
  const e = job.kind === "done" ? job.result : null;
  const compare = () =>
    run((p) => actions.effectiveness({ sources: collected, profileId, previousFiles: files }, p));
  return (
    <Screen
      title="Эффективность"
      lead="Сравнивает показатели с прошлым периодом и оценивает меры. Выберите книгу муниципалитета прошлого периода или оставьте пустым: тогда берутся значения из листа «Настройки»."
    >
      <Source collected={collected} />
      <FilePicker
        label="Книга прошлого периода"
        chosen={files}
        onChange={setFiles}
        disabled={busy}
      />
      <Actions>
        <Button appearance="primary" disabled={busy} onClick={compare}>
          Оценить эффективность
        </Button>
      </Actions>
      <JobStatus job={job} onCancel={cancel} />
      {job.kind === "idle" && <Empty text="Сравнение ещё не выполнено." />}
      {e && (
        <Done
          intent={e.written ? "success" : "warning"}
          title={e.written ? "Лист «Эффективность» записан" : "Лист «Эффективность» не записан"}
        >
          {`Прошлый период: ${e.previousFrom === "files" ? "книга прошлого периода" : "лист «Настройки»"}. `}
          {`Сравнено показателей: ${e.compared}; лучше — ${e.better}, хуже — ${e.worse}, без изменений — ${e.same}. `}
          {`Меры: эффективна — ${e.verdicts["эффективна"]}, неэффективна — ${e.verdicts["неэффективна"]}, нет данных — ${e.verdicts["нет данных"]}, не оценивается — ${e.verdicts["не оценивается"]}.`}
        </Done>
      )}
      {e && !e.written && (
        <Caption1>В книге есть свой лист «Эффективность»: переименуйте его и повторите.</Caption1>
      )}
    </Screen>
  );
}
