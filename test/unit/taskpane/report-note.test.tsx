/** @jest-environment jsdom */
import type { NoteOutcome } from "../../../src/taskpane/actions";
import { ReportScreen } from "../../../src/taskpane/screens/ReportScreen";
import { canDeliverNote, deliverNote, NOTE_UNAVAILABLE } from "../../../src/taskpane/steps/note";
import { byRole, byText, click, deferred, queryText, renderPane, settle } from "./render";

function screen(saveNote: jest.Mock, canSaveNote?: () => boolean) {
  renderPane(
    <ReportScreen
      actions={{ report: jest.fn(), saveNote, canSaveNote }}
      collected={null}
      profileId="004"
      onProfile={() => undefined}
    />
  );
}

describe("Справка в Word on the report step", () => {
  it("builds the document for the chosen profile and says it was handed to a download", async () => {
    const note = deferred<NoteOutcome>();
    screen(note.step);
    click(byRole("button", "Справка в Word"));
    expect(note.step.mock.calls[0][0]).toMatchObject({ profileId: "004", sources: null });
    expect(byRole("button", "Рассчитать").hasAttribute("disabled")).toBe(true);
    await settle(() =>
      note.resolve({ file: "Аналитическая справка 2025-05-31.docx", delivery: "download" })
    );
    byText("Передано на скачивание: Аналитическая справка 2025-05-31.docx");
    expect(byRole("button", "Рассчитать").hasAttribute("disabled")).toBe(false);
  });

  it("says where the справка is when this Excel cannot download", async () => {
    const note = deferred<NoteOutcome>();
    screen(note.step);
    click(byRole("button", "Справка в Word"));
    await settle(() => note.resolve({ file: "Аналитическая справка.docx", delivery: "none" }));
    byText("Справка не сохранена");
    expect(queryText(/Передано на скачивание/)).toBeNull();
  });
});

describe("Справка в Word where the pane cannot download (Excel for Mac, iPad)", () => {
  it("is disabled before any click, says why and where the справка is; a click builds nothing", () => {
    const saveNote = jest.fn();
    screen(saveNote, () => false);
    const button = byRole("button", "Справка в Word");
    expect(button.getAttribute("aria-disabled")).toBe("true");
    const why = byText(NOTE_UNAVAILABLE);
    expect(button.getAttribute("aria-describedby")).toBe(why.id);
    expect(NOTE_UNAVAILABLE).toMatch(/Excel для Mac/);
    expect(NOTE_UNAVAILABLE).toMatch(/лист[а-я]* «Аналитическая справка»/);
    // The step's lead does not promise what the disabled button cannot do (review 15b).
    expect(document.body.textContent).not.toContain(
      "сохраняет аналитическую справку документом Word"
    );
    click(button);
    expect(saveNote).not.toHaveBeenCalled();
    expect(byRole("button", "Рассчитать").hasAttribute("disabled")).toBe(false);
  });

  it("is offered as usual where the pane can download", () => {
    screen(jest.fn(), () => true);
    expect(byRole("button", "Справка в Word").getAttribute("aria-disabled")).toBeNull();
    expect(queryText(NOTE_UNAVAILABLE)).toBeNull();
    expect(document.body.textContent).toContain("сохраняет аналитическую справку документом Word");
  });

  it("is decided by the host: Mac, iPad and Android cannot, Windows and the web can", () => {
    const host = (platform: string) => ({ platform, createWorkbook: null });
    expect(["Mac", "iOS", "Android"].map((p) => canDeliverNote(host(p)))).toEqual([
      false,
      false,
      false,
    ]);
    expect(["PC", "OfficeOnline"].map((p) => canDeliverNote(host(p)))).toEqual([true, true]);
  });
});

describe("deliverNote", () => {
  const file = { name: "Аналитическая справка.docx", bytes: new Uint8Array([1, 2]) };
  it("downloads where the pane can", () => {
    const download = jest.fn();
    const outcome = deliverNote(file, { platform: "PC", createWorkbook: null }, download);
    expect(outcome).toMatchObject({ file: file.name, delivery: "download" });
    expect(download).toHaveBeenCalledWith(file);
  });
  it("never opens a Word document as a workbook on a Mac", () => {
    const download = jest.fn();
    const createWorkbook = jest.fn();
    const outcome = deliverNote(file, { platform: "Mac", createWorkbook }, download);
    expect(outcome.delivery).toBe("none");
    expect(download).not.toHaveBeenCalled();
    expect(createWorkbook).not.toHaveBeenCalled();
  });
});

describe("where a downloaded file goes, said truly per host", () => {
  const file = { name: "Справка.docx", bytes: new Uint8Array([1]) };
  it("inside Excel for Windows it does not speak of the browser's downloads", () => {
    const outcome = deliverNote(file, { platform: "PC", createWorkbook: null }, () => undefined);
    expect(outcome.where).toMatch(/Excel для Windows/);
    expect(outcome.where).not.toMatch(/браузер/);
  });
  it("in Excel on the web it is the browser's download", () => {
    const outcome = deliverNote(
      file,
      { platform: "OfficeOnline", createWorkbook: null },
      () => undefined
    );
    expect(outcome.where).toMatch(/загрузках браузера/);
  });
});
