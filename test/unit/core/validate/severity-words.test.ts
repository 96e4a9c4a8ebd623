/**
 * The words for an issue's severity are one table (SEVERITY_TEXT of `Ошибки`): the label a
 * message starts with in notes and the pane is the same word, capitalised.
 */
import { SEVERITY_TEXT } from "../../../../src/core/schema/errors";
import { SEVERITY_LABEL } from "../../../../src/core/validate/message";

describe("severity words", () => {
  it("are `Ошибки`'s words, capitalised where a message starts with them", () => {
    expect(SEVERITY_TEXT).toEqual({ error: "ошибка", warning: "предупреждение" });
    expect(SEVERITY_LABEL).toEqual({ error: "Ошибка", warning: "Предупреждение" });
  });

  it("follow a change of the one table", () => {
    jest.isolateModules(() => {
      jest.doMock("../../../../src/core/schema/errors", () => ({
        ...jest.requireActual("../../../../src/core/schema/errors"),
        SEVERITY_TEXT: { error: "ошибка", warning: "замечание" },
      }));
      const { SEVERITY_LABEL: label } = jest.requireActual<
        typeof import("../../../../src/core/validate/message")
      >("../../../../src/core/validate/message");
      expect(label.warning).toBe("Замечание");
    });
  });
});
