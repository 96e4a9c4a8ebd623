/**
 * «Сводка»: compute the municipal report and write it into the open workbook; and the
 * «Аналитическая справка» as a Word document, offered as a download.
 */
import * as React from "react";
import { Badge, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { countOf, GENITIVE, NOUN } from "../../core/text/plural";
import type { NewBookOutcome, NoteOutcome, TaskpaneActions } from "../actions";
import { downloadPlace } from "../steps/feedback-delivery";
import { useConfirm } from "../parts/ConfirmPrompt";
import { Refusal } from "../parts/ConfirmRefusal";
import { CollectionList } from "../parts/CollectionList";
import { UndoNote } from "../parts/ConfirmUndoNote";
import { Done } from "../parts/Done";
import { Empty } from "../parts/Empty";
import { JobStatus } from "../parts/JobStatus";
import { ProfileSelect } from "../parts/ProfileSelect";
import { Actions, Screen } from "../parts/Screen";
import { Source } from "../parts/Source";
import { useRunRequest } from "../parts/run-request";
import { useJob } from "../parts/use-job";
import type { CollectResult } from "../steps/collect";
import { NOTE_UNAVAILABLE } from "../steps/note";
import { STATUSES, type ReportOutcome } from "../steps/report";

const useStyles = makeStyles({
  badges: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

interface Props {
  actions: Pick<
    TaskpaneActions,
    "report" | "saveNote" | "undoNote" | "undoAhead" | "reportNewBook" | "canSaveNote"
  >;
  collected: CollectResult | null;
  profileId: string;
  onProfile(id: string): void;
  /** Opens another step (the way out of a refused report); absent: the text names it. */
  onOpenStep?(step: string): void;
}

export function ReportScreen({ actions, collected, profileId, onProfile, onOpenStep }: Props) {
  const styles = useStyles();
  const { job, run, cancel, reset } = useJob<ReportOutcome>("report");
  // «Нет данных для свода: файлы ОО не собраны…» is no longer true once files are collected.
  const stale =
    job.kind === "error" && job.failure.next === "collect" && (collected?.schools.length ?? 0) > 0;
  React.useEffect(() => {
    if (stale) reset();
  }, [stale, reset]);
  const confirm = useConfirm();
  const busy = job.kind === "working";
  const outcome = job.kind === "done" ? job.result : null;
  const s = outcome?.kind === "written" ? outcome.summary : null;
  const note = useJob<NoteOutcome>("note");
  const calculate = () =>
    run((p) => actions.report({ sources: collected, profileId }, p, confirm.ask));
  const saveNote = () => note.run((p) => actions.saveNote({ sources: collected, profileId }, p));
  const newBook = useJob<NewBookOutcome>("report-new-book");
  const reportNewBook = actions.reportNewBook;
  const saveNewBook =
    reportNewBook && (collected?.schools.length ?? 0) > 0
      ? () => newBook.run((p) => reportNewBook({ sources: collected, profileId }, p))
      : null;
  const noteBusy = note.job.kind === "working" || newBook.job.kind === "working";
  // Excel for Mac and iPad cannot take a file from the pane: said before the click (minor 7).
  const noteOff = actions.canSaveNote?.() === false;
  const noteWhy = React.useId();
  useRunRequest("report", { run: calculate });
  return (
    <Screen
      title="Сводка и рекомендации"
      lead={
        "Сводит данные ОО, считает показатели и пишет листы отчёта в эту книгу. «Настройки», «Меры» и «Правила рекомендаций» не перезаписываются." +
        (noteOff ? "" : " «Справка в Word» сохраняет аналитическую справку документом Word.")
      }
    >
      <Source collected={collected} />
      <ProfileSelect value={profileId} onChange={onProfile} disabled={busy || noteBusy} />
      <Actions>
        <Button appearance="primary" disabled={busy || noteBusy} onClick={calculate}>
          Рассчитать
        </Button>
        <Button
          disabled={busy || noteBusy}
          disabledFocusable={noteOff}
          aria-describedby={noteOff ? noteWhy : undefined}
          onClick={saveNote}
        >
          Справка в Word
        </Button>
      </Actions>
      {noteOff && (
        <Caption1 block id={noteWhy}>
          {NOTE_UNAVAILABLE}
        </Caption1>
      )}
      {/* Before «Рассчитать» rewrites sheets: can it be undone on this host? */}
      {!s && actions.undoAhead && <Caption1 block>{actions.undoAhead()}</Caption1>}
      <JobStatus job={note.job} onCancel={note.cancel} />
      {note.job.kind === "done" && <NoteDone outcome={note.job.result} />}
      {confirm.prompt ?? (!stale && <JobStatus job={job} onCancel={cancel} />)}
      {outcome?.kind === "declined" && (
        <Done intent="info" title="Отчёт не записан: книга не изменена">
          {outcome.lines.join(" ")}
        </Done>
      )}
      {outcome?.kind === "refused" && (
        <Refusal
          title={outcome.title}
          lines={outcome.lines}
          next={
            outcome.way === "collect" && onOpenStep
              ? { label: "Открыть шаг «Файлы ОО»", open: () => onOpenStep("collect") }
              : outcome.way === "municipality-book" && saveNewBook
                ? { label: "Сводка в новой книге", open: () => void saveNewBook() }
                : undefined
          }
        />
      )}
      <JobStatus job={newBook.job} onCancel={newBook.cancel} />
      {newBook.job.kind === "done" && <NewBookDone outcome={newBook.job.result} />}
      {job.kind === "idle" && (
        <Empty text="Отчёт ещё не рассчитан. Выберите профиль и нажмите «Рассчитать»." />
      )}
      {s && (
        <Done
          intent={s.errorCount > 0 ? "warning" : "success"}
          title="Отчёт записан в книгу"
          next={s.earlier.length === 0 ? "effect" : undefined}
        >
          {`В своде ${countOf(s.schools, NOUN.school)}, ${countOf(s.rows, NOUN.row)}${s.period ? `, период ${s.period}` : ""}. `}
          {`Сбор данных: ${s.collection} (лист «Сбор данных»). `}
          {`Рекомендации: по показателям — ${s.recommendations}, индивидуальные — ${s.personal} для ${countOf(s.personalWorkers, GENITIVE.worker)}. `}
          {`В данных ${countOf(s.errorCount, NOUN.error)} и ${countOf(s.warningCount, NOUN.warning)} (лист «Ошибки»).`}
          {s.earlier.length > 0
            ? ` Динамика — к прошлым периодам ${s.earlier.join(", ")} (выбраны на шаге «Эффективность»).`
            : " Прошлые периоды не выбраны: динамику по книгам прошлых лет даёт шаг «Эффективность»."}
        </Done>
      )}
      {s && (
        <div
          className={styles.badges}
          role="status"
          aria-label="Показатели муниципалитета по статусам"
        >
          {STATUSES.map((status) => (
            <Badge
              key={status}
              appearance="tint"
              color={
                status === "несоответствие"
                  ? "danger"
                  : status === "соответствие"
                    ? "success"
                    : "informative"
              }
            >
              {`${status}: ${s.statuses[status]}`}
            </Badge>
          ))}
        </div>
      )}
      {s && <UndoNote actions={actions} />}
      {s && <CollectionList lines={s.tracker} />}
      {s && <Caption1>{`Записаны листы: ${s.written.join(", ")}.`}</Caption1>}
      {s && s.kept.length > 0 && (
        <Caption1>{`Сохранены без изменений: ${s.kept.join(", ")}.`}</Caption1>
      )}
      {s && s.skipped.length > 0 && (
        <Caption1>{`Не записаны (лист с таким именем создан не надстройкой): ${s.skipped.join(", ")}.`}</Caption1>
      )}
      {s?.excluded.map((line) => (
        <Caption1 key={line}>{`Не включена в свод: ${line}`}</Caption1>
      ))}
      {s?.changes && <Caption1>{s.changes}</Caption1>}
    </Screen>
  );
}

function NoteDone({ outcome }: { outcome: NoteOutcome }) {
  if (outcome.delivery === "download")
    return (
      <Done title={`Передано на скачивание: ${outcome.file}`}>
        {outcome.where ?? downloadPlace(null)}
      </Done>
    );
  return (
    <Done intent="info" title="Справка не сохранена">
      Excel на этом устройстве не скачивает файлы из панели. Справка есть на листе «Аналитическая
      справка» после «Рассчитать»; документ Word строит команда «pedmonitor report … --note
      справка.docx».
    </Done>
  );
}

function NewBookDone({ outcome }: { outcome: NewBookOutcome }) {
  if (outcome.delivery === "open")
    return (
      <Done title={`Свод открыт новой книгой: ${outcome.file}`}>
        Эта книга не изменена. Сохраните новую книгу (Файл → Сохранить как) и работайте со сводом в
        ней: откройте в ней ПедМонитор, «Муниципалитет».
      </Done>
    );
  if (outcome.delivery === "download")
    return (
      <Done title={`Передано на скачивание: ${outcome.file}`}>
        {`${outcome.where ?? downloadPlace(null)} Эта книга не изменена.`}
      </Done>
    );
  return (
    <Done intent="info" title="Свод не сохранён">
      Excel на этом устройстве не открывает и не скачивает книги из панели. Создайте новую книгу и
      постройте свод в ней, или командой «pedmonitor report … --out свод.xlsx».
    </Done>
  );
}
