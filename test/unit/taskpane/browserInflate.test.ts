import { deflateSync, strToU8 } from 'fflate';
import { browserInflate, LARGE_PART, piecesOf } from '../../../src/taskpane/preview/browserInflate';

/** A sheet's worth of XML: enough to inflate in many pieces. */
const xml = Array.from(
  { length: 20_000 },
  (_, row) => `<row r="${row + 1}"><c r="A${row + 1}" t="s"><v>${row % 97}</v></c></row>`,
).join('');

describe("the preview's inflater (the browser's DecompressionStream)", () => {
  it('gives back the bytes that were deflated, piece by piece', async () => {
    const inflate = browserInflate();
    if (!inflate) throw new Error('this Node has no DecompressionStream for deflate-raw');
    const pieces: Uint8Array[] = [];
    await inflate(deflateSync(strToU8(xml)), (piece) => pieces.push(piece));
    expect(pieces.length).toBeGreaterThan(1);
    expect(Buffer.concat(pieces).toString('utf8')).toBe(xml);
  });

  it('hands the compressed bytes over 64 KB at a time, not a sheet at once', async () => {
    const data = new Uint8Array(200 * 1024).map((_, index) => index % 251);
    const reader = piecesOf(data).getReader();
    const first = await reader.read();
    expect(first.value?.length).toBe(64 * 1024);
    const sizes = [first.value?.length];
    for (let next = await reader.read(); !next.done; next = await reader.read()) sizes.push(next.value.length);
    expect(sizes).toEqual([65536, 65536, 65536, 8192]);
  });

  it('inflates a part larger than LARGE_PART compressed (by fflate) as whole as a smaller one', async () => {
    const inflate = browserInflate();
    if (!inflate) throw new Error('this Node has no DecompressionStream for deflate-raw');
    // Bytes that do not compress, so that the deflated part is just above the limit.
    let seed = 7;
    const noise = new Uint8Array(LARGE_PART + 4096).map(() => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
    const deflated = deflateSync(noise, { level: 0 });
    expect(deflated.length).toBeGreaterThan(LARGE_PART);
    const pieces: Uint8Array[] = [];
    await inflate(deflated, (piece) => pieces.push(piece));
    expect(Buffer.compare(Buffer.concat(pieces), Buffer.from(noise))).toBe(0);
  });
});
