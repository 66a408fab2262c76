/** Telling a note that says something from one that says there is nothing to say (无, /, 暂无). */
import { matchKey } from './cellText';

/** What people write in a text cell to mean "nothing to report". */
const NOTHING = new Set(
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

/**
 * True when a cell says something: 意见建议 "无" raises no suggestion.
 * @example saysSomething('无') // false
 */
export const saysSomething = (text: string | undefined): text is string =>
  text !== undefined && !NOTHING.has(matchKey(text));
