/**
 * Choosing a pairing by typing any part of it: names, unit or 结对编号. A ledger of thousands of
 * pairings would put a thousand options into the list at each key press (a second of lag at 1,434
 * matches): the list shows the first matches and says how many more there are.
 */
import { Combobox, Field, Option } from '@fluentui/react-components';
import { type Ref, useDeferredValue, useMemo, useState } from 'react';
import type { LedgerOverview } from '../../app/ledgerHost';
import { searchKey } from '../../core/report/findingLines';

type PairingChoice = LedgerOverview['pairings'][number];

/** How many matches the list shows; typing more narrows it. */
export const MATCHES_SHOWN = 50;

interface Props {
  readonly pairings: LedgerOverview['pairings'];
  readonly value: string;
  readonly onChange: (pairingId: string) => void;
  readonly validationMessage?: string;
  /** The text box, for the form to move the focus to. */
  readonly inputRef?: Ref<HTMLInputElement>;
  readonly label?: string;
  readonly required?: boolean;
}

/** How a pairing reads in the list and in the box once chosen: leader — figure (unit, 结对编号). */
export const pairingLabel = (pairing: PairingChoice): string =>
  `${pairing.leader} — ${pairing.figure}（${pairing.unit || '未填单位'}，${pairing.pairingId}${pairing.active ? '' : '，已结束'}）`;

/** The pairings with what a search compares (folded once, not at every key press), active ones first. */
export function usePairingIndex(pairings: LedgerOverview['pairings']) {
  return useMemo(
    () =>
      [...pairings]
        .sort((a, b) => Number(b.active) - Number(a.active))
        .map((pairing) => ({
          pairing,
          key: searchKey(`${pairing.pairingId}${pairing.leader}${pairing.figure}${pairing.unit}`),
        })),
    [pairings],
  );
}

/** The pairing a contact belongs to, found by typing a leader's or figure's name, a unit or a 结对编号. */
export function PairingCombobox({
  pairings,
  value,
  onChange,
  validationMessage,
  inputRef,
  label = '结对',
  required = true,
}: Props) {
  const index = usePairingIndex(pairings);
  const [query, setQuery] = useState(() => {
    const chosen = pairings.find((pairing) => pairing.pairingId === value);
    return chosen ? pairingLabel(chosen) : '';
  });
  // Opened by typing too: Chinese is typed through an IME, which sends no key Fluent would open the list on.
  const [open, setOpen] = useState(false);
  const chosen = index.find((entry) => entry.pairing.pairingId === value)?.pairing;
  const searching = chosen === undefined || query !== pairingLabel(chosen);
  const deferred = useDeferredValue(searching ? searchKey(query) : '');
  const matches = useMemo(
    () => (deferred === '' ? index : index.filter((entry) => entry.key.includes(deferred))),
    [index, deferred],
  );
  const shown = matches.slice(0, MATCHES_SHOWN);

  return (
    <Field
      label={label}
      required={required}
      validationMessage={validationMessage}
      hint="输入干部或人士姓名、单位或结对编号筛选"
    >
      <Combobox
        ref={inputRef}
        value={query}
        open={open}
        onOpenChange={(_, data) => setOpen(data.open)}
        selectedOptions={value ? [value] : []}
        placeholder="例如：王建国、艺术学院、P01"
        expandIcon={{ 'aria-label': '展开结对列表' }}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          if (value) onChange('');
        }}
        onOptionSelect={(_, data) => {
          onChange(data.optionValue ?? '');
          setQuery(data.optionText ?? '');
        }}
      >
        {shown.map(({ pairing }) => (
          <Option key={pairing.pairingId} value={pairing.pairingId} text={pairingLabel(pairing)}>
            {pairingLabel(pairing)}
          </Option>
        ))}
        {matches.length === 0 && (
          <Option value="" text="" disabled>
            没有匹配的结对
          </Option>
        )}
        {matches.length > shown.length && (
          <Option value="" text="" disabled>
            {`还有 ${matches.length - shown.length} 个匹配的结对：请多输入几个字缩小范围`}
          </Option>
        )}
      </Combobox>
    </Field>
  );
}
