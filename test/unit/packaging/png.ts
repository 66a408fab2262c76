import { inflateSync } from 'node:zlib';

export interface Png {
  readonly width: number;
  readonly height: number;
  readonly colourType: number;
  /** Unfiltered RGBA rows (only filter type 0 is decoded: what scripts/drawIcons.mjs writes). */
  readonly pixels: Buffer;
}

/** Reads the PNGs this project draws: 8-bit RGBA, unfiltered rows. */
export function readPng(bytes: Buffer): Png {
  if (bytes.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') throw new Error('not a PNG');
  let at = 8;
  let width = 0;
  let height = 0;
  let colourType = -1;
  const data: Buffer[] = [];
  while (at < bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('ascii', at + 4, at + 8);
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      colourType = body[9] ?? -1;
    }
    if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const start = y * (width * 4 + 1);
    if (raw[start] !== 0) throw new Error(`row ${y}: filter ${raw[start]} not supported`);
    rows.push(raw.subarray(start + 1, start + 1 + width * 4));
  }
  return { width, height, colourType, pixels: Buffer.concat(rows) };
}
