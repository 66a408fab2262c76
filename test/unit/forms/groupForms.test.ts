import { chooseSemester } from '../../../src/core/check/runCheck';
import { pairingIdsOnRows } from '../../../src/core/entry/ledgerOverview';
import { registrationForms } from '../../../src/core/forms/registrationForm';
import { renderForms } from '../../../src/core/forms/renderForms';
import type { LocalDate } from '../../../src/core/localDate';
import type { SheetSpec } from '../../../src/core/sheet/sheetSpec';
import { baseContent, rawLedger, readOrThrow } from '../../support/rawLedger';

/** A group contact (one 座谈会, three pairings of one leader) on the 登记表 of each pairing. */
const today = '2027-01-20' as LocalDate;
const figure = (figureId: string, name: string) => ({ figureId, name, post: '教授', unit: '英语学院', status: '在职' });
const pairing = (pairingId: string, figureId: string) => ({
  pairingId,
  level: '院级',
  leaderId: 'L01',
  figureId,
  start: '2026-03-01',
});

function ledgerWith(settings: Array<{ key: string; value: string }> = []) {
  return readOrThrow(
    rawLedger(
      baseContent({
        设置: [{ key: '学校名称', value: '测试学院' }, ...settings],
        领导干部: [
          { leaderId: 'L01', name: '张三', post: '党委书记', level: '院级', unit: '英语学院', status: '在任' },
        ],
        党外代表人士: [figure('F01', '李四'), figure('F02', '王五'), figure('F03', '赵六')],
        结对关系: [pairing('P01', 'F01'), pairing('P02', 'F02'), pairing('P03', 'F03')],
        联系记录: [
          {
            contactId: 'C01',
            pairingId: 'P01、P02、P03',
            leaderName: '张三',
            figureName: '李四、王五、赵六',
            date: '2026-10-15',
            form: '座谈研讨',
            summary: '学院党外人士座谈会，通报学科建设规划',
            suggestions: '增加青年教师出国访学名额',
          },
          { contactId: 'C02', pairingId: 'P02', date: '2026-11-02', form: '个别谈心', summary: '谈科研团队建设' },
        ],
      }),
    ),
  ).ledger;
}

function semesterOf(ledger: ReturnType<typeof ledgerWith>) {
  const semester = chooseSemester(ledger, { semesterId: '2026-2027-1', today });
  if (!semester.ok) throw new Error(semester.error.message);
  return semester.value;
}

describe('a group contact on the 登记表', () => {
  test('each of the three pairings’ forms lists the 座谈会, marked as a 集体活动, with its 意见建议', () => {
    const ledger = ledgerWith();
    const forms = registrationForms(ledger, semesterOf(ledger), ledger.pairings, today);
    const line = '2026年10月15日，座谈研讨：学院党外人士座谈会，通报学科建设规划（集体活动）';
    expect(forms.map((form) => [form.figure.name, form.contactLines])).toEqual([
      ['李四', [line]],
      ['王五', [line, '2026年11月2日，个别谈心：谈科研团队建设']],
      ['赵六', [line]],
    ]);
    for (const form of forms)
      expect(form.opinionLines).toEqual(['意见建议（2026年10月15日）：增加青年教师出国访学名额']);
  });

  test('with 集体活动计入 = 否 the forms still list it (it counts toward no minimum, but it happened)', () => {
    const ledger = ledgerWith([{ key: '集体活动计入', value: '否' }]);
    const forms = registrationForms(ledger, semesterOf(ledger), ledger.pairings, today);
    expect(forms.map((form) => form.contactLines.length)).toEqual([1, 2, 1]);
  });

  test('selecting the group row in Excel picks the forms of all its pairings', () => {
    expect(pairingIdsOnRows(ledgerWith(), '联系记录', [2])).toEqual(['P01', 'P02', 'P03']);
  });

  test('the rendered sheets, one per pairing, each show it in 联系沟通情况', () => {
    const ledger = ledgerWith();
    const sheets = renderForms(ledger, semesterOf(ledger), today);
    if (!sheets.ok) throw new Error(sheets.error.message);
    const contactBox = (sheet: SheetSpec) =>
      sheet.cells.find((cell) => cell.row === 6 && cell.column === 2)?.content ?? { kind: 'empty' };
    expect(sheets.value.map((sheet) => sheet.name)).toEqual([
      '登记表-张三-李四',
      '登记表-张三-王五',
      '登记表-张三-赵六',
    ]);
    for (const sheet of sheets.value)
      expect(contactBox(sheet)).toMatchObject({ kind: 'text', text: expect.stringContaining('学院党外人士座谈会') });
  });
});
