import { intOption, listOption, parseArgs } from "../../../src/cli/args";
import { CliError } from "../../../src/cli/io";
import { plural } from "../../../src/cli/output";

const spec = {
  options: { out: "value", json: "value", force: "flag" } as const,
  minPositionals: 1,
  maxPositionals: 2,
};

describe("parseArgs", () => {
  it("reads positionals, --name value, --name=value and flags in any order", () => {
    const args = parseArgs(["--out", "a.xlsx", "x", "--json=b.json", "--force", "y"], spec, "t");
    expect(args.positionals).toEqual(["x", "y"]);
    expect(Object.fromEntries(args.options)).toEqual({
      out: "a.xlsx",
      json: "b.json",
      force: true,
    });
  });

  it.each([
    [["x", "--nope"], /Неизвестный параметр --nope/],
    [["x", "--out"], /После --out нужно значение/],
    [["x", "--out", "--json", "j"], /После --out нужно значение/],
    [["x", "--force=1"], /не принимает значения/],
    [[], /не хватает аргументов/],
    [["x", "y", "z"], /Лишние аргументы/],
  ])("%j is refused in Russian", (argv, message) => {
    expect(() => parseArgs(argv, spec, "t")).toThrow(CliError);
    expect(() => parseArgs(argv, spec, "t")).toThrow(message);
  });

  it("takes a list option several times, in order; a plain value option twice is still refused", () => {
    const listSpec = { ...spec, options: { ...spec.options, previous: "list" } as const };
    const args = parseArgs(
      ["x", "--previous", "a.xlsx", "--previous=b", "--previous", "c"],
      listSpec,
      "t"
    );
    expect(listOption(args, "previous")).toEqual(["a.xlsx", "b", "c"]);
    expect(listOption(parseArgs(["x"], listSpec, "t"), "previous")).toEqual([]);
    expect(() => parseArgs(["x", "--out", "a", "--out", "b"], listSpec, "t")).toThrow(
      /больше одного раза/
    );
    expect(() => parseArgs(["x", "--previous"], listSpec, "t")).toThrow(/нужно значение/);
  });

  it("checks whole-number options and their bounds", () => {
    const args = (v: string) => parseArgs(["x", "--out", v], spec, "t");
    expect(intOption(args("12"), "out", 1, 1, 500)).toBe(12);
    expect(intOption(parseArgs(["x"], spec, "t"), "out", 7, 1, 500)).toBe(7);
    for (const bad of ["0", "501", "1.5", "abc"])
      expect(() => intOption(args(bad), "out", 1, 1, 500)).toThrow(CliError);
  });
});

describe("plural", () => {
  it.each([
    [1, "1 ошибка"],
    [2, "2 ошибки"],
    [5, "5 ошибок"],
    [11, "11 ошибок"],
    [21, "21 ошибка"],
    [22, "22 ошибки"],
    [112, "112 ошибок"],
  ])("%i", (n, text) => expect(plural(n, "ошибка", "ошибки", "ошибок")).toBe(text));
});
