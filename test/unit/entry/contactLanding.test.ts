import { type ContactLanding, landingNote } from '../../../src/core/entry/contactLanding';

const landing = (change: Partial<ContactLanding>): ContactLanding => ({
  status: 'placed',
  tried: [22],
  row: 22,
  sheet: '联系记录',
  contactId: 'C2027-002',
  firstId: 'C2027-002',
  ...change,
});

describe('what the user is told about where a contact went', () => {
  it('says nothing when it went where and as it was first written', () => {
    expect(landingNote(landing({}))).toBeUndefined();
  });

  it('names the rows others took, the row it is in, and a 记录编号 that changed', () => {
    expect(landingNote(landing({ tried: [22, 23], row: 23 }))).toBe(
      '有人同时在「联系记录」中填报：第 22 行已被他人的记录占用，这条联系记录写在了第 23 行。',
    );
    expect(landingNote(landing({ tried: [22, 23, 24], row: 24, contactId: 'C2027-004', leftIn: [23] }))).toBe(
      '有人同时在「联系记录」中填报：第 22、23 行已被他人的记录占用，这条联系记录写在了第 24 行；记录编号“C2027-002”已被他人同时填报的记录占用，改为“C2027-004”；第 23 行被他人改写时还留有这条记录的部分内容，请核对该行。',
    );
    expect(landingNote(landing({ contactId: 'C2027-003' }))).toBe(
      '有人同时在「联系记录」中填报：第 22 行这条联系记录的记录编号“C2027-002”已被他人同时填报的记录占用，改为“C2027-003”。',
    );
  });

  it('says where it is now when others moved rows, and what to do when it could not be confirmed', () => {
    expect(landingNote(landing({ row: 23 }))).toBe(
      '有人同时在「联系记录」中插入、删除或排序了行，这条联系记录现在在第 23 行。',
    );
    expect(landingNote(landing({ status: 'sharedKey', sharedWith: 21 }))).toBe(
      '这条联系记录已写入「联系记录」第 22 行，但有人同时填报，第 21 行也用了记录编号“C2027-002”：请把第 22 行的记录编号改为未用过的编号。',
    );
    expect(landingNote(landing({ status: 'unconfirmed' }))).toContain('请到第 22 行核对，记录在那里就不要重复提交');
  });
});
