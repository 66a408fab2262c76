import { contactColumns } from '../../../src/core/ledger/contactColumns';
import { dayNumber, type LocalDate } from '../../../src/core/localDate';
import { contact, ledgerOf, TWO_LEADERS } from '../rules/fixture';

describe('contactColumns: what the rules compare of every contact, in the order of the contacts', () => {
  const { ledger } = ledgerOf({
    ...TWO_LEADERS,
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
