/** Choosing a pairing for the 填报 form by typing any part of it: names, unit or 结对编号. */
import { Combobox, Field, Option } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { LedgerOverview } from '../../app/ledgerHost';

type PairingChoice = LedgerOverview['pairings'][number];

interface Props {
  readonly pairings: LedgerOverview['pairings'];
  readonly value: string;
  readonly onChange: (pairingId: string) => void;
  readonly validationMessage?: string;
}

/** How a pairing reads in the list and in the box once chosen: leader — figure (unit, 结对编号). */
export const pairingLabel = (pairing: PairingChoice): string =>
  `${pairing.leader} — ${pairing.figure}（${pairing.unit || '未填单位'}，${pairing.pairingId}${pairing.active ? '' : '，已结束'}）`;

const folded = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** The pairing a contact belongs to, found by typing a leader's or figure's name, a unit or a 结对编号. */
export function PairingCombobox({ pairings, value, onChange, validationMessage }: Props) {
  const ordered = useMemo(() => [...pairings].sort((a, b) => Number(b.active) - Number(a.active)), [pairings]);
  const [query, setQuery] = useState(() => {
    const chosen = pairings.find((pairing) => pairing.pairingId === value);
    return chosen ? pairingLabel(chosen) : '';
  });
  // Opened by typing too: Chinese is typed through an IME, which sends no key Fluent would open the list on.
  const [open, setOpen] = useState(false);
  const chosen = ordered.find((pairing) => pairing.pairingId === value);
  const searching = chosen === undefined || query !== pairingLabel(chosen);
  const matches = searching
    ? ordered.filter((pairing) =>
        folded(`${pairing.pairingId} ${pairing.leader} ${pairing.figure} ${pairing.unit}`).includes(folded(query)),
      )
    : ordered;

  return (
    <Field label="结对" required validationMessage={validationMessage} hint="输入干部或人士姓名、单位或结对编号筛选">
      <Combobox
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
        {matches.map((pairing) => (
          <Option key={pairing.pairingId} value={pairing.pairingId} text={pairingLabel(pairing)}>
            {pairingLabel(pairing)}
          </Option>
        ))}
        {matches.length === 0 && (
          <Option value="" text="" disabled>
            没有匹配的结对
          </Option>
        )}
      </Combobox>
    </Field>
  );
}
