import type { PairingStatus, SchoolLeaderStatus } from '../check/checkResult';

/** How results read in Chinese wherever a person sees them (terminal, report sheet, task pane). */
export const PAIRING_STATUS_LABEL: Record<PairingStatus, string> = { met: '已联系', pending: '待联系', missed: '未完成' };

export function schoolLeaderStatusLabel(status: SchoolLeaderStatus, pairings: number, wanted: number): string {
  switch (status) {
    case 'ok':
      return '符合要求';
    case 'none':
      return `没有结对（应为 ${wanted} 个）`;
    case 'tooFew':
      return `结对 ${pairings} 个，少于 ${wanted} 个`;
    case 'tooMany':
      return `结对 ${pairings} 个，多于 ${wanted} 个`;
  }
}

export const percent = (part: number, whole: number): string => (whole === 0 ? '—' : `${((part / whole) * 100).toFixed(1)}%`);
