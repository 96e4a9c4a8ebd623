/**
 * Why an existing workbook cannot be patched, in Russian, naming the part
 * ("часть xl/styles.xml: …"); the command line adds the file's name.
 */
export class PatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PatchError";
  }
}
