/**
 * Draws the add-in's icons into assets/ as PNG files, with nothing but node:zlib.
 *
 *   node scripts/drawIcons.mjs                 → assets/icon-{16,32,64,80,128}.png (two friends: the add-in and 台账面板),
 *                                                 assets/check-{16,32,80}.png (覆盖检查), assets/forms-{16,32,80}.png (生成登记表)
 *   node scripts/drawIcons.mjs --preview F.png → also one enlarged sheet of every icon on a light and a dark ribbon
 *   node scripts/drawIcons.mjs --out DIR       → into DIR instead of assets/ (the icon test redraws them there)
 *
 * Each icon is a list of shapes on a 32 × 32 design grid, scaled to the target size. A shape is a signed distance
 * function (negative inside); every pixel is sampled on an 8 × 8 grid and the samples are averaged, premultiplied, which
 * gives the anti-aliased edges. Palette: Party red #C00000, gold #FFC000.
 */
import { Buffer } from 'node:buffer';
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import process from 'node:process';

const RED = [0xc0, 0x00, 0x00, 255];
const DARK_RED = [0x8a, 0x00, 0x00, 255];
const GOLD = [0xff, 0xc0, 0x00, 255];
const WHITE = [0xff, 0xff, 0xff, 255];
const PAPER = [0xff, 0xfb, 0xf0, 255];
const ERASE = 'erase';

// ── signed distance functions on the design grid ──────────────────────────────────────────────────────────────────

const circle = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) - r;

/** Rounded rectangle x0..x1 × y0..y1 with corner radius r. */
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const hx = (x1 - x0) / 2;
  const hy = (y1 - y0) / 2;
  const qx = Math.abs(x - (x0 + hx)) - hx + r;
  const qy = Math.abs(y - (y0 + hy)) - hy + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};

/** A stroke of the given width along a polyline, with round caps and joins. */
const stroke = (points, width) => (x, y) => {
  let best = Infinity;
  for (let i = 0; i + 1 < points.length; i++) {
    const [ax, ay] = points[i];
    const [bx, by] = points[i + 1];
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    best = Math.min(best, Math.hypot(x - ax - t * dx, y - ay - t * dy));
  }
  return best - width / 2;
};

const union =
  (...shapes) =>
  (x, y) =>
    Math.min(...shapes.map((shape) => shape(x, y)));
const intersect =
  (...shapes) =>
  (x, y) =>
    Math.max(...shapes.map((shape) => shape(x, y)));
/** The shape grown by d on every side (used to cut a gap around a shape drawn on top). */
const grow = (shape, d) => (x, y) => shape(x, y) - d;
/** A head and shoulders: the head a circle, the shoulders a rounded rectangle cut flat at the bottom of the grid. */
const figure = (cx, headY, headR, shoulderHalfWidth, shoulderTop, bottom) =>
  union(
    circle(cx, headY, headR),
    intersect(
      roundRect(cx - shoulderHalfWidth, shoulderTop, cx + shoulderHalfWidth, bottom + 12, shoulderHalfWidth * 0.9),
      roundRect(-1, -1, 33, bottom, 0),
    ),
  );

// ── the icons (design grid 32 × 32; `size` lets small sizes drop detail) ──────────────────────────────────────────

/** 联谊交友: two friends side by side, the front one red, the one behind gold, a clear gap between them. */
function friendsIcon() {
  const front = figure(12, 12.2, 5.6, 9.2, 20.2, 31);
  const back = figure(21, 8.6, 5, 8.4, 15.8, 31);
  return [
    { shape: back, color: GOLD },
    { shape: grow(front, 1.7), color: ERASE },
    { shape: front, color: RED },
  ];
}

/** 覆盖检查: a red seal with a white check mark; from 32 px up a gold ring inside the edge. */
function checkIcon(size) {
  const layers = [{ shape: circle(16, 16, 14.6), color: RED }];
  if (size >= 32)
    layers.push({ shape: intersect(circle(16, 16, 12.6), (x, y) => -circle(16, 16, 11.2)(x, y)), color: GOLD });
  layers.push({
    shape: stroke(
      [
        [9.4, 16.6],
        [14, 21.2],
        [22.8, 11.2],
      ],
      size >= 32 ? 3.4 : 4,
    ),
    color: WHITE,
  });
  return layers;
}

/** 生成登记表: a sheet of paper with a red border, a gold title bar and ruled lines, all on whole pixels at 16 px. */
function formsIcon(size) {
  const radius = size >= 32 ? 2.5 : 1;
  const layers = [
    { shape: roundRect(6, 2, 26, 30, radius), color: RED },
    { shape: roundRect(8, 4, 24, 28, radius / 2), color: PAPER },
    { shape: roundRect(10, 6, 22, 10, 0.5), color: GOLD },
  ];
  for (const y of [15, 19, 23]) layers.push({ shape: roundRect(10, y - 1, 22, y + 1, 0), color: DARK_RED });
  return layers;
}

// ── rasterising and PNG encoding ──────────────────────────────────────────────────────────────────────────────────

const SAMPLES = 8;

/** RGBA pixels (non-premultiplied, row-major) of the layers drawn at size × size. */
function render(layers, size) {
  const scale = 32 / size;
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) * scale;
          const y = (py + (sy + 0.5) / SAMPLES) * scale;
          let colour = null;
          for (const layer of layers) {
            if (layer.shape(x, y) > 0) continue;
            colour = layer.color === ERASE ? null : layer.color;
          }
          if (colour === null) continue;
          const alpha = colour[3] / 255;
          r += colour[0] * alpha;
          g += colour[1] * alpha;
          b += colour[2] * alpha;
          a += alpha;
        }
      }
      const at = (py * size + px) * 4;
      if (a > 0) {
        pixels[at] = Math.round(r / a);
        pixels[at + 1] = Math.round(g / a);
        pixels[at + 2] = Math.round(b / a);
      }
      pixels[at + 3] = Math.round((a / (SAMPLES * SAMPLES)) * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG of width × height pixels. */
export function encodePng(pixels, width, height) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA, deflate, adaptive filtering, no interlace
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    rows[y * (width * 4 + 1)] = 0; // filter: none
    rows.set(pixels.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ── the files ─────────────────────────────────────────────────────────────────────────────────────────────────────

export const ICONS = [
  ...[16, 32, 64, 80, 128].map((size) => ({ file: `icon-${size}.png`, size, draw: friendsIcon })),
  ...[16, 32, 80].map((size) => ({ file: `check-${size}.png`, size, draw: checkIcon })),
  ...[16, 32, 80].map((size) => ({ file: `forms-${size}.png`, size, draw: formsIcon })),
];

/** Every icon over a light and a dark ribbon colour, 16 and 32 px enlarged `zoom` times, one row per icon kind. */
function previewSheet(rendered, zoom) {
  const kinds = ['icon', 'check', 'forms'];
  const backgrounds = [
    [0xf3, 0xf2, 0xf1],
    [0x29, 0x29, 0x29],
  ];
  const zoomOf = (size) => (size <= 32 ? zoom : 1);
  const width =
    16 +
    rendered
      .filter(({ file }) => file.startsWith('icon-'))
      .reduce((sum, { size }) => sum + size * zoomOf(size) + 16, 0);
  const rowHeight = Math.max(...rendered.map(({ size }) => size * zoomOf(size))) + 16;
  const half = kinds.length * rowHeight;
  const sheet = new Uint8Array(width * half * 2 * 4);
  backgrounds.forEach((bg, bgIndex) => {
    for (let y = bgIndex * half; y < (bgIndex + 1) * half; y++) {
      for (let x = 0; x < width; x++) sheet.set([...bg, 255], (y * width + x) * 4);
    }
    kinds.forEach((kind, kindIndex) => {
      let left = 16;
      const top = bgIndex * half + kindIndex * rowHeight + 8;
      for (const { size, pixels } of rendered.filter(({ file }) => file.startsWith(`${kind}-`))) {
        const z = zoomOf(size);
        for (let y = 0; y < size * z; y++) {
          for (let x = 0; x < size * z; x++) {
            const from = (Math.floor(y / z) * size + Math.floor(x / z)) * 4;
            const alpha = pixels[from + 3] / 255;
            const to = ((top + y) * width + left + x) * 4;
            for (let c = 0; c < 3; c++) sheet[to + c] = Math.round(pixels[from + c] * alpha + bg[c] * (1 - alpha));
          }
        }
        left += size * z + 16;
      }
    });
  });
  return encodePng(sheet, width, half * 2);
}

function main(argv) {
  const outAt = argv.indexOf('--out');
  const assets =
    outAt >= 0 && argv[outAt + 1] ? argv[outAt + 1] : join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');
  mkdirSync(assets, { recursive: true });
  const rendered = ICONS.map(({ file, size, draw }) => ({ file, size, pixels: render(draw(size), size) }));
  for (const { file, size, pixels } of rendered) {
    writeFileSync(join(assets, file), encodePng(pixels, size, size));
    process.stdout.write(`${join(assets, file)}  ${size}×${size}\n`);
  }
  const previewAt = argv.indexOf('--preview');
  if (previewAt >= 0 && argv[previewAt + 1]) {
    writeFileSync(argv[previewAt + 1], previewSheet(rendered, 4));
    process.stdout.write(`${argv[previewAt + 1]}  (preview)\n`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
