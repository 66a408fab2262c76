import { deflateSync, strToU8 } from 'fflate';
import { browserInflate, piecesOf } from '../../../src/taskpane/preview/browserInflate';

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
});
