import { pairingsByNames, pairingsNamed } from '../../../src/core/ledger/groupContacts';
import { ledgerOf, TWO_LEADERS } from '../rules/fixture';

describe('pairingsNamed: the pairings of a leader and a figure found by their two names', () => {
  const { ledger } = ledgerOf(TWO_LEADERS);
  const index = pairingsByNames(ledger.pairings);

  it('finds the pairing of the two names, however spaced or written in full-width forms', () => {
    expect(pairingsNamed(index, '张三', '王五').map((each) => each.id)).toEqual(['P02']);
    expect(pairingsNamed(index, ' 张 三 ', '王\u3000五').map((each) => each.id)).toEqual(['P02']);
    expect(pairingsNamed(index, '孙七', '周八').map((each) => each.id)).toEqual(['P03']);
  });

  it('finds none for a figure paired with another leader, or a name no pairing has', () => {
    expect(pairingsNamed(index, '张三', '周八')).toEqual([]);
    expect(pairingsNamed(index, '孙七', '李四')).toEqual([]);
    expect(pairingsNamed(index, '钱九', '李四')).toEqual([]);
  });
});
