/**
 * Every count a person reads agrees with its number through core/text/plural.ts: the
 * sources carry no hedged ending («файл(ов)», «строк(и)»), no «строк: ${n}» label in
 * place of «154 строки», and no «ОО ${code}» that prints «ОО ОО-1».
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { schoolRef } from "../../../../src/core/text/school-ref";

const SRC = join(__dirname, "../../../../src");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : /\.(ts|tsx)$/.test(e.name)
        ? [join(dir, e.name)]
        : []
  );
}

const HEDGES: readonly { what: string; pattern: RegExp }[] = [
  { what: "hedged ending", pattern: /[а-яё]\((ов|а|и|ы|ей|ь|я|ев|ок|ий|ах|ам)\)/i },
  {
    what: "count as a label",
    pattern:
      /(строк|файлов|ошибок|предупреждений|педагогов|работников|мер|рекомендаций|ОО|книг)\s*:\s*\$\{[^}]*(length|count|rows|Count|Rows|schools)\b/i,
  },
  {
    what: "«ОО» before a school code",
    pattern: /(?<!Код )ОО \$\{[\w.]*(scope|[cC]ode|school)[\w.]*\}/,
  },
];

describe("number agreement in the sources", () => {
  // school-ref.ts is the one place that may put «ОО» before a code (one that does not say it).
  const files = sources(SRC).filter((f) => !f.endsWith("school-ref.ts"));
  it.each(HEDGES.map((h) => [h.what, h.pattern] as const))("has no %s", (_what, pattern) => {
    const found = files.flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .map((line, i) => ({ line, at: `${relative(SRC, file)}:${i + 1}` }))
        .filter(({ line }) => pattern.test(line))
        .map(({ line, at }) => `${at}: ${line.trim()}`)
    );
    expect(found).toEqual([]);
  });

  it("scans the whole source tree", () => {
    expect(files.length).toBeGreaterThan(100);
  });
});

describe("schoolRef", () => {
  it.each([
    ["ОО-1", "ОО-1"],
    ["ОО 7", "ОО 7"],
    ["12", "ОО 12"],
    ["ООШ-3", "ОО ООШ-3"],
    ["СОШ-1", "ОО СОШ-1"],
  ])("%s → %s", (code, expected) => {
    expect(schoolRef(code)).toBe(expected);
  });
});
