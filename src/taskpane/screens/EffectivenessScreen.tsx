/**
 * «Эффективность»: compare with the previous period (its workbook, or `Настройки`), judge the
 * measures, and show `Динамика` over every earlier period chosen (up to five).
 */
import * as React from "react";
import { Button, Caption1 } from "@fluentui/react-components";
import type { SourceInput } from "../../app/report";
import type { TaskpaneActions } from "../actions";
import { UndoNote } from "../parts/ConfirmUndoNote";
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
  actions: Pick<TaskpaneActions, "effectiveness" | "undoNote">;
  collected: CollectResult | null;
  profileId: string;
}

export function EffectivenessScreen({ actions, collected, profileId }: Props) {
  const [files, setFiles] = React.useState<SourceInput[]>([]);
  const { job, run, cancel } = useJob<EffectivenessOutcome>("effect");
  const busy = job.kind === "working";
  const e = job.kind === "done" ? job.result : null;
  const compare = () =>
    run((p) => actions.effectiveness({ sources: collected, profileId, previousFiles: files }, p));
  return (
    <Screen
      title="Эффективность"
      lead="Сравнивает показатели с прошлым периодом, оценивает меры и строит лист «Динамика». Выберите книги муниципалитета (или книги ОО) прошлых периодов — до пяти периодов, в любом порядке: самый поздний считается предыдущим. Или оставьте пустым: тогда берутся значения из листа «Настройки»."
    >
      <Source collected={collected} />
      <FilePicker
        label="Книги прошлых периодов"
        multiple
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
          {e.previousFrom === "files"
            ? `Прошлые периоды: ${e.periods.join(", ")} (предыдущий — ${e.periods[e.periods.length - 1]}); лист «Динамика» ${e.dynamics ? "записан" : "не записан: в книге есть свой лист с таким именем"}. `
            : "Прошлый период: лист «Настройки». "}
          {`Сравнено показателей: ${e.compared}; лучше — ${e.better}, хуже — ${e.worse}, без изменений — ${e.same}. `}
          {e.previousFrom === "files"
            ? "Эти прошлые периоды запомнены: «Сводка», справка, меры и обратная связь по тем же файлам ОО считают динамику к ним. "
            : ""}
          {`Меры: эффективна — ${e.verdicts["эффективна"]}, неэффективна — ${e.verdicts["неэффективна"]}, нет данных — ${e.verdicts["нет данных"]}, не оценивается — ${e.verdicts["не оценивается"]}.`}
        </Done>
      )}
      {e && <UndoNote actions={actions} />}
      {e?.notes.map((line) => (
        <Caption1 key={line}>{line}</Caption1>
      ))}
      {e && !e.written && (
        <Caption1>В книге есть свой лист «Эффективность»: переименуйте его и повторите.</Caption1>
      )}
    </Screen>
  );
}
