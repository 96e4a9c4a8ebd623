/** «Обратная связь ОО»: one workbook per school, saved through the browser's download. */
import { Button, Caption1 } from "@fluentui/react-components";
import type { FeedbackOutcome, TaskpaneActions } from "../actions";
import { Done } from "../parts/Done";
import { Empty } from "../parts/Empty";
import { JobStatus } from "../parts/JobStatus";
import { ProfileSelect } from "../parts/ProfileSelect";
import { Actions, Screen } from "../parts/Screen";
import { Source } from "../parts/Source";
import { useJob } from "../parts/use-job";
import type { CollectResult } from "../steps/collect";

interface Props {
  actions: Pick<TaskpaneActions, "saveFeedback">;
  collected: CollectResult | null;
  profileId: string;
  onProfile(id: string): void;
}

export function FeedbackScreen({ actions, collected, profileId, onProfile }: Props) {
  const { job, run, cancel } = useJob<FeedbackOutcome>();
  const busy = job.kind === "working";
  const f = job.kind === "done" ? job.result : null;
  return (
    <Screen
      title="Обратная связь ОО"
      lead="Готовит для каждой ОО книгу с её показателями рядом со значениями муниципалитета, адресными рекомендациями, планом ПК и мерами. Данных других ОО в книге нет."
    >
      <Source collected={collected} />
      <ProfileSelect value={profileId} onChange={onProfile} disabled={busy} />
      <Actions>
        <Button appearance="primary" disabled={busy} onClick={() => run((p) => actions.saveFeedback({ sources: collected, profileId }, p))}>
          Сохранить файлы ОО
        </Button>
      </Actions>
      <JobStatus job={job} onCancel={cancel} />
      {job.kind === "idle" && <Empty text="Файлы ещё не сохранены. Для каждой ОО свода будет своя книга." />}
      {f && (
        <Done title={`Сохранено: ${f.saved}`}>
          {f.files.length > 1 ? `В архиве файлов: ${f.files.length}. ` : ""}
          Файл — в папке загрузок браузера.
        </Done>
      )}
      {f && f.files.length > 1 && <Caption1>{f.files.join(", ")}</Caption1>}
    </Screen>
  );
}
