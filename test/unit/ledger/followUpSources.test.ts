import { followUpSources, registeredContactRows } from '../../../src/core/ledger/followUpSources';
import { contact, followUpItem, ledgerOf, TWO_LEADERS } from '../rules/fixture';

describe('followUpSources: the contact row each 意见办理 item names as its source', () => {
  const { ledger } = ledgerOf({
    ...TWO_LEADERS,
    contacts: [contact('C2026-001', 'P01', '2026-10-15'), contact('C2026-002', 'P03', '2026-11-02')],
    followUps: [
      followUpItem('Y01', { sourceContactId: 'C2026-002' }),
      // Typed with a full-width letter and a space: the same 编号.
      followUpItem('Y02', { sourceContactId: 'Ｃ2026-001 ' }),
      followUpItem('Y03', { sourceContactId: 'C2026-999' }),
      followUpItem('Y04', {}),
    ],
  });
  const rowOf = (id: string) => ledger.contacts.find((each) => each.contactId === id)?.row;

  it('finds the row of the 编号 however it is typed, and 0 when none is named or none has it', () => {
    expect([...followUpSources(ledger.followUps, ledger.contactIds)]).toEqual([
      rowOf('C2026-002'),
      rowOf('C2026-001'),
      0,
      0,
    ]);
  });

  it('is looked up once per ledger, and the registered contacts are the rows found', () => {
    expect(followUpSources(ledger.followUps, ledger.contactIds)).toBe(
      followUpSources(ledger.followUps, ledger.contactIds),
    );
    expect([...registeredContactRows(ledger)].sort()).toEqual([rowOf('C2026-001'), rowOf('C2026-002')].sort());
  });
});
