/**
 * The two byte platforms (src/adapters/bytes): Node's zlib and Buffer for the command line,
 * fflate and TextDecoder/TextEncoder for the add-in's webviews. They must give the same bytes
 * and text, and both must stop a zip bomb before it is inflated whole.
 */
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { InflateLimitError } from "../../../../src/adapters/bytes/contract";
import { platform as node } from "../../../../src/adapters/bytes/platform";
import { platform as browser } from "../../../../src/adapters/bytes/platform.browser";

const MB = 2 ** 20;
const both = [
  ["node", node],
  ["browser", browser],
] as const;

const text = '<row r="1"><c r="A1" t="s"><v>0</v></c></row> Педагоги «ОО-01» é € 😀\u0085';
const bytes = new Uint8Array(Buffer.from(text.repeat(200)));

describe.each(both)("the %s byte platform", (_, p) => {
  it("inflates what zlib deflated, at its declared size", () => {
    const data = deflateRawSync(bytes);
    expect(Buffer.from(p.inflateRaw(data, bytes.length, 256 * MB))).toEqual(Buffer.from(bytes));
  });

  it("refuses to inflate past the limit, whatever the directory says", () => {
    // 300 MB of zeros in ~300 KB: a bomb whose directory claims a harmless 1 KB.
    const bomb = deflateRawSync(Buffer.alloc(300 * MB));
    const started = performance.now();
    expect(() => p.inflateRaw(bomb, 1024, 256 * MB)).toThrow(InflateLimitError);
    expect(() => p.inflateRaw(bomb, 1024, 8 * MB)).toThrow(InflateLimitError);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it("inflates the whole part when the directory's size is wrong (the CRC-32 judges it)", () => {
    const data = deflateRawSync(bytes);
    for (const size of [0, 100, bytes.length - 1, bytes.length + 1, 10 * bytes.length])
      expect(Buffer.from(p.inflateRaw(data, size, 256 * MB))).toEqual(Buffer.from(bytes));
  });

  it("throws on damaged or truncated data", () => {
    const data = deflateRawSync(bytes);
    expect(() => p.inflateRaw(data.subarray(0, data.length >> 1), bytes.length, MB)).toThrow();
    expect(() => p.inflateRaw(new Uint8Array([0xff, 0xff, 0xff]), 10, MB)).toThrow();
  });

  it("computes zip's CRC-32, continuing from a previous value", () => {
    expect(p.crc32(new Uint8Array(Buffer.from("123456789")))).toBe(0xcbf43926);
    const whole = p.crc32(bytes);
    expect(p.crc32(bytes.subarray(1000), p.crc32(bytes.subarray(0, 1000)))).toBe(whole);
    expect(whole).toBe(node.crc32(bytes));
  });

  it("deflates pushed bytes into one raw stream zlib inflates", async () => {
    const deflater = p.deflater(4);
    let written = 0;
    for (let i = 0; i < 300; i += 1) {
      const buffer = p.allocate(4096);
      const used = p.encodeUtf8Into(`${i}:${text}`, buffer, 0);
      written += used;
      await deflater.push(buffer.subarray(0, used));
    }
    const inflated = inflateRawSync(await deflater.finish()).toString("utf8");
    expect(inflated.length).toBeGreaterThan(0);
    expect(Buffer.byteLength(inflated)).toBe(written);
    expect(inflated).toBe(Array.from({ length: 300 }, (_, i) => `${i}:${text}`).join(""));
  });

  it("reads bytes as latin1 (one char per byte, ASCII kept) and as UTF-8", () => {
    const view = p.text(bytes);
    const latin1 = view.latin1(0, bytes.length);
    expect(latin1).toHaveLength(bytes.length);
    for (let i = 0; i < bytes.length; i += 1) {
      const c = latin1.charCodeAt(i);
      if (bytes[i] < 128) expect(c).toBe(bytes[i]);
      else expect(c).toBeGreaterThan(127);
    }
    expect(view.utf8(0, bytes.length)).toBe(text.repeat(200));
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, 0x41]);
    expect(p.text(bom).utf8(0, 4)).toBe("\ufeffA");
    expect(view.indexOf("<v>", 0)).toBe(Buffer.from(bytes).indexOf("<v>"));
    expect(view.indexOf("<v>", 30)).toBe(Buffer.from(bytes).indexOf("<v>", 30));
    expect(view.indexOf("<nothing>", 0)).toBe(-1);
  });
});

it("encodes UTF-8 into a buffer where TextEncoder has no encodeInto (Safari before 14.1)", () => {
  const proto = TextEncoder.prototype as { encodeInto?: unknown };
  const original = Object.getOwnPropertyDescriptor(proto, "encodeInto")!;
  delete proto.encodeInto;
  try {
    const target = new Uint8Array(3 * text.length + 2);
    const written = browser.encodeUtf8Into(text, target, 2);
    expect(Buffer.from(target.subarray(2, 2 + written)).toString("utf8")).toBe(text);
  } finally {
    Object.defineProperty(proto, "encodeInto", original);
  }
});
