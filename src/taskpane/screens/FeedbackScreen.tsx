/**
 * «Обратная связь ОО»: one workbook per school. Offered as a download where the pane can
 * download; on Excel for Mac and iPad each book is opened in Excel for the person to save.
 * The result says what happened: handed to a download, or ready to be opened, never «saved».
 */
import { countOf, NOUN } from "../../core/text/plural";
import { Button, Caption1 } from "@fluentui/react-components";
import type { FeedbackOutcome, TaskpaneActions } from "../actions";
import { Done } from "../parts/Done";
import { Empty } from "../parts/Empty";
import { JobStatus } from "../parts/JobStatus";
import { OpenFiles } from "../parts/OpenFiles";
import { ProfileSelect } from "../parts/ProfileSelect";
import { Actions, Screen } from "../parts/Screen";
import { Source } from "../parts/Source";
import { useJob } from "../parts/use-job";
import type { CollectResult } from "../steps/collect";
import { downloadPlace } from "../steps/feedback-delivery";

interface Props {
  actions: Pick<TaskpaneActions, "saveFeedback" | "openFeedbackFile">;
  collected: CollectResult | null;
  profileId: string;
  onProfile(id: string): void;
}

export function FeedbackScreen({ actions, collected, profileId, onProfile }: Props) {
  const { job, run, cancel } = useJob<FeedbackOutcome>("feedback");
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
        <Button
          appearance="primary"
          disabled={busy}
          onClick={() => run((p) => actions.saveFeedback({ sources: collected, profileId }, p))}
        >
          Сохранить файлы ОО
        </Button>
      </Actions>
      <JobStatus job={job} onCancel={cancel} />
      {job.kind === "idle" && (
        <Empty text="Файлы ещё не сохранены. Для каждой ОО свода будет своя книга." />
      )}
      {f && <Outcome outcome={f} open={actions.openFeedbackFile} />}
    </Screen>
  );
}

export function Outcome({
  outcome: f,
  open,
}: {
  outcome: FeedbackOutcome;
  open(name: string): Promise<void>;
}) {
  if (f.delivery === "download")
    return (
      <>
        <Done title={`Передано на скачивание: ${f.offered}`}>
          {f.files.length > 1 ? `В архиве ${countOf(f.files.length, NOUN.file)}. ` : ""}
          {f.where ?? downloadPlace(null)}
        </Done>
        {/* Block lines: inline they ran together («ОО-03.xlsxЕсли файла нет…», issue 15 review). */}
        {f.files.length > 1 && <Caption1 block>{f.files.join(", ")}</Caption1>}
        {f.canOpen && (
          <Caption1 block>Если файла нет, откройте книги в Excel по одной и сохраните их:</Caption1>
        )}
        {f.canOpen && <OpenFiles files={f.files} open={open} />}
      </>
    );
  if (f.delivery === "open")
    return (
      <>
        <Done
          intent="info"
          title={`Готово: ${countOf(f.files.length, NOUN.book)} ОО. Пока ни одна не сохранена`}
        >
          Excel на этом устройстве не скачивает файлы из панели. Откройте книгу каждой ОО кнопкой
          ниже и сохраните её: Файл → Сохранить как.
        </Done>
        <OpenFiles files={f.files} open={open} />
      </>
    );
  return (
    <Done intent="warning" title="Файлы ОО не сохранены">
      Excel на этом устройстве не скачивает файлы из панели и не открывает из надстройки новые книги
      (нужен ExcelApi 1.8). Подготовьте файлы в Excel в браузере или на Windows.
    </Done>
  );
}
