/**
 * How feedback files reach the methodologist. Where the pane can download (browsers, Excel on
 * the web and on Windows), the files (one, or a zip of several) are offered as a download.
 * Excel for Mac and for iPad ignore `<a download>` from the pane (OfficeDev/office-js#2700,
 * #3385): there each school's workbook is opened in Excel with `Excel.createWorkbook`
 * (ExcelApi 1.8, detected), and she saves it herself. The outcome says which of these
 * happened, and nothing more.
 */
import type { SavedFile } from "./feedback";

export type Delivery = "download" | "open" | "none";

export interface FeedbackHost {
  /** `Office.context.diagnostics.platform` ("PC", "OfficeOnline", "Mac", "iOS"…), null outside Office. */
  platform: string | null;
  /** `Excel.createWorkbook` where the host has it, else null. */
  createWorkbook: ((base64: string) => Promise<void>) | null;
}

export interface FeedbackOutcome {
  /** The per-school files produced. */
  files: string[];
  delivery: Delivery;
  /** With "download": what was handed to the download (the file itself or the zip). */
  offered: string | null;
  /** Whether each file can also be opened in Excel (the buttons; after a download, a fallback). */
  canOpen: boolean;
  /** With "download": where to look for the file on this host, in Russian. */
  where?: string;
}

/**
 * Where a download from the pane ends up, as far as it is true on each host: Excel on the web
 * hands it to the browser (its downloads folder, or its own «save as» prompt); Excel for Windows
 * runs the pane in WebView2, which saves downloads to the Windows «Загрузки» folder or asks.
 */
export function downloadPlace(platform: string | null): string {
  if (platform === "PC")
    return "Excel для Windows сохраняет файлы из панели в папку «Загрузки» вашей учётной записи Windows или спрашивает, куда сохранить.";
  if (platform === "OfficeOnline")
    return "Excel в браузере передаёт файл браузеру: ищите его в загрузках браузера (обычно папка «Загрузки»).";
  return "Куда он сохранится, решают Excel и система: обычно в папку «Загрузки».";
}

/** Platforms whose pane cannot download a file. */
const NO_DOWNLOADS = new Set(["Mac", "iOS", "Android"]);

export function deliveryOn(host: FeedbackHost): Delivery {
  if (!NO_DOWNLOADS.has(host.platform ?? "")) return "download";
  return host.createWorkbook ? "open" : "none";
}

/** The host the pane runs in: its platform, and `Excel.createWorkbook` if ExcelApi 1.8 is there. */
export function officeFeedbackHost(): FeedbackHost {
  if (typeof Office === "undefined") return { platform: null, createWorkbook: null };
  const reported: unknown = Office.context?.diagnostics?.platform;
  const platform = typeof reported === "string" ? reported : null;
  const canCreate =
    typeof Excel !== "undefined" &&
    typeof Excel.createWorkbook === "function" &&
    Office.context.requirements.isSetSupported("ExcelApi", "1.8");
  return { platform, createWorkbook: canCreate ? (base64) => Excel.createWorkbook(base64) : null };
}

/** Base64 of bytes, 24 KB at a time (never one argument per byte of a whole file). */
export function base64Of(bytes: Uint8Array): string {
  let out = "";
  const step = 24_576; // a multiple of 3: no padding inside the text
  for (let i = 0; i < bytes.length; i += step) {
    let binary = "";
    const part = bytes.subarray(i, i + step);
    for (let j = 0; j < part.length; j++) binary += String.fromCharCode(part[j]);
    out += btoa(binary);
  }
  return out;
}

/** Opens one file as a new workbook in Excel (not saved: Excel shows it as a new book). */
export async function openInExcel(file: SavedFile, host: FeedbackHost): Promise<void> {
  if (!host.createWorkbook) throw new Error("Эта версия Excel не открывает книги из надстройки");
  await host.createWorkbook(base64Of(file.bytes));
}

/** Offers the files as the host allows and says what was done. */
export async function deliverFeedback(
  files: readonly SavedFile[],
  host: FeedbackHost,
  bundle: (files: readonly SavedFile[]) => Promise<SavedFile>,
  download: (file: SavedFile) => void
): Promise<FeedbackOutcome> {
  const delivery = deliveryOn(host);
  const names = files.map((f) => f.name);
  const canOpen = host.createWorkbook !== null;
  if (delivery !== "download") return { files: names, delivery, offered: null, canOpen };
  const file = await bundle(files);
  download(file);
  return {
    files: names,
    delivery,
    offered: file.name,
    canOpen,
    where: downloadPlace(host.platform),
  };
}
