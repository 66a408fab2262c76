/**
 * Picking several pairings one by one (登记表 of just these, as `lianyi forms --pairing` does): a
 * search box as in 填报, each choice added to a list below it with a button to take it out again.
 */
import { Button, Combobox, Field, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useDeferredValue, useMemo, useState } from 'react';
import type { LedgerOverview } from '../../app/ledgerHost';
import { searchKey } from '../../core/report/findingLines';
import { useLayoutStyles } from './layout';
import { MATCHES_SHOWN, pairingLabel, usePairingIndex } from './PairingCombobox';

interface Props {
  readonly pairings: LedgerOverview['pairings'];
  /** The 结对编号 chosen, in the order chosen. */
  readonly value: readonly string[];
  readonly onChange: (pairingIds: string[]) => void;
  readonly disabled?: boolean;
  readonly validationMessage?: string;
}

const useStyles = makeStyles({
  chosen: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    justifyContent: 'space-between',
  },
  label: { minWidth: 0, overflowWrap: 'anywhere' },
});

/** The pairings to render forms for: search, choose, and the list of those chosen. */
export function PairingsPicker({ pairings, value, onChange, disabled, validationMessage }: Props) {
  const layout = useLayoutStyles();
  const styles = useStyles();
  const index = usePairingIndex(pairings);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const deferred = useDeferredValue(searchKey(query));
  const chosen = useMemo(() => new Set(value), [value]);
  const matches = useMemo(
    () => index.filter((entry) => !chosen.has(entry.pairing.pairingId) && entry.key.includes(deferred)),
    [index, chosen, deferred],
  );
  const byId = new Map(pairings.map((pairing) => [pairing.pairingId, pairing]));

  return (
    <div className={layout.tight}>
      <Field
        label="要生成登记表的结对"
        required
        validationMessage={validationMessage}
        hint="逐个搜索并选择，可选多个。"
      >
        <Combobox
          value={query}
          open={open}
          disabled={disabled}
          onOpenChange={(_, data) => setOpen(data.open)}
          selectedOptions={[]}
          placeholder="输入姓名、单位或结对编号"
          expandIcon={{ 'aria-label': '展开结对列表' }}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
          }}
          onOptionSelect={(_, data) => {
            if (data.optionValue) onChange([...value, data.optionValue]);
            setQuery('');
          }}
        >
          {matches.slice(0, MATCHES_SHOWN).map(({ pairing }) => (
            <Option key={pairing.pairingId} value={pairing.pairingId} text={pairingLabel(pairing)}>
              {pairingLabel(pairing)}
            </Option>
          ))}
          {matches.length === 0 && (
            <Option value="" text="" disabled>
              没有匹配的结对
            </Option>
          )}
          {matches.length > MATCHES_SHOWN && (
            <Option value="" text="" disabled>
              {`还有 ${matches.length - MATCHES_SHOWN} 个匹配的结对：请多输入几个字缩小范围`}
            </Option>
          )}
        </Combobox>
      </Field>
      {value.length > 0 && (
        <ul className={layout.list} aria-label="已选的结对">
          {value.map((id) => {
            const pairing = byId.get(id);
            const label = pairing ? pairingLabel(pairing) : id;
            return (
              <li key={id} className={styles.chosen}>
                <Text className={styles.label}>{label}</Text>
                <Button
                  size="small"
                  appearance="subtle"
                  disabled={disabled}
                  aria-label={`移除 ${label}`}
                  onClick={() => onChange(value.filter((other) => other !== id))}
                >
                  移除
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
