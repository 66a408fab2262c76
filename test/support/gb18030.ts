/**
 * Text as GB18030 bytes, for the CSV tests (Node's TextEncoder writes UTF-8 only): the two bytes of
 * each Chinese character are found once by decoding every two-byte GBK sequence with Node's own
 * GB18030 decoder, the one the product reads with, so the bytes are what Chinese Windows writes.
 */
let table: Map<string, readonly [number, number]> | undefined;

function pairs(): Map<string, readonly [number, number]> {
  if (table) return table;
  const decoder = new TextDecoder('gb18030');
  table = new Map();
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\ufffd' && !table.has(char)) table.set(char, [lead, trail]);
    }
  return table;
}

/** The GB18030 bytes of a text of ASCII and GBK characters (anything else is a test's mistake). */
export function gb18030Bytes(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = pairs().get(char);
    if (!pair) throw new Error(`not a GBK character: ${char}`);
    bytes.push(...pair);
  }
  return new Uint8Array(bytes);
}
