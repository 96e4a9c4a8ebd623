/** @jest-environment jsdom */
import {
  AnnounceProvider,
  Badge,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { SilentBars, spokenText } from "../../../src/taskpane/parts/result-focus";
import { renderPane } from "./render";

function Bar() {
  return (
    <MessageBar intent="warning" layout="multiline" data-pane-result="">
      <MessageBarBody>
        <MessageBarTitle>Шаблон создан</MessageBarTitle>
        Листы: Инструкция, Педагоги.
      </MessageBarBody>
      <MessageBarActions>
        <Button>Заменить</Button>
        <Button>Нет</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

describe("the pane's announcer of results", () => {
  it("reads a bar as sentences, without its buttons' labels", () => {
    const root = renderPane(<Bar />);
    const bar = root.querySelector("[data-pane-result]")!;
    expect(spokenText(bar)).toBe("Шаблон создан. Листы: Инструкция, Педагоги.");
  });

  it("reads badges side by side as a list", () => {
    const root = renderPane(
      <div role="status">
        <Badge>4 ошибки</Badge>
        <Badge>1 предупреждение</Badge>
        <Badge>47 строк</Badge>
      </div>
    );
    expect(spokenText(root.querySelector("[role=status]")!)).toBe(
      "4 ошибки, 1 предупреждение, 47 строк"
    );
  });

  it("leaves Fluent's message bars silent (they would read textContent with button labels)", () => {
    const heard: string[] = [];
    const recorder = { announce: (message: string) => void heard.push(message) };
    renderPane(
      <AnnounceProvider value={recorder}>
        <Bar />
      </AnnounceProvider>
    );
    // Fluent's own announcement on mount: glued words and the buttons' labels.
    expect(heard).toEqual(["Шаблон созданЛисты: Инструкция, Педагоги.,ЗаменитьНет"]);
    heard.length = 0;
    renderPane(
      <AnnounceProvider value={recorder}>
        <SilentBars>
          <Bar />
        </SilentBars>
      </AnnounceProvider>
    );
    expect(heard).toEqual([]);
  });
});
