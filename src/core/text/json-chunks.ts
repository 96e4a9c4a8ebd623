/**
 * `JSON.stringify(data, null, 2) + "\n"` as a sequence of strings of about
 * `chunkChars` characters, for writing a large report's JSON to a file
 * without one giant string: at 10,000 schools the report's JSON is ~350 MB
 * (a two-byte string of twice that in memory), and V8 refuses strings above
 * ~536 million characters (issue 11). The top-level object's arrays are
 * written element by element; everything else through JSON.stringify, so the
 * text is exactly JSON.stringify's.
 */
export function* jsonChunks(data: unknown, chunkChars = 2 ** 20): Generator<string> {
  if (!isPlainObject(data)) {
    yield `${JSON.stringify(data, null, 2)}\n`;
    return;
  }
  let pieces: string[] = [];
  let size = 0;
  const add = (text: string): boolean => {
    pieces.push(text);
    size += text.length;
    return size >= chunkChars;
  };
  const take = (): string => {
    const text = pieces.join("");
    pieces = [];
    size = 0;
    return text;
  };
  add("{");
  let first = true;
  for (const [key, value] of Object.entries(data)) {
    const array = Array.isArray(value) && value.length > 0;
    const whole = array ? "" : JSON.stringify(value, null, 2);
    if (whole === undefined) continue; // undefined, functions, symbols: left out, as JSON.stringify does
    add(`${first ? "" : ","}\n  ${JSON.stringify(key)}: `);
    first = false;
    if (!array) {
      if (add(whole.replace(/\n/g, "\n  "))) yield take();
      continue;
    }
    add("[");
    const items = value as unknown[];
    for (let i = 0; i < items.length; i++) {
      const text = (JSON.stringify(items[i], null, 2) as string | undefined) ?? "null";
      if (add(`${i === 0 ? "" : ","}\n    ${text.replace(/\n/g, "\n    ")}`)) yield take();
    }
    if (add("\n  ]")) yield take();
  }
  add(first ? "}\n" : "\n}\n");
  yield take();
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return (
    (proto === Object.prototype || proto === null) &&
    typeof (value as { toJSON?: unknown }).toJSON !== "function"
  );
}
