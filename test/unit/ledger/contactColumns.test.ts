import { contactColumns } from '../../../src/core/ledger/contactColumns';
import { dayNumber, type LocalDate } from '../../../src/core/localDate';
import { contact, FIGURE, LEADER, ledgerOf, PAIRING } from '../rules/fixture';

/** 张三 (L01) is paired with 李四 (P01) and 王五 (P02); 孙七 (L02) with 周八 (P03). */
const people = {
  leaders: [{ ...LEADER, leaderId: 'L02', name: '孙七', post: '英语学院副院长' }],
  figures: [
    { ...FIGURE, figureId: 'F02', name: '王五' },
    { ...FIGURE, figureId: 'F03', name: '周八' },
  ],
  pairings: [
    { ...PAIRING, pairingId: 'P02', figureId: 'F02' },
    { ...PAIRING, pairingId: 'P03', leaderId: 'L02', figureId: 'F03' },
  ],
};

describe('contactColumns: what the rules compare of every contact, in the order of the contacts', () => {
  const { ledger } = ledgerOf({
    ...people,
    contacts: [
      contact('C01', 'P03', '2026-10-15'),
      contact('C02', 'P01、P02', '2026-11-02', { form: '座谈研讨' }),
      contact('C03', 'P01', '2027-01-05'),
    ],
  });
  const columns = contactColumns(ledger.contacts);

  it('gives each contact its day, its pairing row and whether a group row gave it', () => {
    expect(ledger.contacts.map((each) => each.pairing.id)).toEqual(['P03', 'P01', 'P02', 'P01']);
    const days = ['2026-10-15', '2026-11-02', '2026-11-02', '2027-01-05'] as LocalDate[];
    expect([...columns.days]).toEqual(days.map(dayNumber));
    expect([...columns.pairingRows]).toEqual(ledger.contacts.map((each) => each.pairing.row));
    expect([...columns.grouped]).toEqual([0, 1, 1, 0]);
  });

  it('is made once per list of contacts, and again for another', () => {
    expect(contactColumns(ledger.contacts)).toBe(columns);
    expect(contactColumns(ledger.contacts.slice(1)).days.length).toBe(3);
  });
});
