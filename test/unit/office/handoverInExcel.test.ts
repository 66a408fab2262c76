import type { HandoverRequest } from '../../../src/app/ledgerHost';
import type { LocalDate } from '../../../src/core/localDate';
import { cellsOf, fakeLedger, hostOn } from './ledgerWorkbook';

/**
 * 交接 inside Excel (one Excel.run): the leader's row and pairings' cells set, the successor's new
 * 结对关系 row appended, the 交接单 sheet written and shown; cancelled, nothing is written.
 */
const leaving: HandoverRequest = {
  kind: 'leader',
  leader: 'L14',
  on: '2027-01-20' as LocalDate,
  successorByPairing: { P15: 'L11', P16: null },
};

describe('交接 in Excel', () => {
  it('writes the handover and shows its 交接单', async () => {
    const wb = fakeLedger();
    const done = await hostOn(wb).handOver(leaving, new AbortController().signal);
    expect(done.ok && done.value.sheetName).toBe('交接单-冯涛');
    expect(wb.active).toBe('交接单-冯涛');
    const pairings = [...cellsOf(wb, '结对关系').values()];
    expect(pairings).toContain('冯涛同志离任，由周晓梅同志接续联系高原同志。');
    expect([...cellsOf(wb, '领导干部').values()]).toContain('离任');
  });

  it('cancelled while the ledger is read: nothing is written', async () => {
    const wb = fakeLedger();
    const before = ['领导干部', '结对关系'].map((sheet) => cellsOf(wb, sheet));
    const controller = new AbortController();
    wb.coAuthorBefore(1, () => controller.abort());
    const done = await hostOn(wb).handOver(leaving, controller.signal);
    expect(done).toMatchObject({ ok: false, error: { kind: 'cancelledBeforeWriting' } });
    expect(wb.syncs).toBe(1);
    expect(['领导干部', '结对关系'].map((sheet) => cellsOf(wb, sheet))).toEqual(before);
    expect(wb.sheets.map((sheet) => sheet.name)).not.toContain('交接单-冯涛');
  });
});
