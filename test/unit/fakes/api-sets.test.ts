// The fake holds the adapter to Office's contract on requirement sets (test/fakes/office/api-sets.ts).
import { join } from "node:path";
import * as ts from "typescript";
import { MEMBER_SETS } from "../../fakes/office/api-sets";
import {
  CURRENT_EXCEL,
  CURRENT_EXCEL_NPM_SCRIPT,
  EXCEL_1_12,
  FakeExcel,
  type FakeHostDescription,
} from "../../fakes/office";

/** What `sheet.notes` gives inside Excel.run on a host, after the given detections. */
async function notesOn(host: FakeHostDescription, detect: string[]): Promise<unknown> {
  const excel = new FakeExcel(host);
  excel.addSheet("Лист1");
  for (const version of detect) excel.isSetSupported("ExcelApi", version);
  return excel.run(async (context) => context.workbook.worksheets.getItem("Лист1").notes);
}

describe("requirement sets in the fake", () => {
  it("rejects sheet.notes on a host without ExcelApi 1.18", async () => {
    await expect(notesOn(EXCEL_1_12, [])).rejects.toThrow(/ApiNotDetected.*Worksheet\.notes/);
    // isSetSupported said no: using it anyway is still refused.
    await expect(notesOn(EXCEL_1_12, ["1.18"])).rejects.toThrow(/ApiNotDetected/);
  });

  it("has no sheet.notes at all when the loaded office.js lacks it, whatever the host says", async () => {
    await expect(notesOn(CURRENT_EXCEL_NPM_SCRIPT, ["1.18"])).resolves.toBeUndefined();
    await expect(notesOn(CURRENT_EXCEL_NPM_SCRIPT, [])).resolves.toBeUndefined();
  });

  it("refuses notes used without detection even where the host has them", async () => {
    await expect(notesOn(CURRENT_EXCEL, [])).rejects.toThrow(/ApiNotDetected/);
    await expect(notesOn(CURRENT_EXCEL, ["1.10"])).rejects.toThrow(/ApiNotDetected/);
    const notes = (await notesOn(CURRENT_EXCEL, ["1.18"])) as { add?: unknown };
    expect(typeof notes.add).toBe("function");
  });

  it("answers isSetSupported for the host, not for the loaded script", () => {
    const excel = new FakeExcel(CURRENT_EXCEL_NPM_SCRIPT);
    expect(excel.isSetSupported("ExcelApi", "1.18")).toBe(true);
    expect(excel.isSetSupported("ExcelApi", "1.21")).toBe(false);
    expect(excel.isSetSupported("WordApi", "1.1")).toBe(false);
  });

  it("leaves members up to the manifest's ExcelApi 1.9 free to use", async () => {
    const excel = new FakeExcel(EXCEL_1_12);
    excel.addSheet("Лист1", [["a"]]);
    const values = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Лист1");
      const range = sheet.getUsedRangeOrNullObject(true).load("values"); // ExcelApi 1.4
      sheet.getRangeByIndexes(0, 0, 1, 1).getCellProperties({ format: { fill: { color: true } } });
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([["a"]]);
  });
});

describe("the fake's table of member sets", () => {
  // The table in test/fakes/office/api-sets.ts against @types/office-js, read by the checker.

  function annotatedSets(): Record<string, Record<string, string | undefined>> {
    const root = join(__dirname, "../../..");
    const virtual = join(root, "__member_sets__.ts");
    const classes = Object.keys(MEMBER_SETS);
    const text = classes.map((c) => `declare const v_${c}: Excel.${c};`).join("\n");
    const options = {
      noEmit: true,
      skipLibCheck: true,
      types: ["office-js"],
      typeRoots: [join(root, "node_modules/@types")],
      lib: ["lib.es2020.d.ts", "lib.dom.d.ts"],
    };
    const host = ts.createCompilerHost(options);
    const getSourceFile = host.getSourceFile.bind(host);
    const fileExists = host.fileExists.bind(host);
    host.getSourceFile = (name, language, ...rest) =>
      name === virtual
        ? ts.createSourceFile(name, text, language)
        : getSourceFile(name, language, ...rest);
    host.fileExists = (name) => name === virtual || fileExists(name);
    const program = ts.createProgram([virtual], options, host);
    const checker = program.getTypeChecker();
    const source = program.getSourceFile(virtual)!;
    const result: Record<string, Record<string, string | undefined>> = {};
    source.statements.forEach((statement, i) => {
      const decl = (statement as ts.VariableStatement).declarationList.declarations[0];
      const type = checker.getTypeAtLocation(decl);
      const members: Record<string, string | undefined> = {};
      for (const name of Object.keys(MEMBER_SETS[classes[i]])) {
        const symbol = type.getProperty(name);
        const tags =
          symbol?.getJsDocTags(checker).map((t) => (t.text ?? []).map((p) => p.text).join("")) ??
          [];
        members[name] = /Api set: ExcelApi (\d+\.\d+)/.exec(tags.join("\n"))?.[1];
      }
      result[classes[i]] = members;
    });
    return result;
  }

  it("gives every gated member the ExcelApi version @types/office-js annotates", () => {
    expect(annotatedSets()).toEqual(MEMBER_SETS);
  });
});
