/**
 * `--json` output printed in pieces: the very text `JSON.stringify(value, null, indent)` gives,
 * without ever building it as one string. The check of a huge ledger (hundreds of thousands of
 * problems) prints more JSON than a JavaScript string can hold (about 512 MB in V8), which ended in
 * "RangeError: Invalid string length" and a stack instead of the result.
 */

/** How many levels are taken apart; below them each value is stringified whole (one problem, one pairing). */
const SPLIT_DEPTH = 2;

type Container = Record<string, unknown> | unknown[];

/** What JSON.stringify serialises in place of a value: its toJSON(key) when it has one (a Date). */
function jsonValue(key: string, value: unknown): unknown {
  const toJSON = (value as { toJSON?: unknown } | null | undefined)?.toJSON;
  return typeof toJSON === 'function' ? (toJSON as (key: string) => unknown).call(value, key) : value;
}

/** Values JSON leaves out of an object (and writes as null in an array). */
const unwritable = (value: unknown): boolean =>
  value === undefined || typeof value === 'function' || typeof value === 'symbol';

/** Boxed primitives (new String('x')) serialise as their primitive: JSON.stringify does that whole. */
const isPlainContainer = (value: unknown): value is Container =>
  typeof value === 'object' &&
  value !== null &&
  !(value instanceof Number || value instanceof String || value instanceof Boolean);

function* pieces(value: unknown, indent: string, depth: number): Generator<string> {
  // Without an indent JSON.stringify writes no line breaks and no space after the colon.
  const line = indent === '' ? '' : '\n';
  const inner = line + indent.repeat(depth + 1);
  const close = line + indent.repeat(depth);
  if (!isPlainContainer(value) || depth >= SPLIT_DEPTH) {
    // JSON escapes every line break inside strings, so each '\n' is a line of the layout: indent it.
    const text = JSON.stringify(value, null, indent) ?? 'null';
    yield depth === 0 ? text : text.replace(/\n/g, `\n${indent.repeat(depth)}`);
    return;
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const item = jsonValue(String(index), value[index]);
      yield `${index === 0 ? '[' : ','}${inner}`;
      yield* pieces(unwritable(item) ? null : item, indent, depth + 1);
    }
    yield value.length === 0 ? '[]' : `${close}]`;
    return;
  }
  let first = true;
  for (const key of Object.keys(value)) {
    const item = jsonValue(key, value[key]);
    if (unwritable(item)) continue;
    yield `${first ? '{' : ','}${inner}${JSON.stringify(key)}:${indent === '' ? '' : ' '}`;
    first = false;
    yield* pieces(item, indent, depth + 1);
  }
  yield first ? '{}' : `${close}}`;
}

/**
 * The pieces of `JSON.stringify(value, null, indent)` in order (none for a value JSON cannot write).
 * @example [...jsonPieces({ a: [1] })].join('') === JSON.stringify({ a: [1] }, null, 2)
 */
export function* jsonPieces(value: unknown, indent = 2): Generator<string> {
  const root = jsonValue('', value);
  if (unwritable(root)) return;
  yield* pieces(root, ' '.repeat(indent), 0);
}

/** Writes the pieces through `write` in runs of about `size` characters (one terminal write each). */
export function writeInRuns(parts: Iterable<string>, write: (text: string) => void, size = 1 << 16): void {
  let run = '';
  for (const part of parts) {
    run += part;
    if (run.length >= size) {
      write(run);
      run = '';
    }
  }
  if (run !== '') write(run);
}
