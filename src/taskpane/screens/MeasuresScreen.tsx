/** «Меры»: append draft measures for the indicators that miss their targets. */
import { countOf, NOUN } from "../../core/text/plural";
import { Button } from "@fluentui/react-components";
import type { TaskpaneActions } from "../actions";
import { UndoNote } from "../parts/ConfirmUndoNote";
import { Done } from "../parts/Done";
import { Empty } from "../parts/Empty";
import { JobStatus } from "../parts/JobStatus";
import { Actions, Screen } from "../parts/Screen";
import { Source } from "../parts/Source";
import { useJob } from "../parts/use-job";
import type { CollectResult } from "../steps/collect";
import type { MeasuresOutcome } from "../steps/measures";

interface Props {
  actions: Pick<TaskpaneActions, "proposeMeasures" | "undoNote">;
  collected: CollectResult | null;
  profileId: string;
}

export function MeasuresScreen({ actions, collected, profileId }: Props) {
  const { job, run } = useJob<MeasuresOutcome>("measures");
  const busy = job.kind === "working";
  const m = job.kind === "done" ? job.result : null;
  return (
    <Screen
      title="Меры"
      lead="Добавляет на лист «Меры» черновики мер по показателям, не достигшим цели. Строки, которые вы уже заполнили, не меняются; отредактируйте черновики и укажите статус."
    >
      <Source collected={collected} />
      <Actions>
        <Button
          appearance="primary"
          disabled={busy}
          onClick={() => run((p) => actions.proposeMeasures({ sources: collected, profileId }, p))}
        >
          Предложить меры
        </Button>
      </Actions>
      <JobStatus job={job} />
      {job.kind === "idle" && (
        <Empty
          text="Черновики мер ещё не добавлены. Сначала рассчитайте сводку, затем нажмите «Предложить меры»."
          next="report"
        />
      )}
      {m && m.added > 0 && (
        <Done title={`Добавлено черновиков: ${m.added}`}>
          {m.created
            ? "Лист «Меры» создан."
            : `На листе уже было ${countOf(m.existing, NOUN.measure)}.`}
        </Done>
      )}
      {m && m.added > 0 && <UndoNote actions={actions} />}
      {m && m.added === 0 && (
        <Done intent="info" title="Новых мер не предложено">
          Для каждого показателя, не достигшего цели, мера уже есть на листе «Меры».
        </Done>
      )}
    </Screen>
  );
}
