/**
 * Draws the add-in's icons as real PNG files (no image tools needed): each icon is a
 * few shapes in unit coordinates, rasterised with 4×4 supersampling and encoded with zlib.
 * Run: node scripts/make-icons.mjs  (writes assets/*.png; commit the result).
 */
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";

const TEAL = [0, 120, 120];
const WHITE = [255, 255, 255];
const SAMPLES = 4;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** RGBA pixels (size × size × 4) → PNG bytes. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// Shapes: each is a predicate over a point (x, y) in [0, 1]², with a colour.
const rect = (x0, y0, x1, y1, color) => ({
  color,
  hit: (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1,
});
const roundRect = (x0, y0, x1, y1, r, color) => ({
  color,
  hit: (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  },
});
const segment = (ax, ay, bx, by, width, color) => ({
  color,
  hit: (x, y) => {
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (width / 2) ** 2;
  },
});

const background = roundRect(0.02, 0.02, 0.98, 0.98, 0.18, TEAL);

/** The letter «П» (ПедМонитор) over a rising line: the add-in's own icon. */
const appGlyph = [
  rect(0.24, 0.22, 0.76, 0.33, WHITE),
  rect(0.24, 0.22, 0.35, 0.8, WHITE),
  rect(0.65, 0.22, 0.76, 0.8, WHITE),
];
/** A sheet with a header row and grid lines. */
const gridGlyph = [
  rect(0.18, 0.2, 0.82, 0.32, WHITE),
  rect(0.18, 0.2, 0.26, 0.82, WHITE),
  rect(0.74, 0.2, 0.82, 0.82, WHITE),
  rect(0.18, 0.74, 0.82, 0.82, WHITE),
  rect(0.18, 0.5, 0.82, 0.56, WHITE),
  rect(0.47, 0.2, 0.53, 0.82, WHITE),
];
/** Three buildings of a municipality. */
const townGlyph = [
  rect(0.16, 0.45, 0.36, 0.82, WHITE),
  rect(0.4, 0.2, 0.6, 0.82, WHITE),
  rect(0.64, 0.35, 0.84, 0.82, WHITE),
];
const tickGlyph = [
  segment(0.2, 0.52, 0.42, 0.74, 0.13, WHITE),
  segment(0.42, 0.74, 0.8, 0.28, 0.13, WHITE),
];
const crossGlyph = [
  segment(0.25, 0.25, 0.75, 0.75, 0.13, WHITE),
  segment(0.75, 0.25, 0.25, 0.75, 0.13, WHITE),
];
const barsGlyph = [
  rect(0.18, 0.55, 0.32, 0.82, WHITE),
  rect(0.43, 0.38, 0.57, 0.82, WHITE),
  rect(0.68, 0.18, 0.82, 0.82, WHITE),
];
const paneGlyph = [
  rect(0.18, 0.2, 0.82, 0.28, WHITE),
  rect(0.18, 0.2, 0.26, 0.82, WHITE),
  rect(0.74, 0.2, 0.82, 0.82, WHITE),
  rect(0.18, 0.74, 0.82, 0.82, WHITE),
  rect(0.55, 0.2, 0.62, 0.82, WHITE),
];

function draw(size, glyph) {
  const shapes = [background, ...glyph];
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          const top = shapes.findLast((shape) => shape.hit(x, y));
          if (!top) continue;
          top.color.forEach((v, i) => (sum[i] += v));
          sum[3] += 255;
        }
      }
      const n = SAMPLES * SAMPLES;
      const covered = sum[3] / 255;
      const at = (py * size + px) * 4;
      for (let i = 0; i < 3; i++) rgba[at + i] = covered ? Math.round(sum[i] / covered) : 0;
      rgba[at + 3] = Math.round(sum[3] / n);
    }
  }
  return encodePng(size, rgba);
}

const ICONS = {
  icon: { glyph: appGlyph, sizes: [16, 32, 64, 80, 128] },
  "school-template": { glyph: gridGlyph, sizes: [16, 32, 80] },
  "municipality-template": { glyph: townGlyph, sizes: [16, 32, 80] },
  validate: { glyph: tickGlyph, sizes: [16, 32, 80] },
  "clear-marks": { glyph: crossGlyph, sizes: [16, 32, 80] },
  report: { glyph: barsGlyph, sizes: [16, 32, 80] },
  taskpane: { glyph: paneGlyph, sizes: [16, 32, 80] },
};

mkdirSync("assets", { recursive: true });
for (const [name, { glyph, sizes }] of Object.entries(ICONS)) {
  for (const size of sizes) writeFileSync(`assets/${name}-${size}.png`, draw(size, glyph));
}
console.log(`icons written to assets/`);
