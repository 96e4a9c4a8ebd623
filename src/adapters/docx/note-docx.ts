/**
 * The справка's document model as a Word document (the `docx` library, in Node
 * and in the browser alike): A4 portrait with the margins of Russian official
 * papers (ГОСТ Р 7.0.97: left 30 mm, right 15 mm, top and bottom 20 mm), Times
 * New Roman 14 pt, bold section headings, real tables whose header row repeats
 * on every page, and «Страница N из M» in the footer.
 */
import { appendAll } from "../../core/arrays";
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { signatureLines, type NoteBlock, type NoteDocument } from "../../core/report/note-model";

const FONT = "Times New Roman";
/** Half-points: 14 pt text, 10 pt in tables and the footer. */
const BODY = 28;
const SMALL = 20;
/** Twips (1/1440 inch): A4 and its margins. */
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { left: 1701, right: 850, top: 1134, bottom: 1134 };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** A figure kept on one line: «≥ 100,0 %» and «+1,5 п. п.» never break inside. */
function unbroken(text: string): string {
  return text
    .replace(/([≥≤]) /g, "$1\u00a0")
    .replace(/ (%|п\. п\.)/g, "\u00a0$1")
    .replace(/п\. п\./g, "п.\u00a0п.");
}

function cellParagraphs(text: string, bold: boolean, keepNext = false): Paragraph[] {
  return unbroken(text)
    .split("\n")
    .map(
      (line) =>
        new Paragraph({
          children: [new TextRun({ text: line, bold, size: SMALL, font: FONT })],
          alignment: bold ? AlignmentType.CENTER : AlignmentType.LEFT,
          keepNext,
        })
    );
}

/** Twips of a character of 10-point Times New Roman (bold a little wider), and a cell's margins. */
const CHAR_TWIPS = 105;
const CELL_PADDING = 230;

type TableBlock = Extract<NoteBlock, { kind: "table" }>;

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** The longest word of a column in twips: narrower, Word would break «несоответствие» mid-word. */
function minWidths(block: TableBlock): number[] {
  return block.headers.map((header, j) => {
    let longest = 0;
    for (const word of unbroken(header).split(/[ \n]/))
      longest = Math.max(longest, word.length * 1.1);
    for (const row of block.rows)
      for (const word of unbroken(row[j] ?? "").split(/[ \n]/))
        longest = Math.max(longest, word.length);
    return Math.ceil(longest * CHAR_TWIPS) + CELL_PADDING;
  });
}

/** The model's proportions, each column at least its longest word, the wide ones giving way. */
export function columnTwips(block: TableBlock, width = TEXT_WIDTH): number[] {
  const total = sum(block.widths);
  const min = minWidths(block);
  const out = block.widths.map((w, j) => Math.max((w / total) * width, min[j]));
  const excess = sum(out) - width;
  const slack = out.map((w, j) => Math.max(0, w - min[j]));
  const give = sum(slack);
  const fitted =
    excess <= 0
      ? out
      : give >= excess
        ? out.map((w, j) => w - (excess * slack[j]) / give)
        : out.map((w) => (w * width) / sum(out));
  return fitted.map((w) => Math.floor(w));
}

/**
 * Rows up to this many lines are never split across pages; a longer row (a
 * recommendation's text) may break, or Word would push it whole to the next
 * page and leave the page before half empty.
 */
export const UNSPLIT_ROW_LINES = 8;

/** Lines of 10-point text a row takes: its tallest cell. */
function rowLines(texts: readonly string[], widths: readonly number[]): number {
  let most = 1;
  texts.forEach((text, i) => {
    const perLine = Math.max(1, Math.floor((widths[i] - CELL_PADDING) / CHAR_TWIPS));
    const lines = text
      .split("\n")
      .reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
    most = Math.max(most, lines);
  });
  return most;
}

function table(block: TableBlock, keepWithNext = false): Table {
  const widths = columnTwips(block);
  const last = block.rows.length - 1;
  const row = (texts: readonly string[], header: boolean, index = -1) =>
    new TableRow({
      tableHeader: header,
      cantSplit: header || rowLines(texts, widths) <= UNSPLIT_ROW_LINES,
      children: texts.map(
        (text, i) =>
          new TableCell({
            width: { size: widths[i], type: WidthType.DXA },
            children: cellParagraphs(text, header, keepWithNext && index === last),
            ...(header
              ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: "D9E2F3" } }
              : {}),
          })
      ),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [row(block.headers, true), ...block.rows.map((r, i) => row(r, false, i))],
  });
}

/** `keep`: the block precedes the signature, which must not stand alone on a page. */
function blockParts(block: NoteBlock, keep = false): (Paragraph | Table)[] {
  // A bold paragraph heads what follows (an addressee, a list): left, kept with the next.
  if (block.kind === "paragraph" && block.bold)
    return [
      new Paragraph({
        children: [new TextRun({ text: block.text, bold: true })],
        keepNext: true,
        spacing: { before: 120, after: 60 },
      }),
    ];
  if (block.kind === "paragraph")
    return [
      new Paragraph({
        children: [new TextRun(block.text)],
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: 709 },
        spacing: { after: 60 },
        keepNext: keep,
        keepLines: keep,
      }),
    ];
  if (block.kind === "list")
    return block.items.map(
      (item, i) =>
        new Paragraph({
          children: [new TextRun(`— ${item}`)],
          alignment: AlignmentType.LEFT,
          indent: { left: 709 },
          spacing: { after: 40 },
          keepNext: keep && i === block.items.length - 1,
        })
    );
  // A paragraph after a table: Word would otherwise glue two tables together.
  return [table(block, keep), new Paragraph({ children: [], keepNext: keep })];
}

export function noteDocx(doc: NoteDocument): Document {
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: doc.title, bold: true })],
      spacing: { after: 120 },
    }),
    ...doc.lead.map(
      (line) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(line)] })
    ),
  ];
  doc.sections.forEach((section, s) => {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        keepNext: true,
        children: [new TextRun({ text: section.heading, bold: true })],
      })
    );
    const lastSection = s === doc.sections.length - 1;
    section.blocks.forEach((block, b) =>
      appendAll(children, blockParts(block, lastSection && b === section.blocks.length - 1))
    );
  });
  // The signature block stays with what precedes it: never alone on the last page.
  const signature = signatureLines(doc.signature);
  children.push(new Paragraph({ children: [], spacing: { before: 480 }, keepNext: true }));
  signature.forEach((line, i) =>
    children.push(
      new Paragraph({
        children: [new TextRun(line)],
        keepLines: true,
        keepNext: i < signature.length - 1,
      })
    )
  );
  const heading = { font: FONT, size: BODY, bold: true, color: "000000" };
  return new Document({
    creator: "ПедМонитор",
    title: doc.title,
    styles: {
      default: {
        // Russian, so that Word checks the spelling as Russian, not English.
        document: { run: { font: FONT, size: BODY, language: { value: "ru-RU" } } },
        title: { run: heading, paragraph: { alignment: AlignmentType.CENTER } },
        heading1: { run: heading, paragraph: { spacing: { before: 240, after: 120 } } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { ...PAGE, orientation: PageOrientation.PORTRAIT },
            margin: MARGIN,
            pageNumbers: { start: 1 },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    size: SMALL,
                    children: ["Страница ", PageNumber.CURRENT, " из ", PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

/** The .docx bytes (the same in Node and in the browser: no Buffer, no Blob). */
export async function noteDocxBytes(doc: NoteDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(noteDocx(doc)));
}

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
