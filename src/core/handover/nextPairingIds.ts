/**
 * New 结对编号 in the style the ledger already uses: the prefix most of its numbered IDs share,
 * the next number after the highest, padded to the same width (P19 after P18, JD-2026-010 after
 * JD-2026-009), never one any row holds (compared as the reader compares IDs).
 */
import { cellText, matchKey } from '../cellText';
import { findHeaderRow } from '../headerRow';
import { findSheet, type RawWorkbook } from '../rawWorkbook';
import { pairingsTable } from '../schema/index';

/** A numbered ID cut into its prefix and number: 'P18' → { prefix 'P', number 18, width 2 }. */
interface Numbered {
  readonly prefix: string;
  readonly number: number;
  readonly width: number;
}

const DEFAULT_STYLE = { prefix: 'P', width: 2 } as const;

function numbered(id: string): Numbered | undefined {
  const match = /^(.*?)(\d+)$/.exec(id.trim());
  if (!match) return undefined;
  const digits = match[2] as string;
  return { prefix: match[1] as string, number: Number(digits), width: digits.length };
}

/**
 * The next `count` free 结对编号 after `existing` (every 结对编号 the sheet holds, in row order). The
 * style is that of the largest group of IDs sharing a prefix; on a tie, the group of the latest row.
 * @example nextPairingIds(['P01', 'P02', 'P18'], 2) // ['P19', 'P20']
 */
export function nextPairingIds(existing: readonly string[], count: number): string[] {
  const groups = new Map<string, { prefix: string; ids: Numbered[]; lastIndex: number }>();
  existing.forEach((id, index) => {
    const parsed = numbered(id);
    if (!parsed) return;
    const key = matchKey(parsed.prefix);
    const group = groups.get(key) ?? { prefix: parsed.prefix, ids: [], lastIndex: index };
    group.ids.push(parsed);
    group.lastIndex = index;
    groups.set(key, group);
  });
  const chosen = [...groups.values()].sort((a, b) => b.ids.length - a.ids.length || b.lastIndex - a.lastIndex)[0];
  const prefix = chosen?.prefix ?? DEFAULT_STYLE.prefix;
  const width = chosen ? Math.max(...chosen.ids.map((id) => id.width)) : DEFAULT_STYLE.width;
  const taken = new Set(existing.map(matchKey));
  const ids: string[] = [];
  let next = chosen ? Math.max(...chosen.ids.map((id) => id.number)) + 1 : 1;
  while (ids.length < count) {
    const id = `${prefix}${String(next).padStart(width, '0')}`;
    next += 1;
    if (taken.has(matchKey(id))) continue;
    taken.add(matchKey(id));
    ids.push(id);
  }
  return ids;
}

/** Every 结对编号 the sheet holds, rows with errors included, in row order: new ones must differ from all. */
export function pairingIdsInSheet(workbook: RawWorkbook): string[] {
  const sheet = findSheet(workbook, pairingsTable.sheet);
  const found = sheet && findHeaderRow(sheet, pairingsTable);
  const column = found?.columns.get('pairingId');
  if (!sheet || !found || column === undefined) return [];
  return sheet.rows.slice(found.headerRow).flatMap((cells) => {
    const cell = cells?.[column - 1];
    const id = cell ? cellText(cell) : '';
    return id === '' ? [] : [id];
  });
}
