/**
 * «Книги ОО на новый период» (issue 14), on the municipality's «Шаблон» screen: a pre-filled
 * workbook per school of the open municipality workbook, last period's teachers carried over
 * from the files picked; delivered as the feedback files are (download, or opened in Excel).
 */
import * as React from "react";
import { Button, Caption1, Text } from "@fluentui/react-components";
import type { SourceInput } from "../../app/report";
import type { PrefilledOutcome, TaskpaneActions } from "../actions";
import { FilePicker } from "../parts/FilePicker";
import { JobStatus } from "../parts/JobStatus";
import { Actions } from "../parts/Screen";
import { useJob } from "../parts/use-job";
import { Outcome } from "./FeedbackScreen";

interface Props {
  actions: Pick<TaskpaneActions, "savePrefilled" | "openFeedbackFile">;
}

export function PrefilledSection({ actions }: Props) {
  const [previous, setPrevious] = React.useState<SourceInput[]>([]);
  const { job, run, cancel } = useJob<PrefilledOutcome>("prefilled");
  const busy = job.kind === "working";
  const result = job.kind === "done" ? job.result : null;
  return (
    <section aria-label="Книги ОО на новый период">
      <Text block weight="semibold" as="h3">
        Книги ОО на новый период
      </Text>
      <Caption1 block>
        Для каждой ОО из листа «Список ОО» (или «ОО») этой книги — книга с заполненным паспортом.
        Если выбрать файлы ОО прошлого периода, строки педагогов каждой ОО перенесутся в её книгу;
        жёлтые ячейки ОО заполняет заново.
      </Caption1>
      <FilePicker
        label="Файлы прошлого периода"
        multiple
        chosen={previous}
        onChange={setPrevious}
        disabled={busy}
      />
      <Actions>
        <Button
          appearance="primary"
          disabled={busy}
          aria-label="Подготовить книги ОО на новый период"
          onClick={() => run((p) => actions.savePrefilled(previous, p))}
        >
          Книги ОО на новый период
        </Button>
      </Actions>
      <JobStatus job={job} onCancel={cancel} />
      {result && <Caption1 block>{`Период новых книг: ${result.period}.`}</Caption1>}
      {result && <Outcome outcome={result} open={actions.openFeedbackFile} />}
      {result?.lines.map((line) => (
        <Caption1 block key={line}>
          {line}
        </Caption1>
      ))}
    </section>
  );
}
