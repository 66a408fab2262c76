/**
 * A form's CSV of many contacts for the sample ledger's open pairings, each with its own 记录编号
 * and a realistic 联系沟通情况: what a big 汇总 brings back in one go.
 */
import { readOrThrow, sampleRaw } from './rawLedger';

/** The 记录编号 of the n-th returned contact (1-based). */
export const returnedId = (index: number): string => `C2026-${String(5000 + index)}`;

/** CSV text of `count` contacts in 2026-09 … 2026-12 spread over the sample's open pairings. */
export function returnedContactsCsv(count: number): string {
  const { ledger } = readOrThrow(sampleRaw());
  const open = ledger.pairings
    .filter((pairing) => pairing.end === undefined && pairing.start <= '2026-09-01')
    .map((pairing) => pairing.id);
  const lines = ['记录编号,结对编号,联系日期,联系形式,联系沟通情况,意见建议'];
  for (let index = 1; index <= count; index++) {
    const month = 9 + (index % 4);
    const day = 1 + (index % 28);
    lines.push(
      [
        returnedId(index),
        open[index % open.length],
        `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
        '个别谈心',
        `第${index}次联系：交流学院发展与教学科研情况，听取对人才培养、青年教师成长和校园建设的意见建议，并就下一步工作作了沟通。`,
        index % 3 === 0 ? '建议进一步完善青年教师的培养和评价机制。' : '',
      ].join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The same CSV as the bytes of a picked file. */
export const returnedContactsFile = (count: number, name = '表单导出.csv') => ({
  name,
  bytes: new Uint8Array(Buffer.from(returnedContactsCsv(count), 'utf8')),
});
