/**
 * 集体活动 in the 填报 form: once a pairing is chosen, its leader's other pairings, ticked when the
 * same 座谈会 or 活动 served them too. The contact is then written as one row naming them all.
 */
import { Caption1, Checkbox, Label, useId } from '@fluentui/react-components';
import type { LedgerOverview } from '../../app/ledgerHost';
import { useLayoutStyles } from './layout';

type PairingChoice = LedgerOverview['pairings'][number];

interface Props {
  readonly pairings: LedgerOverview['pairings'];
  /** The pairing chosen in the picker: its leader's other pairings are offered. */
  readonly chosen: string;
  /** The other pairings ticked, in the order ticked. */
  readonly value: readonly string[];
  readonly onChange: (pairingIds: string[]) => void;
}

/** How another pairing of the same leader reads beside its box: figure (unit, 结对编号). */
const otherLabel = (pairing: PairingChoice): string =>
  `${pairing.figure}（${pairing.unit || '未填单位'}，${pairing.pairingId}${pairing.active ? '' : '，已结束'}）`;

/** The chosen pairing's leader's other pairings to tick, active ones first; nothing when there are none. */
export function GroupPairings({ pairings, chosen, value, onChange }: Props) {
  const layout = useLayoutStyles();
  const labelId = useId('group-pairings');
  const hintId = useId('group-pairings-hint');
  const first = pairings.find((pairing) => pairing.pairingId === chosen);
  if (!first) return null;
  const others = pairings
    .filter((pairing) => pairing.leaderId === first.leaderId && pairing.pairingId !== chosen)
    .sort((a, b) => Number(b.active) - Number(a.active));
  if (others.length === 0) return null;
  return (
    // A group of its own, not a Field: a Field would lend its label to the first box alone.
    <div role="group" aria-labelledby={labelId} aria-describedby={hintId} className={layout.tight}>
      <Label id={labelId}>集体活动：同一座谈会或活动还联系了{first.leader}的</Label>
      {others.map((pairing) => (
        <Checkbox
          key={pairing.pairingId}
          label={otherLabel(pairing)}
          checked={value.includes(pairing.pairingId)}
          onChange={(_, data) =>
            onChange(
              data.checked === true ? [...value, pairing.pairingId] : value.filter((id) => id !== pairing.pairingId),
            )
          }
        />
      ))}
      <Caption1 id={hintId} className={layout.hint}>
        勾选后写成一条联系记录（结对编号用顿号隔开），计入每个所选结对，并出现在各自的登记表上。
      </Caption1>
    </div>
  );
}
