import { contactFieldProblems, fieldWords } from '../../../src/core/entry/contactFields';
import { prepareContact } from '../../../src/core/entry/contactEntry';
import type { LocalDate } from '../../../src/core/localDate';
import { readOrThrow, sampleRaw } from '../../support/rawLedger';

const TODAY = '2027-01-20' as LocalDate;
const { ledger } = readOrThrow(sampleRaw());
const problemsOf = (draft: Parameters<typeof prepareContact>[1]) => {
  const prepared = prepareContact(ledger, draft, TODAY);
  if (prepared.ok) throw new Error('expected problems');
  return prepared.error;
};

describe('the 填报 form’s problems, in its own words', () => {
  test('an empty form: the pairing, the form and the summary at once, the pairing first', () => {
    const found = contactFieldProblems(problemsOf({ pairingId: '', date: TODAY, form: '', summary: '' }));
    expect(found.byField).toEqual({
      pairingId: '请选择结对：输入姓名、单位或结对编号，再从列表中选择。',
      form: '请选择联系形式。',
      summary: '请填写联系沟通情况。',
    });
    expect(found.other).toEqual([]);
    expect(found.first).toBe('pairingId');
  });

  test('no message names a cell of the unwritten row or speaks of 此行', () => {
    const drafts = [
      { pairingId: 'P99', date: '2030-01-01', form: '实地走访', summary: 'x' },
      { pairingId: 'P01', date: '2026-02-30', form: '喝茶', summary: '' },
      { pairingId: '', date: '', form: '', summary: '' },
    ];
    for (const draft of drafts) {
      const problems = problemsOf(draft);
      expect(problems.some((problem) => /「联系记录」[A-Z]+2/.test(problem.message))).toBe(true);
      const words = problems.map(fieldWords);
      expect(words.filter((text) => /「联系记录」[A-Z]+\d|此行/.test(text))).toEqual([]);
    }
    const unknown = contactFieldProblems(problemsOf(drafts[0] as (typeof drafts)[0]));
    expect(unknown.byField.pairingId).toBe('结对编号“P99”在「结对关系」中不存在：请核对结对编号。');
    expect(unknown.byField.date).toBe('联系日期 2030-01-01 晚于今天（2027-01-20）：如是笔误请改正。');
    expect(unknown.first).toBe('pairingId');
    const wrong = contactFieldProblems(problemsOf(drafts[1] as (typeof drafts)[0]));
    expect(wrong.first).toBe('date');
    expect(wrong.byField.form).toMatch(/^「联系形式」“喝茶”不在可选范围内/);
  });
});
