/**
 * What a queued command adds to a request, as Office.js serializes it (RichApi JSON): every
 * method call or property set is an action, `{"Id":12,"ActionType":4,"Name":"Color",
 * "ObjectPathId":11,"ArgumentInfo":{"Arguments":[…]}}` (about 90 bytes before its arguments),
 * and every object it goes through is an object path plus the action that instantiates it,
 * `"11":{"Id":11,"ObjectPathType":4,"Name":"Fill","ParentObjectPathId":10}` (about 110 bytes).
 * The fake charges each command its action, one path for the object it acts on (format, fill,
 * font, dataValidation…: the fake does not model those as objects) and its arguments' JSON;
 * and each proxy object it hands out (a range, a worksheet, a note) one more path.
 */
export const ACTION_BYTES = 90;
export const PATH_BYTES = 110;

/** UTF-8 bytes: Node's Buffer in jest, TextEncoder in the browser tests' page. */
const byteLength =
  typeof Buffer !== "undefined"
    ? (text: string) => Buffer.byteLength(text, "utf8")
    : (text: string) => new TextEncoder().encode(text).length;

export function jsonBytes(value: unknown): number {
  return byteLength(JSON.stringify(value) ?? "");
}

/** Bytes of one command with these arguments (undefined: a few bytes, e.g. a colour or flag). */
export function commandBytes(args?: unknown): number {
  return ACTION_BYTES + PATH_BYTES + (args === undefined ? 16 : jsonBytes(args));
}
