/**
 * The help of every command: each option it describes is in its synopsis, and
 * «со» stands only where Russian needs it («со всеми», «со сводом»), not before
 * an ordinary consonant («со синтетическим» → «с синтетическим»).
 */
import { COMMANDS } from "../../../src/cli/commands";

const synopsis = (help: string): string =>
  help
    .split("\n")
    .filter((l) => l.startsWith("pedmonitor") || /^\s+\[/.test(l))
    .join("\n");

describe.each(Object.entries(COMMANDS))("pedmonitor %s --help", (_, command) => {
  it("names in its synopsis every option it describes", () => {
    const described = [...command.help.matchAll(/^ {2}(--[a-z-]+)/gm)].map((m) => m[1]);
    for (const option of described) expect(synopsis(command.help)).toContain(option);
    for (const option of Object.keys(command.args.options ?? {}))
      expect(synopsis(command.help)).toContain(`--${option}`);
  });

  it("writes «с», not «со», before a simple consonant", () => {
    const text = `${command.summary}\n${command.help}`;
    // «со» only before a cluster of с/з/ш/ж/щ/в/м + consonant («со сводом», «со всеми», «со мной»).
    expect(text).not.toMatch(/(^|[^а-яё])со (?:[а-яё][аеёиоуыэюя]|[аеёиоуыэюябгдйклнпртхцч])/i);
  });
});
