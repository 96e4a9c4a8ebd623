/**
 * «Книги ОО на новый период» (issue 14), on the municipality's «Шаблон» screen: a pre-filled
 * workbook per school of the open municipality workbook, last period's teachers carried over
 * from the files picked; delivered as the feedback files are (download, or opened in Excel).
 * What could not be carried is said above the files, in the command line's words
 * (app/template/prefilled-notes.ts); nothing of last period usable: nothing made, and a way out.
 * The screen's one primary button is «Создать шаблон»: this one is secondary (issue 15 review).
 */
import * as React from "react";
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { SourceInput } from "../../app/report";
import type { PrefilledOutcome, TaskpaneActions } from "../actions";
import { FilePicker } from "../parts/FilePicker";
import { JobStatus } from "../parts/JobStatus";
import { Actions } from "../parts/Screen";
import { useJob } from "../parts/use-job";
import { Outcome } from "./FeedbackScreen";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  line: { display: "block" },
  aside: { display: "block", paddingLeft: tokens.spacingHorizontalL },
});

interface Props {
  actions: Pick<TaskpaneActions, "savePrefilled" | "openFeedbackFile">;
}

export function PrefilledSection({ actions }: Props) {
  const styles = useStyles();
  const [previous, setPrevious] = React.useState<SourceInput[]>([]);
  const { job, run, cancel } = useJob<PrefilledOutcome>("prefilled");
  const busy = job.kind === "working";
  const outcome = job.kind === "done" ? job.result : null;
  const made = outcome?.kind === "made" ? outcome : null;
  const make = (files: readonly SourceInput[]) => run((p) => actions.savePrefilled(files, p));
  return (
    <section aria-label="Книги ОО на новый период" className={styles.root}>
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
          disabled={busy}
          aria-label="Подготовить книги ОО на новый период"
          onClick={() => make(previous)}
        >
          Книги ОО на новый период
        </Button>
      </Actions>
      <JobStatus job={job} onCancel={cancel} />
      {outcome?.kind === "refused" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Книги не подготовлены</MessageBarTitle>
            <span className={styles.line}>{outcome.reason}</span>
            <span className={styles.line}>
              Выберите книги ОО или книгу муниципалитета прошлого периода кнопкой «Файлы прошлого
              периода» — или подготовьте книги без переноса педагогов.
            </span>
          </MessageBarBody>
          <MessageBarActions>
            <Button
              onClick={() => {
                setPrevious([]);
                void make([]);
              }}
            >
              Без переноса педагогов
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {made && <Caption1 block>{`Период новых книг: ${made.period}.`}</Caption1>}
      {made && made.warnings.length > 0 && (
        <MessageBar
          intent={made.attention ? "warning" : "info"}
          layout="multiline"
          aria-label="Что не перенесено"
        >
          <MessageBarBody>
            <MessageBarTitle>
              {made.attention ? "Не все педагоги перенесены — проверьте коды" : "Что не перенесено"}
            </MessageBarTitle>
            {made.warnings.map((line) => (
              <span key={line} className={styles.line}>
                {line}
              </span>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {made && <Outcome outcome={made} open={actions.openFeedbackFile} />}
      {made?.books.map((book) => (
        <React.Fragment key={book.line}>
          <Caption1 block>{book.line}</Caption1>
          {book.setAside.map((line) => (
            <Caption1 block key={line} className={styles.aside}>
              {line}
            </Caption1>
          ))}
        </React.Fragment>
      ))}
    </section>
  );
}
