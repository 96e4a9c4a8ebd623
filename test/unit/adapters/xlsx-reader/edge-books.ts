/**
 * Hand-built books on which the reader must agree with ExcelJS: every kind of
 * cell value, date formats, merges, cells without `r`, a sparse huge sheet.
 */
import type { HandBook } from "./build-xlsx";

const row = (r: number, cells: string) => `<row r="${r}">${cells}</row>`;
const data = (rows: string) => `<sheetData>${rows}</sheetData>`;

export const EDGE_BOOKS: (HandBook & { title: string })[] = [
  {
    title: "shared strings: plain, rich runs, entities, spaces, _xHHHH_, phonetic hints",
    strings: [
      "<si><t>Табельный номер</t></si>",
      '<si><r><t>Учитель </t></r><r><rPr><b/></rPr><t xml:space="preserve">физики  </t></r></si>',
      "<si><t>A &amp; B &lt;C&gt; &#1055;&#x440;и &quot;x&quot;</t></si>",
      '<si><t xml:space="preserve">  два пробела </t></si>',
      "<si><t>строка_x000D_\nвторая</t></si>",
      '<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></si>',
      "<si><t></t></si>",
      "<si><t>  </t></si>",
    ],
    sheets: [
      {
        name: "Строки",
        body: data(
          row(
            1,
            '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>'
          ) +
            row(
              2,
              '<c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" t="s"><v>5</v></c>'
            ) +
            row(
              3,
              '<c r="A3" t="s"><v>6</v></c><c r="B3" t="s"><v>7</v></c><c r="D3" t="s"><v>0</v></c>'
            )
        ),
      },
    ],
  },
  {
    title: "inline strings, booleans, errors, formulas with cached results",
    xfs: [0, 14],
    sheets: [
      {
        name: "Значения",
        body: data(
          row(
            1,
            '<c r="A1" t="inlineStr"><is><t>Встроенная</t></is></c>' +
              '<c r="B1" t="inlineStr"><is><r><t>Рич</t></r><r><rPr><i/></rPr><t xml:space="preserve"> текст</t></r></is></c>' +
              '<c r="C1" t="b"><v>1</v></c><c r="D1" t="b"><v>0</v></c><c r="E1" t="e"><v>#N/A</v></c>'
          ) +
            row(
              2,
              '<c r="A2"><f>1+1</f><v>2</v></c><c r="B2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>' +
                '<c r="C2" t="b"><f>TRUE()</f><v>1</v></c><c r="D2" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
                '<c r="E2"><f>NOW()</f></c><c r="F2" s="1"><f>TODAY()</f><v>45672</v></c>'
            ) +
            row(
              3,
              '<c r="A3"><f t="shared" ref="A3:C3" si="0">ROW()*2</f><v>6</v></c><c r="B3"><f t="shared" si="0"/><v>6</v></c>' +
                '<c r="C3"><f t="shared" si="0"/></c><c r="D3" t="str"><f>""</f><v></v></c><c r="E3"><v>-1.5E-3</v></c>'
            ) +
            row(
              4,
              '<c r="A4" t="str"><v>просто текст</v></c><c r="B4"><v>  42 </v></c><c r="C4" t="e"><v>#VALUE!</v></c>'
            )
        ),
      },
    ],
  },
  {
    title: "dates in several formats, times, numbers that are not dates",
    numFmts: {
      164: "dd.mm.yyyy",
      165: "[$-419]d\\ mmmm\\ yyyy\\ &quot;г.&quot;",
      166: "0&quot; дн.&quot;",
      167: "h:mm",
      168: "[Red]0.00",
    },
    xfs: [0, 14, 164, 165, 166, 167, 168, 2, 22, 47, 49],
    sheets: [
      {
        name: "Даты",
        body: data(
          row(
            1,
            [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
              .map((s, i) => `<c r="${String.fromCharCode(65 + i)}1" s="${s}"><v>45672.5</v></c>`)
              .join("")
          ) +
            row(
              2,
              '<c r="A2" s="1"><v>1</v></c><c r="B2" s="2"><v>60</v></c><c r="C2" s="2"><v>61</v></c><c r="D2" s="1"><v>0</v></c>'
            ) +
            row(
              3,
              '<c r="A3" s="2" t="s"><v>0</v></c><c r="B3" s="2" t="b"><v>1</v></c><c r="C3" s="3"><v>29220.999999</v></c>'
            )
        ),
      },
    ],
    strings: ["<si><t>не дата</t></si>"],
  },
  {
    title: "1904 date system",
    date1904: true,
    xfs: [0, 14],
    sheets: [
      {
        name: "Даты",
        body: data(
          row(
            1,
            '<c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>44210</v></c><c r="C1"><v>7</v></c>'
          )
        ),
      },
    ],
  },
  {
    title: "merged header whose slave cells have values of their own; empty styled cells",
    xfs: [0, 2],
    strings: ["<si><t>Заголовок</t></si>", "<si><t>лишнее</t></si>"],
    sheets: [
      {
        name: "Слияния",
        body:
          data(
            row(
              1,
              '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1"><v>5</v></c><c r="D1" s="1"/>'
            ) +
              row(2, '<c r="A2"><v>1</v></c><c r="B2"><v>2</v></c><c r="C2"><v>3</v></c>') +
              row(3, '<c r="A3" t="s"><v>1</v></c><c r="B3"><v>9</v></c>') +
              row(20, '<c r="F20" s="1"/>')
          ) +
          '<mergeCells count="3"><mergeCell ref="A1:C1"/><mergeCell ref="B2:B3"/><mergeCell ref="E5:F6"/></mergeCells>',
      },
    ],
  },
  {
    title: "cells without r (the next column) and a sparse sheet claiming the whole grid",
    xfs: [0, 49],
    sheets: [
      {
        name: "Без адресов",
        body: data(
          row(1, '<c r="B1"><v>1</v></c><c><v>2</v></c><c><v>3</v></c>') +
            row(3, '<c r="A3"><v>4</v></c><c><v>5</v></c>')
        ),
      },
      {
        name: "Огромный",
        body:
          '<dimension ref="A1:XFD1048576"/>' +
          data(
            Array.from({ length: 30 }, (_, i) =>
              row(
                i + 1,
                `<c r="A${i + 1}"><v>${i}</v></c><c r="C${i + 1}" t="inlineStr"><is><t>п${i}</t></is></c>`
              )
            ).join("") + '<row r="1048576"><c r="XFD1048576" s="1"/></row>'
          ),
      },
    ],
  },
];
