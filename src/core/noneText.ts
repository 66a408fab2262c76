/** Telling a note that says something from one that says there is nothing to say (无, /, 暂无). */
import { matchKey } from './cellText';

/** What people write in a text cell to mean "nothing to report". */
export const NOTHING_KEYS: ReadonlySet<string> = new Set(
  [
    '无',
    '没有',
    '暂无',
    '无意见',
    '无建议',
    '无诉求',
    '/',
    '-',
    '—',
    '——',
    '－',
    '／',
    'n/a',
    'na',
    '0',
    // As keys, so the set holds what matchKey gives whichever way it folds case.
  ].map(matchKey),
);

/** The most characters a "nothing to report" has, as a key. */
const LONGEST_NOTHING = Math.max(...[...NOTHING_KEYS].map((key) => key.length));

/**
 * Whether a text has more than `count` characters that its key keeps one for one (printable ASCII
 * but the space, CJK ideographs): then its key is longer, and it is no "nothing". Spares the key of
 * a long note (with its full-width punctuation, a Unicode normalization each) on every contact.
 */
function moreVisibleThan(text: string, count: number): boolean {
  let visible = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code > 0x20 && code < 0x7f) || (code >= 0x4e00 && code <= 0x9fff)) {
      visible += 1;
      if (visible > count) return true;
    }
  }
  return false;
}

/**
 * True when a cell says something: 意见建议 "无" raises no suggestion.
 * @example saysSomething('无') // false
 */
export const saysSomething = (text: string | undefined): text is string =>
  text !== undefined && (moreVisibleThan(text, LONGEST_NOTHING) || !NOTHING_KEYS.has(matchKey(text)));
