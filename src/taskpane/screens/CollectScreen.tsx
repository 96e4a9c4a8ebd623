/**
 * «Файлы ОО»: pick the schools' workbooks, read them here (progress, «Отмена»), list what was
 * read. The collection the later steps use changes only when a reading finished: «Отмена» keeps
 * the earlier one, and a new one with fewer schools or rows than the earlier asks first.
 */
import { countOf, NOUN } from "../../core/text/plural";
import * as React from "react";
import { Button, Caption1 } from "@fluentui/react-components";
import {
  collectionTotals,
  dataLoss,
  duplicateLines,
  lossLines,
  type SourceInput,
} from "../../app/report";
import { renderIssue } from "../../core/validate/message";
import type { TaskpaneActions } from "../actions";
import { useConfirm } from "../parts/ConfirmPrompt";
import { Done } from "../parts/Done";
import { FilePicker } from "../parts/FilePicker";
import { Empty } from "../parts/Empty";
import { JobStatus } from "../parts/JobStatus";
import { Actions, Screen } from "../parts/Screen";
import { useJob } from "../parts/use-job";
import { damagedLines, type CollectResult } from "../steps/collect";
import type { Confirm } from "../steps/confirm";

interface Props {
  actions: Pick<TaskpaneActions, "collect">;
  collected: CollectResult | null;
  onCollected(result: CollectResult): void;
}

/** What became of a reading: taken for the next steps, or the earlier collection kept. */
interface Reading {
  result: CollectResult;
  /** Why the earlier collection was kept; null: this reading is the collection now. */
  keptEarlier: "cancelled" | "declined" | null;
}

/** Whether a reading replaces the collection the pane holds: asks when it would lose data. */
async function decide(
  result: CollectResult,
  earlier: CollectResult | null,
  ask: Confirm
): Promise<Reading["keptEarlier"]> {
  if (earlier === null || earlier.schools.length === 0) return null;
  if (result.cancelled) return "cancelled";
  const loss = dataLoss(earlier.schools, result.schools);
  if (loss === null) return null;
  const yes = await ask({
    title: "Новые файлы дают меньше данных, чем собранные раньше. Заменить?",
    lines: [
      ...lossLines(loss),
      ...(result.skipped.length > 0 ? [`Не прочитаны: ${result.skipped.join(", ")}.`] : []),
      "«Заменить» — дальше работать с новыми файлами; «Нет» — оставить собранные раньше.",
    ],
    yes: "Заменить",
    no: "Нет",
  });
  return yes ? null : "declined";
}

export function CollectScreen({ actions, collected, onCollected }: Props) {
  const [files, setFiles] = React.useState<SourceInput[]>([]);
  const { job, run, cancel } = useJob<Reading>("collect");
  const confirm = useConfirm();
  const busy = job.kind === "working";
  const collect = () =>
    run(async (p) => {
      const result = await actions.collect(files, p);
      const keptEarlier = await decide(result, collected, confirm.ask);
      if (keptEarlier === null) onCollected(result);
      return { result, keptEarlier };
    });
  const reading = job.kind === "done" ? job.result : null;
  // A new reading replaces the old figures: none are shown under its progress bar.
  const shown = job.kind === "working" ? null : (reading?.result ?? collected);
  // What the later steps will use: a reading not taken («Отмена», «Нет») warns of nothing.
  const inUse = shown !== null && reading?.keptEarlier ? collected : shown;
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
      {confirm.prompt ?? <JobStatus job={job} onCancel={cancel} />}
      {job.kind === "idle" && !collected && (
        <Empty text="Файлы ещё не собраны. Выберите книги ОО и нажмите «Собрать файлы ОО»." />
      )}
      {shown && <ReadingDone result={shown} keptEarlier={reading?.keptEarlier ?? null} />}
      {reading?.keptEarlier && collected && (
        <Done
          intent="info"
          title={`Оставлены собранные раньше: ${countOf(collected.read.length, NOUN.file)}`}
        >
          {`${totalsText(collected)} — с ними работают шаги «Сводка» и дальше.`}
        </Done>
      )}
      {inUse && inUse.duplicates.length > 0 && (
        <Done intent="warning" title="Одна и та же ОО в нескольких файлах">
          {`${duplicateLines(inUse.duplicates).join(" ")} В свод войдёт только один файл каждой ОО: уберите лишний и соберите файлы заново.`}
        </Done>
      )}
      {shown && <DamagedFiles result={shown} />}
      {shown?.issues.map((issue, i) => (
        <Caption1 key={i}>{renderIssue(issue)}</Caption1>
      ))}
    </Screen>
  );
}

/** «3 ОО, 94 строки о педагогах»: each school once, as the report will count them. */
function totalsText(result: CollectResult): string {
  const totals = collectionTotals(result.schools);
  return `${countOf(totals.schools, NOUN.school)}, ${countOf(totals.rows, NOUN.row)} о педагогах`;
}

/** School files read but damaged (a missing sheet, no code): named now, not at «Рассчитать». */
function DamagedFiles({ result }: { result: CollectResult }) {
  const lines = damagedLines(result.schools);
  if (lines.length === 0) return null;
  return (
    <Done intent="warning" title={`Книги ОО с ошибками: ${countOf(lines.length, NOUN.file)}`}>
      {`${lines.join(" ")} Попросите ОО прислать книгу, заполненную в шаблоне ПедМонитора, и соберите файлы заново.`}
    </Done>
  );
}

function ReadingDone({
  result,
  keptEarlier,
}: {
  result: CollectResult;
  keptEarlier: Reading["keptEarlier"];
}) {
  const partial =
    result.cancelled || result.skipped.length > 0 || damagedLines(result.schools).length > 0;
  const next =
    keptEarlier !== null
      ? "Эти файлы не заменили собранные раньше."
      : result.cancelled
        ? "Дальше шаги работают с прочитанными файлами; чтобы взять все, нажмите «Собрать файлы ОО» снова."
        : "Дальше — шаг «Сводка».";
  return (
    <Done
      intent={partial || keptEarlier !== null ? "warning" : "success"}
      next={keptEarlier === null ? "report" : undefined}
      title={
        result.cancelled
          ? `Прервано: прочитано ${result.read.length} из ${result.picked}`
          : `Прочитано: ${countOf(result.read.length, NOUN.file)}`
      }
    >
      {`${totalsText(result)}. `}
      {result.skipped.length > 0 && `Не прочитаны: ${result.skipped.join(", ")}. `}
      {next}
    </Done>
  );
}
