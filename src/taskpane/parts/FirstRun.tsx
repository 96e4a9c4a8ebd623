/**
 * The first time: who works with this workbook (school or municipality), then, once per role,
 * what its numbered steps are for and where to start. Remembered in the workbook.
 */
import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { ROLE_LABEL, STEPS, type Role } from "../state/steps";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  choice: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

const ABOUT: Record<Role, string> = {
  school:
    "Заместитель руководителя ОО: заполнить книгу ОО о педагогах, проверить её и посмотреть показатели.",
  municipality:
    "Методист муниципалитета: собрать книги ОО, рассчитать сводку и рекомендации, предложить меры, оценить эффективность и разослать ОО обратную связь.",
};

const STEP_ABOUT: Record<string, string> = {
  s1: "листы книги ОО с подсказками;",
  s2: "ошибки в паспорте и списке педагогов, с переходом к ячейке;",
  s3: "показатели ОО в сравнении с целями.",
  m1: "книги ОО читаются в панели и не изменяются;",
  m2: "листы отчёта в этой книге и аналитическая справка в Word;",
  m3: "черновики мер и сравнение с прошлыми периодами;",
  m4: "книга каждой ОО с её показателями и книги ОО на новый период.",
};

export function RoleChoice({ onChoose }: { onChoose(role: Role): void }) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="pane-first-run">
      <Subtitle2 as="h2" id="pane-first-run">
        Кто работает с этой книгой?
      </Subtitle2>
      {(["school", "municipality"] as const).map((role) => (
        <div key={role} className={styles.choice}>
          <Button appearance="primary" onClick={() => onChoose(role)}>
            {ROLE_LABEL[role]}
          </Button>
          <Caption1>{ABOUT[role]}</Caption1>
        </div>
      ))}
      <Caption1>Выбор запоминается в этой книге; сменить его можно вкладками вверху.</Caption1>
    </section>
  );
}

export function RoleIntro({ role, onStart }: { role: Role; onStart(): void }) {
  const styles = useStyles();
  const steps = STEPS[role];
  return (
    <section className={styles.root} aria-labelledby="pane-intro">
      <Subtitle2 as="h2" id="pane-intro">
        {`${ROLE_LABEL[role]}: с чего начать`}
      </Subtitle2>
      <Body1>{ABOUT[role]}</Body1>
      <ol className={styles.list}>
        {steps.map((step) => (
          <li key={step.id}>
            <Body1>
              <strong>{step.label}</strong>
              {` — ${STEP_ABOUT[step.id]}`}
            </Body1>
          </li>
        ))}
      </ol>
      <Caption1>
        Шаг, на котором вы остановились, и его результат запоминаются в этой книге: их можно
        продолжить после перерыва.
      </Caption1>
      <Button appearance="primary" id="pane-intro-start" onClick={onStart}>
        {`Начать: шаг 1 «${steps[0].label}»`}
      </Button>
    </section>
  );
}
