import { countOf, GENITIVE, NOUN, pluralWord } from "../../../../src/core/text/plural";

describe("Russian number agreement", () => {
  it.each([
    [1, "1 строка"],
    [2, "2 строки"],
    [5, "5 строк"],
    [11, "11 строк"],
    [12, "12 строк"],
    [14, "14 строк"],
    [21, "21 строка"],
    [22, "22 строки"],
    [25, "25 строк"],
    [111, "111 строк"],
    [112, "112 строк"],
    [154, "154 строки"],
    [0, "0 строк"],
    [1001, "1001 строка"],
  ])("%i → %s", (n, text) => {
    expect(countOf(n, NOUN.row)).toBe(text);
  });

  it("agrees every declared noun on 1, 2, 5, 11, 21, 22, 25 and 111", () => {
    expect([1, 2, 5, 11, 21, 22, 25, 111].map((n) => countOf(n, NOUN.teacher))).toEqual([
      "1 педагог",
      "2 педагога",
      "5 педагогов",
      "11 педагогов",
      "21 педагог",
      "22 педагога",
      "25 педагогов",
      "111 педагогов",
    ]);
    expect(countOf(21, NOUN.year)).toBe("21 год");
    expect(countOf(3, NOUN.person)).toBe("3 человека");
  });

  it("takes the genitive singular for a fraction and ignores the sign", () => {
    expect(countOf(2.5, NOUN.year)).toBe("2,5 года");
    expect(pluralWord(-21, NOUN.error)).toBe("ошибка");
  });
});

describe("genitive after «для»", () => {
  it.each([
    [1, "1 работника"],
    [2, "2 работников"],
    [5, "5 работников"],
    [11, "11 работников"],
    [21, "21 работника"],
    [111, "111 работников"],
  ])("для %i", (n, text) => {
    expect(countOf(n, GENITIVE.worker)).toBe(text);
  });
});
