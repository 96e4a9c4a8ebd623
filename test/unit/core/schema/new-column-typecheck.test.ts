/**
 * "A new column is one schema entry" for the compiler too: the whole project (src, test,
 * scripts and the bench) type-checks with the entry of docs/architecture.md inserted into
 * TEACHER_FIELDS, so no hand-built Worker or row anywhere misses the new key.
 */
import { readFileSync } from "fs";
import { join, resolve } from "path";
import ts from "typescript";
import { newColumnExampleSource } from "./new-column-example";

const ROOT = resolve(__dirname, "../../../..");
const TEACHERS_FILE = join(ROOT, "src/core/schema/teachers.ts");
const END_OF_TABLE = "] as const satisfies readonly FieldSpec[];";

/** teachers.ts as a person would edit it: the documented entry added as the last column. */
function teachersWithExample(): string {
  const source = readFileSync(TEACHERS_FILE, "utf8");
  if (source.split(END_OF_TABLE).length !== 2) throw new Error(`teachers.ts: no "${END_OF_TABLE}"`);
  return source.replace(END_OF_TABLE, `  ${newColumnExampleSource()}\n${END_OF_TABLE}`);
}

function diagnostics(teachersSource: string): string[] {
  const configFile = join(ROOT, "tsconfig.json");
  const config = ts.getParsedCommandLineOfConfigFile(
    configFile,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      },
    }
  );
  if (!config) throw new Error("tsconfig.json: not read");
  // The bench is outside tsconfig's "include" but builds rows from the schema too.
  const bench = ts.sys.readDirectory(join(ROOT, "bench"), [".ts"]);
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => (resolve(file) === TEACHERS_FILE ? teachersSource : readFile(file));
  const program = ts.createProgram({
    rootNames: [...config.fileNames, ...bench],
    options: { ...config.options, noEmit: true },
    host,
  });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const text = ts.flattenDiagnosticMessageText(d.messageText, "\n");
    if (!d.file || d.start === undefined) return text;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${d.file.fileName.slice(ROOT.length + 1)}(${line + 1},${character + 1}): ${text}`;
  });
}

describe("the documented new column, inserted into TEACHER_FIELDS", () => {
  it("is really inserted", () => {
    const edited = teachersWithExample();
    expect(edited).toContain(`key: "digitalPortfolio"`);
    expect(edited.indexOf("digitalPortfolio")).toBeLessThan(edited.indexOf(END_OF_TABLE));
  });

  it("leaves the whole project type-checking with no other edit", () => {
    expect(diagnostics(teachersWithExample())).toEqual([]);
  }, 120_000);
});
