/**
 * What the user is told when a contact entered in a shared workbook did not simply land where it
 * was first written: another writer took that row or its 记录编号 first, or Excel could not confirm
 * it. The landing itself is the host's (the port's `KeyedLanding`, the Office port's keyedAppend.ts);
 * a contact that could not be placed at all is a failure (failures.ts `contactNotPlaced`).
 */

/**
 * Where the contact ended, and how it got there: `placed` (confirmed), `sharedKey` (written, but a
 * row above still holds its 记录编号), `unconfirmed` (written, not read back).
 */
export interface ContactLanding {
  readonly status: 'placed' | 'sharedKey' | 'unconfirmed';
  /** Every row it was written at, in order. */
  readonly tried: readonly number[];
  /** The row above that holds the same 记录编号 (sharedKey). */
  readonly sharedWith?: number;
  /** Rows others wrote over it at, where some of its cells are still in their row. */
  readonly leftIn?: readonly number[];
  /** The worksheet row it is in. */
  readonly row: number;
  readonly sheet: string;
  /** Its 记录编号 now, and the one it was first written with. */
  readonly contactId: string;
  readonly firstId: string;
}

const q = (text: string): string => `“${text}”`;
const rows = (numbers: readonly number[]): string => `第 ${numbers.join('、')} 行`;

/** A note for the user, or undefined when the contact went where and as it was first written. */
export function landingNote(landing: ContactLanding): string | undefined {
  const { row, sheet, contactId, firstId } = landing;
  if (landing.status === 'unconfirmed')
    return `这条联系记录已写入「${sheet}」第 ${row} 行，但 Excel 没能读回确认（可能有人正在同时编辑）：请到第 ${row} 行核对，记录在那里就不要重复提交。`;
  if (landing.status === 'sharedKey')
    return `这条联系记录已写入「${sheet}」第 ${row} 行，但有人同时填报，第 ${landing.sharedWith ?? '?'} 行也用了记录编号${q(contactId)}：请把第 ${row} 行的记录编号改为未用过的编号。`;
  const taken = landing.tried.filter((tried) => tried !== row);
  const where = !landing.tried.includes(row)
    ? `有人同时在「${sheet}」中插入、删除或排序了行，这条联系记录现在在第 ${row} 行`
    : taken.length > 0
      ? `有人同时在「${sheet}」中填报：${rows(taken)}已被他人的记录占用，这条联系记录写在了第 ${row} 行`
      : '';
  const renumbered =
    contactId !== firstId ? `记录编号${q(firstId)}已被他人同时填报的记录占用，改为${q(contactId)}` : '';
  const left = landing.leftIn?.length ? `${rows(landing.leftIn)}被他人改写时还留有这条记录的部分内容，请核对该行` : '';
  if (!where && !renumbered) return undefined;
  const first = where || `有人同时在「${sheet}」中填报：第 ${row} 行这条联系记录的${renumbered}`;
  return `${[first, where ? renumbered : '', left].filter(Boolean).join('；')}。`;
}
