import { fireEvent, screen, within } from '@testing-library/react';
import { prepareContact } from '../../../src/core/entry/contactEntry';
import { err, ok } from '../../../src/core/result';
import { ContactView } from '../../../src/taskpane/components/ContactView';
import { readOrThrow, sampleRaw } from '../../support/rawLedger';
import { clickAndSettle, fakeHost, renderInPane, sampleOverview, TODAY } from './fakeHost';

const pairingOptions = () => within(screen.getByRole('listbox')).queryAllByRole('option');

const field = (label: string): HTMLElement => {
  const control = screen.getByLabelText(new RegExp(`^${label}`));
  return control.closest('.fui-Field') as HTMLElement;
};

/** Typing opens the list (a key press), then the input's text filters it. */
function typeInto(input: HTMLElement, text: string) {
  fireEvent.keyDown(input, { key: text.slice(-1) });
  fireEvent.change(input, { target: { value: text } });
}

function choosePairing(search: string, option: RegExp) {
  typeInto(screen.getByRole('combobox', { name: /^结对/ }), search);
  fireEvent.click(within(screen.getByRole('listbox')).getByRole('option', { name: option }));
}

describe('填报', () => {
  test('the pairing picker searches by name and by unit', () => {
    renderInPane(<ContactView host={fakeHost()} overview={sampleOverview} onAdded={jest.fn()} />);
    const input = screen.getByRole('combobox', { name: /^结对/ });
    typeInto(input, '艺术学院');
    const byUnit = pairingOptions().map((option) => option.textContent);
    expect(byUnit.length).toBeGreaterThan(0);
    expect(byUnit.every((text) => text?.includes('艺术学院'))).toBe(true);
    typeInto(input, '王建国');
    expect(pairingOptions().map((option) => option.textContent)).toEqual([expect.stringMatching(/^王建国 — /)]);
    typeInto(input, '没有这个人');
    expect(pairingOptions().map((option) => option.textContent)).toEqual(['没有匹配的结对']);
  });

  test('a valid contact is sent with today’s date by default, then the form is ready for the next', async () => {
    const host = fakeHost();
    const onAdded = jest.fn();
    renderInPane(<ContactView host={host} overview={sampleOverview} onAdded={onAdded} />);
    expect(screen.getByLabelText<HTMLInputElement>(/^联系日期/).value).toBe(TODAY);
    choosePairing('王建国', /^王建国 — /);
    fireEvent.change(screen.getByRole('combobox', { name: /^联系形式/ }), { target: { value: '个别谈心' } });
    fireEvent.change(screen.getByLabelText(/^联系沟通情况/), { target: { value: '交流学科建设。' } });
    fireEvent.change(screen.getByLabelText(/^意见建议/), { target: { value: '增加青年教师培训。' } });
    await clickAndSettle(screen.getByRole('button', { name: '提交联系记录' }));

    expect(host.addContact).toHaveBeenCalledWith({
      pairingId: 'P01',
      date: TODAY,
      form: '个别谈心',
      summary: '交流学科建设。',
      suggestions: '增加青年教师培训。',
    });
    expect(screen.getByText(/已写入「联系记录」第 22 行/)).toBeTruthy();
    expect(onAdded).toHaveBeenCalled();
    expect(screen.getByLabelText<HTMLTextAreaElement>(/^联系沟通情况/).value).toBe('');
  });

  test('集体活动: the chosen leader’s other pairings can be ticked; the contact is sent as one naming them all', async () => {
    const host = fakeHost();
    renderInPane(<ContactView host={host} overview={sampleOverview} onAdded={jest.fn()} />);
    expect(screen.queryAllByRole('checkbox')).toEqual([]);
    choosePairing('王建国', /^王建国 — /);
    // 王建国 has one pairing: nothing to tick.
    expect(screen.queryAllByRole('checkbox')).toEqual([]);
    choosePairing('高原', /^冯涛 — 高原/);
    const others = within(screen.getByRole('group', { name: /^集体活动/ }));
    expect(others.getAllByRole('checkbox').map((box) => box.closest('.fui-Checkbox')?.textContent)).toEqual([
      '曹阳（国际商学院，P16）',
    ]);
    fireEvent.click(others.getByRole('checkbox', { name: /曹阳/ }));
    fireEvent.change(screen.getByRole('combobox', { name: /^联系形式/ }), { target: { value: '座谈研讨' } });
    fireEvent.change(screen.getByLabelText(/^联系沟通情况/), { target: { value: '学院党外人士座谈会。' } });
    await clickAndSettle(screen.getByRole('button', { name: '提交联系记录' }));

    expect(host.addContact).toHaveBeenCalledWith({
      pairingId: ['P15', 'P16'],
      date: TODAY,
      form: '座谈研讨',
      summary: '学院党外人士座谈会。',
    });
    // Ready for the next contact: nothing chosen, nothing ticked.
    expect(screen.queryAllByRole('checkbox')).toEqual([]);
  });

  test('choosing another pairing clears what was ticked for the first one’s leader', async () => {
    const host = fakeHost();
    renderInPane(<ContactView host={host} overview={sampleOverview} onAdded={jest.fn()} />);
    choosePairing('高原', /^冯涛 — 高原/);
    fireEvent.click(screen.getByRole('checkbox', { name: /曹阳/ }));
    choosePairing('胡悦', /^郑丽君 — 胡悦/);
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: /唐宁/ }).checked).toBe(false);
    fireEvent.change(screen.getByRole('combobox', { name: /^联系形式/ }), { target: { value: '个别谈心' } });
    fireEvent.change(screen.getByLabelText(/^联系沟通情况/), { target: { value: '谈心。' } });
    await clickAndSettle(screen.getByRole('button', { name: '提交联系记录' }));
    expect(host.addContact).toHaveBeenCalledWith(expect.objectContaining({ pairingId: 'P13' }));
  });

  test('problems the host finds are shown at their fields in the form’s words, with no cell of an unwritten row', async () => {
    const host = fakeHost();
    const { ledger } = readOrThrow(sampleRaw());
    const refused = prepareContact(ledger, { pairingId: 'P01', date: '2026-02-30', form: '喝茶', summary: '' }, TODAY);
    if (refused.ok) throw new Error('expected problems');
    host.addContact.mockResolvedValueOnce(err(refused.error));
    renderInPane(<ContactView host={host} overview={sampleOverview} onAdded={jest.fn()} />);
    choosePairing('P01', /P01/);
    await clickAndSettle(screen.getByRole('button', { name: '提交联系记录' }));

    expect(within(field('联系日期')).getByText(/“2026-02-30”不是有效日期/)).toBeTruthy();
    expect(within(field('联系沟通情况')).getByText('请填写联系沟通情况。')).toBeTruthy();
    expect(within(field('联系形式')).getByText(/「联系形式」“喝茶”不在可选范围内/)).toBeTruthy();
    expect(screen.queryByText(/「联系记录」[A-Z]+\d/)).toBeNull();
    expect(screen.queryByText(/此行/)).toBeNull();
    expect(screen.queryByText(/已写入/)).toBeNull();
    // The first field to correct has the focus.
    expect(document.activeElement).toBe(screen.getByLabelText(/^联系日期/));
  });

  test('an empty form is answered in one round: every missing field at once, the pairing first and focused', async () => {
    const host = fakeHost();
    const { ledger } = readOrThrow(sampleRaw());
    host.addContact.mockImplementation(async (draft) => {
      const prepared = prepareContact(ledger, draft, TODAY);
      return prepared.ok ? ok({ row: 22, contactId: prepared.value.contactId ?? '' }) : err(prepared.error);
    });
    renderInPane(<ContactView host={host} overview={sampleOverview} onAdded={jest.fn()} />);
    await clickAndSettle(screen.getByRole('button', { name: '提交联系记录' }));
    const pairing = screen.getByRole('combobox', { name: /^结对/ }).closest('.fui-Field') as HTMLElement;
    expect(within(pairing).getByText(/请选择结对/)).toBeTruthy();
    expect(within(field('联系形式')).getByText('请选择联系形式。')).toBeTruthy();
    expect(within(field('联系沟通情况')).getByText('请填写联系沟通情况。')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: /^结对/ }));
    expect(screen.queryByText(/已写入/)).toBeNull();
  });

  test('a contact written shows its 记录编号; 填报人 stays for the next entry', async () => {
    const host = fakeHost();
    host.addContact.mockResolvedValueOnce(ok({ row: 22, contactId: 'C2027-004' }));
    renderInPane(<ContactView host={host} overview={sampleOverview} onAdded={jest.fn()} />);
    choosePairing('王建国', /^王建国 — /);
    fireEvent.change(screen.getByRole('combobox', { name: /^联系形式/ }), { target: { value: '个别谈心' } });
    fireEvent.change(screen.getByLabelText(/^联系沟通情况/), { target: { value: '交流学科建设。' } });
    fireEvent.change(screen.getByLabelText(/^填报人/), { target: { value: '李秘书' } });
    await clickAndSettle(screen.getByRole('button', { name: '提交联系记录' }));
    expect(within(screen.getByTestId('contact-added')).getByText('记录编号 C2027-004')).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>(/^填报人/).value).toBe('李秘书');
    expect(screen.getByLabelText<HTMLTextAreaElement>(/^联系沟通情况/).value).toBe('');
  });

  test('a host error (the workbook is busy) is shown above the button', async () => {
    const host = fakeHost();
    host.addContact.mockResolvedValueOnce(err({ kind: 'busy', message: 'Excel 正在编辑单元格：请结束编辑后再提交。' }));
    renderInPane(<ContactView host={host} overview={sampleOverview} onAdded={jest.fn()} />);
    choosePairing('王建国', /^王建国 — /);
    await clickAndSettle(screen.getByRole('button', { name: '提交联系记录' }));
    expect(screen.getByRole('alert').textContent).toContain('请结束编辑后再提交');
  });
});
