/**
 * A previewed 交接: each pairing that ends, with a dropdown of the leaders who may take it over (of
 * the pairing's 层级; or none, ending it only), and every cell the handover will set.
 */
import { Field, Select, Text } from '@fluentui/react-components';
import type { HandoverPreview } from '../../app/ledgerHost';
import { a1 } from '../../core/address';
import { cellText } from '../../core/cellText';
import { useLayoutStyles } from './layout';

/** Per 结对编号: a leader's 编号, null to end the pairing only, undefined not chosen yet. */
export type SuccessorChoices = Readonly<Record<string, string | null | undefined>>;

const END_ONLY = '\u0000end';

interface Props {
  readonly preview: HandoverPreview;
  readonly choices: SuccessorChoices;
  readonly onChoose: (pairingId: string, successor: string | null) => void;
  readonly disabled: boolean;
}

/** Whether every pairing that can be taken over has its successor (or 'end only') chosen. */
export const allChosen = (preview: HandoverPreview, choices: SuccessorChoices): boolean =>
  preview.pairings.every(({ pairingId, candidates }) => candidates.length === 0 || choices[pairingId] !== undefined);

/** The pairings with their successor dropdowns, and the cells to be set. */
export function HandoverPlanView({ preview, choices, onChoose, disabled }: Props) {
  const layout = useLayoutStyles();
  const { leaving, on, pairings, edits, sheetName } = preview;
  return (
    <div className={layout.tight} aria-label="交接预览" role="region">
      <Text weight="semibold">
        {leaving.kind === 'leader' ? '干部' : '人士'} {leaving.name}（{leaving.id}）于 {on} 交接，
        {pairings.length > 0 ? `结束 ${pairings.length} 个结对：` : '没有需要结束的结对。'}
      </Text>
      {pairings.map(({ pairingId, figure, level, unit, candidates }) =>
        candidates.length === 0 ? (
          <Text key={pairingId}>
            {pairingId} {figure}（{unit}，{level}）：结对结束，不接续。
          </Text>
        ) : (
          <Field key={pairingId} label={`${pairingId} ${figure}（${unit}，${level}）的接任干部`}>
            <Select
              value={choices[pairingId] === null ? END_ONLY : (choices[pairingId] ?? '')}
              disabled={disabled}
              onChange={(_, data) => onChoose(pairingId, data.value === END_ONLY ? null : data.value)}
            >
              <option value="" disabled>
                请选择（{level}干部）
              </option>
              {candidates.map((leader) => (
                <option key={leader.id} value={leader.id}>
                  {leader.name}（{leader.unit}，{leader.id}）
                </option>
              ))}
              <option value={END_ONLY}>不接续，只结束结对</option>
            </Select>
          </Field>
        ),
      )}
      {edits.length > 0 && (
        <ul className={layout.list} aria-label="交接将改动的单元格">
          {edits.map((edit) => (
            <li key={`${edit.sheet} ${edit.row} ${edit.column}`}>
              「{edit.sheet}」{a1(edit.row, edit.column)} {edit.header}：{cellText(edit.cell)}（原为
              {edit.before === '' ? '空' : ` ${edit.before}`}）
            </li>
          ))}
        </ul>
      )}
      <Text className={layout.hint}>将生成交接单「{sheetName}」；有接任干部的结对，自交接日期次日起新建结对。</Text>
    </div>
  );
}
