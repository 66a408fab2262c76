import { pairingsByNames, pairingsNamed } from '../../../src/core/ledger/groupContacts';
import { FIGURE, LEADER, ledgerOf, PAIRING } from '../rules/fixture';

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

describe('pairingsNamed: the pairings of a leader and a figure found by their two names', () => {
  const { ledger } = ledgerOf(people);
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
