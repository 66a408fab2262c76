import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readPng } from './png';
import { ROOT } from './xmllint';

const ASSETS = path.join(ROOT, 'assets');
const EXPECTED = [
  ...[16, 32, 64, 80, 128].map((size) => [`icon-${size}.png`, size] as const),
  ...[16, 32, 80].map((size) => [`check-${size}.png`, size] as const),
  ...[16, 32, 80].map((size) => [`forms-${size}.png`, size] as const),
];

describe('icons', () => {
  it.each(EXPECTED)('%s is a %i px square RGBA PNG with a transparent background', (file, size) => {
    const png = readPng(readFileSync(path.join(ASSETS, file)));
    expect([png.width, png.height, png.colourType]).toEqual([size, size, 6]);
    expect(png.pixels[3]).toBe(0); // top-left corner
    const opaque = Array.from({ length: size * size }, (_, i) => png.pixels[i * 4 + 3] ?? 0).filter(
      (alpha) => alpha === 255,
    ).length;
    expect(opaque / (size * size)).toBeGreaterThan(0.2); // something is drawn
  });

  it('are exactly what scripts/drawIcons.mjs draws', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lianyi-icons-'));
    try {
      execFileSync(process.execPath, [path.join(ROOT, 'scripts/drawIcons.mjs'), '--out', dir]);
      expect(readdirSync(dir).sort()).toEqual(EXPECTED.map(([file]) => file).sort());
      for (const [file] of EXPECTED) {
        // Pixels, not bytes: zlib builds may compress the same rows differently.
        expect(
          readPng(readFileSync(path.join(dir, file))).pixels.equals(
            readPng(readFileSync(path.join(ASSETS, file))).pixels,
          ),
        ).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
