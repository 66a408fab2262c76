/**
 * 台账 › 交接: who leaves (a leader, or a figure 调离 / 退休) and on which day; a preview of the
 * pairings that end, with a successor per pairing chosen from the leaders of its 层级; then the
 * handover written with its 交接单 sheet (shown in Excel; in the preview kept as unsaved changes).
 */
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Spinner,
} from '@fluentui/react-components';
import { useState } from 'react';
import type {
  HandoverOutcome,
  HandoverPreview,
  HandoverRequest,
  LedgerHost,
  LedgerOverview,
} from '../../app/ledgerHost';
import type { LocalDate } from '../../core/localDate';
import { allChosen, HandoverPlanView, type SuccessorChoices } from './HandoverPlanView';
import { HostErrorBar } from './HostErrorBar';
import { useLayoutStyles } from './layout';
import { useHostTask } from './useHostTask';
import { useLongWork } from './useLongWork';

interface Props {
  readonly host: LedgerHost;
  readonly overview: LedgerOverview;
  readonly onChanged: () => void;
  /** What the preview adds to the news of a change (it is not saved yet). */
  readonly note?: string;
}

type Kind = 'leader' | 'figure';
type FigureStatus = '调离' | '退休';

/** What the handover did, pairing by pairing. */
function HandedOverNews({ outcome, inExcel, note }: { outcome: HandoverOutcome; inExcel: boolean; note?: string }) {
  const layout = useLayoutStyles();
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        已办理 {outcome.leaving.name} 的交接（{outcome.on}）
        {outcome.sheetName ? `，已生成交接单「${outcome.sheetName}」${inExcel ? '并切换到该工作表' : ''}` : ''}。
        <ul className={layout.list} aria-label="交接结果">
          {outcome.pairings.map(({ pairingId, figure, successor }) => (
            <li key={pairingId}>
              {pairingId}（{figure}）于 {outcome.on} 结束；
              {successor
                ? `由 ${successor.name} 接续联系，新结对 ${successor.pairingId}，自 ${successor.start} 起。`
                : '不再接续。'}
            </li>
          ))}
        </ul>
        {note}
      </MessageBarBody>
    </MessageBar>
  );
}

/** 交接: person and date → preview with successor dropdowns → apply. */
export function HandoverSection({ host, overview, onChanged, note }: Props) {
  const layout = useLayoutStyles();
  const [kind, setKind] = useState<Kind>('leader');
  const [person, setPerson] = useState('');
  const [on, setOn] = useState<string>(overview.today);
  const [status, setStatus] = useState<FigureStatus>('调离');
  const [preview, setPreview] = useState<HandoverPreview>();
  const [choices, setChoices] = useState<SuccessorChoices>({});
  const [outcome, setOutcome] = useState<HandoverOutcome>();
  const task = useHostTask();
  const work = useLongWork();
  const people = kind === 'leader' ? overview.leaders : overview.figures;
  const changed =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPreview(undefined);
      setOutcome(undefined);
    };

  const request = (successors: SuccessorChoices): HandoverRequest =>
    kind === 'leader'
      ? {
          kind,
          leader: person,
          on: on as LocalDate,
          successorByPairing: Object.fromEntries(
            Object.entries(successors).flatMap(([id, who]) => (who === undefined ? [] : [[id, who]])),
          ),
        }
      : { kind, figure: person, on: on as LocalDate, status };
  const look = async () => {
    setOutcome(undefined);
    setChoices({});
    const planned = await task.run(() => host.previewHandover(request({})));
    setPreview(planned?.ok ? planned.value : undefined);
  };
  const apply = async () => {
    const { signal } = work.start();
    const done = await task.run(() => host.handOver(request(choices), signal));
    if (!done?.ok) return;
    setPreview(undefined);
    setOutcome(done.value);
    setPerson('');
    onChanged();
  };

  return (
    <section className={layout.section} aria-labelledby="ledger-handover">
      <h3 id="ledger-handover" className={layout.heading}>
        交接
      </h3>
      <RadioGroup
        layout="horizontal"
        value={kind}
        disabled={task.busy}
        onChange={(_, data) => changed(setKind)(data.value as Kind)}
      >
        <Radio value="leader" label="干部离任" />
        <Radio value="figure" label="党外代表人士调离或退休" />
      </RadioGroup>
      <Field label={kind === 'leader' ? '离任干部' : '党外代表人士'}>
        <Select value={person} disabled={task.busy} onChange={(_, data) => changed(setPerson)(data.value)}>
          <option value="" disabled>
            请选择
          </option>
          {people.map((who) => (
            <option key={who.id} value={who.id}>
              {who.name}（{[who.unit, who.level, who.id].filter(Boolean).join('，')}）
            </option>
          ))}
        </Select>
      </Field>
      {kind === 'figure' && (
        <Field label="去向">
          <Select
            value={status}
            disabled={task.busy}
            onChange={(_, data) => changed(setStatus)(data.value as FigureStatus)}
          >
            <option value="调离">调离</option>
            <option value="退休">退休</option>
          </Select>
        </Field>
      )}
      <Field label="交接日期" hint="结对在这一天结束；接任的新结对自次日开始。">
        <Input type="date" value={on} disabled={task.busy} onChange={(_, data) => changed(setOn)(data.value)} />
      </Field>
      <div className={layout.row}>
        <Button onClick={look} disabled={task.busy || person === '' || on === ''}>
          预览交接
        </Button>
        <Button
          appearance="primary"
          onClick={apply}
          disabled={task.busy || !preview || preview.done || !allChosen(preview, choices)}
        >
          办理交接
        </Button>
        {task.busy && <Button onClick={work.cancel}>取消</Button>}
      </div>
      {task.busy && <Spinner size="tiny" label={preview ? '正在办理交接…' : '正在读取台账…'} />}
      <HostErrorBar error={task.error} />
      {preview?.done && (
        <MessageBar intent="info">
          <MessageBarBody>{preview.leaving.name} 的交接已记录在台账中，没有需要改动的内容。</MessageBarBody>
        </MessageBar>
      )}
      {preview && !preview.done && (
        <HandoverPlanView
          preview={preview}
          choices={choices}
          disabled={task.busy}
          onChoose={(id, who) => setChoices((current) => ({ ...current, [id]: who }))}
        />
      )}
      {outcome && <HandedOverNews outcome={outcome} inExcel={host.kind === 'excel'} note={note} />}
    </section>
  );
}
