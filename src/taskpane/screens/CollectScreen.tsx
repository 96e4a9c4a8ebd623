/** «Файлы ОО»: pick the schools' workbooks, read them here (progress, «Отмена»), list what was read. */
import { countOf, NOUN } from "../../core/text/plural";
import * as React from "react";
import { Button, Caption1 } from "@fluentui/react-components";
import type { SourceInput } from "../../app/report";
import { renderIssue } from "../../core/validate/message";
import type { TaskpaneActions } from "../actions";
import { Done } from "../parts/Done";
import { FilePicker } from "../parts/FilePicker";
import { Empty } from "../parts/Empty";
import { JobStatus } from "../parts/JobStatus";
import { Actions, Screen } from "../parts/Screen";
import { useJob } from "../parts/use-job";
import type { CollectResult } from "../steps/collect";

interface Props {
  actions: Pick<TaskpaneActions, "collect">;
  collected: CollectResult | null;
  onCollected(result: CollectResult): void;
}

export function CollectScreen({ actions, collected, onCollected }: Props) {
  const [files, setFiles] = React.useState<SourceInput[]>([]);
  const { job, run, cancel } = useJob<CollectResult>("collect");
  const busy = job.kind === "working";
  const collect = () =>
    run(async (p) => {
      const result = await actions.collect(files, p);
      onCollected(result);
      return result;
    });
  // A new reading replaces the old figures: none are shown under its progress bar.
  const shown = job.kind === "working" ? null : job.kind === "done" ? job.result : collected;
  return (
    <Screen
      title="Файлы ОО"
      lead="Выберите заполненные книги ОО (.xlsx): они читаются здесь, в панели, и не изменяются."
    >
      <FilePicker
        label="Выбрать файлы"
        multiple
        chosen={files}
        onChange={setFiles}
        disabled={busy}
      />
      <Actions>
        <Button appearance="primary" disabled={busy || files.length === 0} onClick={collect}>
          Собрать файлы ОО
        </Button>
      </Actions>
      <JobStatus job={job} onCancel={cancel} />
      {job.kind === "idle" && !collected && (
        <Empty text="Файлы ещё не собраны. Выберите книги ОО и нажмите «Собрать файлы ОО»." />
      )}
      {shown && (
        <Done
          intent={shown.cancelled || shown.skipped.length > 0 ? "warning" : "success"}
          next="report"
          title={
            shown.cancelled
              ? `Прервано: прочитано ${shown.read.length} из ${shown.picked}`
              : `Прочитано: ${countOf(shown.read.length, NOUN.file)}`
          }
        >
          {`${countOf(shown.schools.length, NOUN.school)}, ${countOf(
            shown.read.reduce((s, r) => s + r.rows, 0),
            NOUN.row
          )} о педагогах. `}
          {shown.skipped.length > 0 && `Не прочитаны: ${shown.skipped.join(", ")}. `}
        </Done>
      )}
      {shown?.issues.map((issue, i) => (
        <Caption1 key={i}>{renderIssue(issue)}</Caption1>
      ))}
    </Screen>
  );
}
