/**
 * The `<row>` elements of a worksheet's XML, found with indexOf and positions in the text as it
 * arrives, whatever their namespace prefix (`<row>`, `<x:row>`). No strings are cut: the reader used
 * to meet each row through a regular expression on the text joined so far. In Chromium's sampling
 * heap profiler, those matches (an array and three strings per row) and the joined texts were 33 MB
 * of the 73 MB that outlived the young generation and died later, reading the 200k-contact ledger.
 */
import { isNameChar } from './xmlText';

/** Where the last row element found is. One per sheet, filled in by `nextRowElement`. */
export class RowElement {
  /** Its start tag's attributes: text[attributesStart, attributesEnd). */
  attributesStart = 0;
  attributesEnd = 0;
  /** Its content, text[contentStart, contentEnd); -1 when the element closes itself. */
  contentStart = -1;
  contentEnd = -1;
  /** Just after the element. */
  end = 0;
  /** How much of the text has been read through: rows found, and anything but a row before the next. */
  done = 0;
}

/** Whether text[start, end) names a row: `row`, or `row` after a prefix and a colon. */
function isRowName(text: string, start: number, end: number): boolean {
  if (end - start < 3) return false;
  if (text.charCodeAt(end - 3) !== 114 || text.charCodeAt(end - 2) !== 111 || text.charCodeAt(end - 1) !== 119)
    return false;
  return end - start === 3 || text.charCodeAt(end - 4) === 58;
}

/** Where the first end tag of a row (`</row>`, `</x:row>`) from `from` starts, or -1. */
function rowEndTag(text: string, from: number): number {
  for (let at = text.indexOf('row>', from); at >= 0; at = text.indexOf('row>', at + 4)) {
    let start = at - 1;
    if (text.charCodeAt(start) === 58) {
      start--;
      while (start > from && text.charCodeAt(start) !== 58 && isNameChar(text.charCodeAt(start))) start--;
    }
    if (text.charCodeAt(start) === 47 && text.charCodeAt(start - 1) === 60) return start - 1;
  }
  return -1;
}

/**
 * Finds the first complete row element of `text` from `from`, and says where it is in `row`. False
 * when the text holds none, or only the beginning of one (its end is in text still to come); then
 * `row.done` says how much of the text may be dropped.
 */
export function nextRowElement(text: string, from: number, row: RowElement): boolean {
  row.done = from;
  for (let at = text.indexOf('<', from); at >= 0; at = text.indexOf('<', at)) {
    let nameEnd = at + 1;
    while (nameEnd < text.length && isNameChar(text.charCodeAt(nameEnd))) nameEnd++;
    const tagEnd = text.indexOf('>', nameEnd);
    if (tagEnd < 0) return false;
    if (!isRowName(text, at + 1, nameEnd)) {
      // Another element's tag (sheetData, a closing tag, an extension): nothing to read there.
      at = tagEnd + 1;
      row.done = at;
      continue;
    }
    row.attributesStart = nameEnd;
    if (text.charCodeAt(tagEnd - 1) === 47) {
      row.attributesEnd = tagEnd - 1;
      row.contentStart = row.contentEnd = -1;
      row.end = tagEnd + 1;
    } else {
      const endTag = rowEndTag(text, tagEnd + 1);
      if (endTag < 0) return false;
      row.attributesEnd = tagEnd;
      row.contentStart = tagEnd + 1;
      row.contentEnd = endTag;
      row.end = text.indexOf('>', endTag) + 1;
    }
    row.done = row.end;
    return true;
  }
  return false;
}
