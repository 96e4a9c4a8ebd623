/** The shared string table: every `<si>` as its plain text (rich text runs joined). */
import { StringItem } from "./text-runs";
import { decodeUtf8, scanXml } from "./xml";

export function readSharedStrings(bytes: Uint8Array | null): string[] {
  if (bytes === null) return [];
  const out: string[] = [];
  const item = new StringItem();
  let inItem = false;
  let runDepth = 0;
  scanXml(decodeUtf8(bytes), {
    open(name: string) {
      if (name === "si") {
        item.reset();
        inItem = true;
      } else if (inItem) {
        if (name === "r") runDepth += 1;
        item.open(name);
      }
    },
    close(name: string) {
      if (name === "si") {
        out.push(item.value());
        inItem = false;
        runDepth = 0;
      } else if (inItem) {
        if (name === "r") runDepth -= 1;
        else item.close(name, runDepth > 0);
      }
    },
    text(text: string) {
      if (inItem) item.text(text);
    },
  });
  return out;
}
