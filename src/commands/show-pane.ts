/**
 * Opens the add-in's task pane from a ribbon command: Office.addin.showAsTaskpane is
 * SharedRuntime 1.1, detected on the host and on the loaded office.js before use. The manifest
 * requires SharedRuntime 1.1, so every Excel that loads the add-in has it; where it is missing
 * anyway, the message waits (status.ts keeps the last one) until the person opens the pane.
 */
export async function showTaskpane(): Promise<boolean> {
  if (typeof Office === "undefined") return false;
  const requirements = Office.context?.requirements;
  if (!requirements || !requirements.isSetSupported("SharedRuntime", "1.1")) return false;
  // The host's answer is not the loaded script's: the member itself must be there too.
  if (!Office.addin || typeof Office.addin.showAsTaskpane !== "function") return false;
  try {
    await Office.addin.showAsTaskpane();
    return true;
  } catch {
    return false; // the message stays for the next time the pane opens
  }
}
