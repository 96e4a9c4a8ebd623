/**
 * The in-place edits of the patch writer: existing entries keep their text and
 * numbers, the project's are appended, whatever prefix the workbook's writer used.
 */
import {
  chainMentions,
  rewriteAppTitles,
  rewriteContentTypes,
} from "../../../../src/adapters/xlsx-patch/package-parts";
import { PatchStrings } from "../../../../src/adapters/xlsx-patch/strings-merge";
import { PatchStyles } from "../../../../src/adapters/xlsx-patch/styles-merge";
import {
  rewriteWorkbook,
  type OriginalSheet,
  type WorkbookPart,
} from "../../../../src/adapters/xlsx-patch/workbook-part";
import { StyleRegistry } from "../../../../src/adapters/xlsx-writer/style-registry";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

describe("styles.xml", () => {
  const xml =
    `<x:styleSheet xmlns:x="${MAIN}"><x:numFmts count="1"><x:numFmt numFmtId="170" formatCode="0.0"/></x:numFmts>` +
    '<x:fonts count="2"><x:font><x:sz val="10"/><x:name val="Arial"/></x:font><x:font><x:b/><x:sz val="10"/></x:font></x:fonts>' +
    '<x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills>' +
    '<x:borders count="1"><x:border/></x:borders><x:cellStyleXfs count="1"><x:xf/></x:cellStyleXfs>' +
    '<x:cellXfs count="3"><x:xf numFmtId="0" fontId="0"/><x:xf numFmtId="170" fontId="1"/><x:xf numFmtId="14" fontId="0"/></x:cellXfs>' +
    "</x:styleSheet>";

  it("appends the project's formats after the workbook's, reusing an equal number format and the default font", () => {
    const registry = new StyleRegistry();
    const bold = registry.apply(
      0,
      registry.layer({ kind: "style", style: { bold: true, fill: "#FFEEDD" } })
    );
    const decimal = registry.apply(0, registry.layer({ kind: "numFmt", numFmt: "0.0" }));
    const thousandths = registry.apply(0, registry.layer({ kind: "numFmt", numFmt: "0.000" }));
    const styles = new PatchStyles(xml, "xl/styles.xml", registry);
    expect([
      styles.xfId(bold),
      styles.xfId(decimal),
      styles.xfId(thousandths),
      styles.xfId(bold),
    ]).toEqual([3, 4, 5, 3]);
    expect(styles.dxfId({ fill: "FFFF0000" })).toBe(0);
    const merged = styles.xmlText();
    // Every existing entry is where it was, with its text.
    for (const part of [
      '<x:xf numFmtId="0" fontId="0"/><x:xf numFmtId="170" fontId="1"/><x:xf numFmtId="14" fontId="0"/>',
      '<x:numFmt numFmtId="170" formatCode="0.0"/>',
      '<x:font><x:sz val="10"/><x:name val="Arial"/></x:font><x:font><x:b/><x:sz val="10"/></x:font>',
    ])
      expect(merged).toContain(part);
    const xfs = [...merged.matchAll(/<x:xf\b[^>]*>/g)].map((m) => m[0]).slice(1); // after cellStyleXfs
    expect(xfs).toHaveLength(6);
    expect(xfs[3]).toMatch(/fontId="2" fillId="2"/);
    expect(xfs[4]).toMatch(/numFmtId="170" fontId="0"/);
    expect(xfs[5]).toMatch(/numFmtId="171"/);
    expect(merged).toMatch(/<x:cellXfs count="6">/);
    expect(merged).toMatch(/<x:fonts count="3">/);
    expect(merged).toMatch(/<x:numFmts count="2">/);
    expect(merged).toMatch(/<x:dxfs count="1"><x:dxf><x:fill><x:patternFill patternType="solid">/);
    expect(merged).not.toMatch(/<(?!\/?x:)[a-z]/);
  });

  it("reuses the entries an earlier report appended: a workbook reported into again does not grow", () => {
    const registry = new StyleRegistry();
    const formats = [
      registry.apply(
        0,
        registry.layer({ kind: "style", style: { bold: true, fill: "#FFEEDD", border: true } })
      ),
      registry.apply(0, registry.layer({ kind: "numFmt", numFmt: "0.000" })),
    ];
    const first = new PatchStyles(xml, "xl/styles.xml", registry);
    const ids = formats.map((f) => first.xfId(f));
    first.dxfId({ fill: "FFFF0000", color: "FF000000" });
    const once = first.xmlText();
    const second = new PatchStyles(once, "xl/styles.xml", registry);
    expect(formats.map((f) => second.xfId(f))).toEqual(ids);
    expect(second.dxfId({ fill: "FFFF0000", color: "FF000000" })).toBe(0);
    expect(second.changed).toBe(false);
    expect(second.xmlText()).toBe(once);
  });
});

describe("sharedStrings.xml", () => {
  const xml = `<sst xmlns="${MAIN}" count="5" uniqueCount="3"><si><t>Педагог</t></si><si><r><t>Жирный</t></r></si><si><t xml:space="preserve"> a&amp;b </t></si></sst>`;

  it("reuses a plain existing text, never a rich one, and appends the rest", () => {
    const strings = new PatchStrings(xml, "xl/sharedStrings.xml");
    expect(strings.id("Педагог")).toBe(0);
    expect(strings.id(" a&b ")).toBe(2);
    expect(strings.id("Жирный")).toBe(3);
    expect(strings.id("Новый")).toBe(4);
    expect(strings.changed).toBe(true);
    const out = [...strings.pieces()].join("");
    expect(out).toContain(
      '<si><t>Педагог</t></si><si><r><t>Жирный</t></r></si><si><t xml:space="preserve"> a&amp;b </t></si><si><t>Жирный</t></si><si><t>Новый</t></si></sst>'
    );
    expect(out).toMatch(/uniqueCount="5"/);
  });
});

describe("workbook.xml", () => {
  const tag = (name: string, id: number, extra = "") =>
    `<sheet name="${name}" sheetId="${id}"${extra} r:id="rId${id}"/>`;
  const sheets: OriginalSheet[] = [
    {
      name: "Её",
      sheetId: 1,
      relId: "rId1",
      path: "xl/worksheets/sheet1.xml",
      worksheet: true,
      tag: tag("Её", 1),
    },
    {
      name: "Старый",
      sheetId: 2,
      relId: "rId2",
      path: "xl/worksheets/sheet2.xml",
      worksheet: true,
      tag: tag("Старый", 2),
    },
    {
      name: "Сводка",
      sheetId: 5,
      relId: "rId5",
      path: "xl/worksheets/sheet5.xml",
      worksheet: true,
      tag: tag("Сводка", 5, ' state="hidden"'),
    },
  ];
  const xml =
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView activeTab="2"/></bookViews><sheets>${sheets.map((s) => s.tag).join("")}</sheets>` +
    '<definedNames><definedName name="Её_имя">\'Её\'!$A$1</definedName><definedName name="Местное" localSheetId="2">Сводка!$B$2</definedName>' +
    '<definedName name="_xlnm.Print_Area" localSheetId="2">Сводка!$A$1:$C$9</definedName><definedName name="Только_старый" localSheetId="1">Старый!$A$1</definedName></definedNames>' +
    '<calcPr calcId="191029"/></workbook>';
  const part: WorkbookPart = {
    path: "xl/workbook.xml",
    dir: "xl/",
    xml,
    rels: [],
    sheets,
    relPrefix: "r",
    relOnRoot: true,
  };

  it("keeps her sheets and names, renumbers local names, replaces the project's print area, adds new sheets", () => {
    const out = rewriteWorkbook(part, [
      { original: sheets[0] },
      {
        original: sheets[2],
        model: {
          name: "Сводка",
          cells: [],
          pageSetup: {
            orientation: "landscape",
            paper: "A4",
            printArea: { row: 0, col: 0, rows: 2, cols: 2 },
          },
        },
      },
      { model: { name: "Новый лист", cells: [], visibility: "veryHidden" }, relId: "rId9" },
    ]);
    expect(out).toContain(
      `<sheets>${tag("Её", 1)}<sheet name="Сводка" sheetId="5" r:id="rId5"/><sheet name="Новый лист" sheetId="6" state="veryHidden" r:id="rId9"/></sheets>`
    );
    expect(out).toContain("<definedName name=\"Её_имя\">'Её'!$A$1</definedName>");
    expect(out).toContain('<definedName name="Местное" localSheetId="1">Сводка!$B$2</definedName>');
    expect(out).not.toContain("Только_старый");
    expect(out).not.toContain("$A$1:$C$9");
    expect(out).toContain(
      '<definedName name="_xlnm.Print_Area" localSheetId="1">&apos;Сводка&apos;!$A$1:$B$2</definedName>'
    );
    expect(out).toContain('<workbookView activeTab="1"/>');
    expect(out).toContain('<calcPr calcId="191029"/>');
  });

  it("writes the project's print titles (key columns and header row) and keeps hers", () => {
    const hers = xml.replace(
      "<definedNames>",
      '<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">\'Её\'!$1:$2</definedName>' +
        '<definedName name="_xlnm.Print_Titles" localSheetId="2">Сводка!$1:$1</definedName>'
    );
    const out = rewriteWorkbook({ ...part, xml: hers }, [
      { original: sheets[0] },
      {
        original: sheets[2],
        model: {
          name: "Сводка",
          cells: [],
          pageSetup: {
            orientation: "landscape",
            paper: "A4",
            repeatRows: { first: 3, last: 3 },
            repeatCols: { first: 0, last: 1 },
          },
        },
      },
    ]);
    expect(out).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="0">\'Её\'!$1:$2</definedName>'
    );
    expect(out).not.toContain("Сводка!$1:$1");
    expect(out).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;Сводка&apos;!$A:$B,&apos;Сводка&apos;!$4:$4</definedName>'
    );
  });

  it("declares the relationships prefix on a new sheet when the root does not (openpyxl)", () => {
    const bare = xml.replace(` xmlns:r="${REL}"`, "");
    const out = rewriteWorkbook({ ...part, xml: bare, relOnRoot: false }, [
      { original: sheets[0] },
      { model: { name: "Новый", cells: [] }, relId: "rId7" },
    ]);
    expect(out).toContain(`<sheet xmlns:r="${REL}" name="Новый" sheetId="6" r:id="rId7"/>`);
  });
});

describe("small listing parts", () => {
  it("content types: removed parts' overrides go, new ones come, defaults stay", () => {
    const xml =
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="png" ContentType="image/png"/>' +
      '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="a"/><Override PartName="/xl/charts/chart1.xml" ContentType="c"/></Types>';
    const out = rewriteContentTypes(
      xml,
      new Set(["xl/worksheets/sheet2.xml"]),
      new Map([["xl/tables/table3.xml", "t"]])
    );
    expect(out).toBe(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="png" ContentType="image/png"/>' +
        '<Override PartName="/xl/charts/chart1.xml" ContentType="c"/><Override PartName="/xl/tables/table3.xml" ContentType="t"/></Types>'
    );
  });

  it("the calculation chain mentions a sheet also through cells that inherit its index", () => {
    const chain =
      '<calcChain><c r="A1" i="1"/><c r="B1"/><c r="A2" i="3" l="1"/><c r="A3"/></calcChain>';
    expect(chainMentions(chain, new Set([3]))).toBe(true);
    expect(chainMentions(chain, new Set([2]))).toBe(false);
  });

  it("app.xml: the worksheet titles follow the sheet list; other headings stay", () => {
    const xml =
      '<Properties xmlns:vt="v"><HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>' +
      "<vt:variant><vt:i4>2</vt:i4></vt:variant><vt:variant><vt:lpstr>Named Ranges</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs>" +
      '<TitlesOfParts><vt:vector size="3" baseType="lpstr"><vt:lpstr>А</vt:lpstr><vt:lpstr>Б</vt:lpstr><vt:lpstr>Имя</vt:lpstr></vt:vector></TitlesOfParts></Properties>';
    const out = rewriteAppTitles(xml, ["А", "Б"], ["А", "Б", "В"]);
    expect(out).toContain("<vt:variant><vt:i4>3</vt:i4></vt:variant>");
    expect(out).toContain(
      '<vt:vector size="4" baseType="lpstr"><vt:lpstr>А</vt:lpstr><vt:lpstr>Б</vt:lpstr><vt:lpstr>В</vt:lpstr><vt:lpstr>Имя</vt:lpstr></vt:vector>'
    );
    expect(rewriteAppTitles(xml, ["Другой", "Б"], ["А"])).toBeNull();
  });
});
