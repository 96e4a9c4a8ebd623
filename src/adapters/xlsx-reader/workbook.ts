/**
 * The workbook port over the fast reader: a read-only view of an xlsx file
 * for Node (the command line's sources, --previous, --settings, validate).
 * The central directory, the workbook map, styles and shared strings are read
 * when the book is opened; a sheet's XML is inflated and scanned only when
 * that sheet is read. Writing is refused.
 */
import type { Grid } from "../../core/model";
import type { CellNote } from "../../core/read/cell-notes";
import type { SheetModel } from "../../port/sheet-model";
import type { CellMark, MarkRecord, WorkbookPort } from "../../port/workbook-port";
import { readPackageMap, type PackageMap } from "./package";
import { readSharedStrings } from "./shared-strings";
import { readSheetXml } from "./sheet";
import type { SheetContext } from "./sheet-data";
import { readDateStyles } from "./styles";
import { ZipArchive } from "./zip";

export const READ_ONLY_MESSAGE = "Книга открыта только для чтения";

export class XlsxReadOnlyWorkbook implements WorkbookPort {
  private readonly notes = new Map<string, CellNote[]>();

  private constructor(
    private readonly zip: ZipArchive,
    private readonly map: PackageMap,
    private readonly context: SheetContext
  ) {}

  /** Opens the package; a broken or hostile file throws an Error with a short message. */
  static open(bytes: Uint8Array): XlsxReadOnlyWorkbook {
    const zip = new ZipArchive(bytes);
    const map = readPackageMap(zip);
    const context: SheetContext = {
      strings: readSharedStrings(map.sharedStrings === null ? null : zip.read(map.sharedStrings)),
      dateStyles: readDateStyles(map.styles === null ? null : zip.read(map.styles)),
      date1904: map.date1904,
    };
    return new XlsxReadOnlyWorkbook(zip, map, context);
  }

  async sheetNames(): Promise<string[]> {
    return this.map.sheets.map((s) => s.name);
  }

  async readSheet(name: string): Promise<Grid> {
    // Excel's sheet names are unique ignoring case: an exact match first, then any case.
    const lower = name.toLowerCase();
    const sheet =
      this.map.sheets.find((s) => s.name === name) ??
      this.map.sheets.find((s) => s.name.toLowerCase() === lower);
    if (!sheet) throw new Error(`В книге нет листа «${name}»`);
    const bytes = this.zip.read(sheet.path);
    if (bytes === null) throw new Error(`нет части ${sheet.path}`);
    const notes: CellNote[] = [];
    const grid = readSheetXml(bytes, this.context, sheet.name, notes);
    this.notes.set(sheet.name, notes);
    return grid;
  }

  /** What the last read of this sheet left out or could not see (far values, formulas without a value). */
  cellNotes(name: string): CellNote[] {
    const lower = name.toLowerCase();
    const sheet =
      this.map.sheets.find((s) => s.name === name) ??
      this.map.sheets.find((s) => s.name.toLowerCase() === lower);
    return (sheet && this.notes.get(sheet.name)) ?? [];
  }

  async writeSheet(_sheet: SheetModel): Promise<void> {
    throw new Error(READ_ONLY_MESSAGE);
  }

  async appendRows(_sheet: string, _rows: SheetModel["cells"]): Promise<void> {
    throw new Error(READ_ONLY_MESSAGE);
  }

  async deleteSheet(_name: string): Promise<void> {
    throw new Error(READ_ONLY_MESSAGE);
  }

  async markCells(_sheet: string, _marks: CellMark[]): Promise<MarkRecord[]> {
    throw new Error(READ_ONLY_MESSAGE);
  }

  async clearMarks(_sheet: string, _records: MarkRecord[]): Promise<void> {
    throw new Error(READ_ONLY_MESSAGE);
  }
}
