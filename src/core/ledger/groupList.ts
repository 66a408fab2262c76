/**
 * The lists a group contact writes in one cell: several 结对编号, or several 人士姓名 (one 座谈会 or
 * 活动 serving several pairings). One parser for the reader and the 填报 form, and one way to write
 * a list, so a row the form writes is the row the check reads back.
 */
import { matchKey } from '../cellText';

/**
 * What separates the parts of a list: 、 and its half-width form ､, commas and semicolons in full
 * and half width (，, ；;), and any space — ASCII, full-width (U+3000), no-break, tabs, line breaks.
 */
const SEPARATORS = /[、､，,；;\s]+/u;
/** Whether a text holds a separator at all: the test that spares splitting a cell of one value. */
const HAS_SEPARATOR = /[、､，,；;\s]/u;

/** How the 填报 form joins the parts it writes: 、, as the school writes lists (人士类别, 节日走访形式). */
export const GROUP_JOINER = '、';

/**
 * The parts of a list cell, in order, without empty parts: separators at the ends or doubled
 * (“P01、、P02，”) add nothing. A text without a separator is its own single part.
 * @example groupParts('P01、P02，P03 P04') // ['P01', 'P02', 'P03', 'P04']
 */
export function groupParts(text: string): string[] {
  if (!HAS_SEPARATOR.test(text)) return text === '' ? [] : [text];
  return text.split(SEPARATORS).filter((part) => part !== '');
}

/** Whether a value can be one part of a list as written: it holds no separator and is not empty. */
export const isListablePart = (value: string): boolean => value !== '' && !HAS_SEPARATOR.test(value);

/**
 * The cell text of a list, joined with 、. Every part must be listable (`isListablePart`): a part
 * holding a separator would read back as several.
 * @example groupCellText(['P01', 'P02']) // 'P01、P02'
 */
export const groupCellText = (parts: readonly string[]): string => parts.join(GROUP_JOINER);

/**
 * The parts once each, compared as keys (ｐ０１ = P01), and the parts written again after their
 * first: those are a problem at the cell, the row counts each part once.
 */
export function distinctParts(parts: readonly string[]): { distinct: string[]; repeated: string[] } {
  const seen = new Set<string>();
  const distinct: string[] = [];
  const repeated: string[] = [];
  for (const part of parts) {
    const key = matchKey(part);
    if (seen.has(key)) repeated.push(part);
    else {
      seen.add(key);
      distinct.push(part);
    }
  }
  return { distinct, repeated };
}
