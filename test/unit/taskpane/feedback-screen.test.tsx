/** @jest-environment jsdom */
import { FeedbackScreen } from "../../../src/taskpane/screens/FeedbackScreen";
import type { FeedbackOutcome } from "../../../src/taskpane/steps/feedback-delivery";
import {
  act,
  allByRole,
  byRole,
  byText,
  click,
  deferred,
  queryText,
  renderPane,
  settle,
} from "./render";

describe("«Обратная связь» says only what happened", () => {
  const files = ["Обратная связь ОО-01.xlsx", "Обратная связь ОО-02.xlsx"];

  async function finish(outcome: FeedbackOutcome, open = jest.fn(async () => undefined)) {
    const feedback = deferred<FeedbackOutcome>();
    renderPane(
      <FeedbackScreen
        actions={{ saveFeedback: feedback.step, openFeedbackFile: open }}
        collected={null}
        profileId="full"
        onProfile={() => undefined}
      />
    );
    click(byRole("button", "Сохранить файлы ОО"));
    await settle(() => feedback.resolve(outcome));
    return open;
  }

  it("on a Mac: one button per school, nothing claimed as saved; each click opens that school's book", async () => {
    const open = await finish({ files, delivery: "open", offered: null, canOpen: true });
    expect(queryText(/Сохранено|Передано на скачивание|папк/)).toBeNull();
    byText(/Пока ни одна не сохранена/);
    expect(allByRole("button", /^Открыть в Excel/)).toHaveLength(2);
    click(byRole("button", "Открыть в Excel: Обратная связь ОО-02.xlsx"));
    await act(async () => undefined);
    expect(open).toHaveBeenCalledWith("Обратная связь ОО-02.xlsx");
    byText("Открыта в Excel — сохраните её");
  });

  it("shows why a book did not open", async () => {
    await finish(
      { files, delivery: "open", offered: null, canOpen: true },
      jest.fn(async () => {
        throw new Error("This operation is not allowed due to the extension hardening policy.");
      })
    );
    click(byRole("button", "Открыть в Excel: Обратная связь ОО-01.xlsx"));
    await act(async () => undefined);
    byText(/extension hardening/);
  });

  it("where neither works: a warning, no buttons", async () => {
    await finish({ files, delivery: "none", offered: null, canOpen: false });
    byText("Файлы ОО не сохранены");
    expect(allByRole("button", /^Открыть в Excel/)).toHaveLength(0);
  });

  it("after a download: what was handed over, and the books to open should it not arrive", async () => {
    await finish({ files, delivery: "download", offered: "Обратная связь ОО.zip", canOpen: true });
    byText("Передано на скачивание: Обратная связь ОО.zip");
    expect(queryText(/Сохранено/)).toBeNull();
    expect(allByRole("button", /^Открыть в Excel/)).toHaveLength(2);
  });
});
