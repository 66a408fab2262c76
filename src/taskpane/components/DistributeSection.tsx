/**
 * 台账 › 分发: the units to send a copy to (all by default) and one .zip of their workbooks to
 * download, `{单位}.xlsx` each. The open workbook is only read; the copies are new files.
 */
import { Button, Checkbox, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { Distribution, LedgerHost } from '../../app/ledgerHost';
import { saveBytes } from '../download';
import { HostErrorBar } from './HostErrorBar';
import { useLayoutStyles } from './layout';
import { useHostTask } from './useHostTask';
import { useLongWork } from './useLongWork';
import { WorkProgressBar } from './WorkProgressBar';

interface Props {
  readonly host: LedgerHost;
  /** The ledger's units, in its order. */
  readonly units: readonly string[];
  /** How the zip reaches the user; a Blob download unless a test watches it. */
  readonly save?: (fileName: string, bytes: Uint8Array) => void;
}

const where = (place: Distribution['undistributed'][number]) =>
  `「${place.sheet}」${place.cell || `第 ${place.row} 行`}`;

/** What the download holds, unit by unit, and what the user should know besides. */
function DistributionNews({ done }: { readonly done: Distribution }) {
  const layout = useLayoutStyles();
  return (
    <MessageBar intent={done.undistributed.length > 0 ? 'warning' : 'success'} layout="multiline">
      <MessageBarBody>
        已下载「{done.fileName}」，含 {done.copies.length} 个单位的台账：
        <ul className={layout.list} aria-label="分发的台账">
          {done.copies.map(({ unit, fileName, counts }) => (
            <li key={unit}>
              {fileName}：结对 {counts.pairings} 个，联系记录 {counts.contacts} 条
            </li>
          ))}
        </ul>
        {done.hidden.length > 0 && <div>各单位台账中「党外代表人士」的 {done.hidden.join('、')} 列已留空。</div>}
        {done.empty.length > 0 && <div>没有结对和人员的单位，未生成：{done.empty.join('、')}。</div>}
        {done.undistributed.length > 0 && (
          <div>以下行找不到所属单位，没有分发（请改正后重新分发）：{done.undistributed.map(where).join('、')}</div>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

/** 分发: choose units, then download one .zip of their workbooks; progress per unit and a cancel. */
export function DistributeSection({ host, units, save = saveBytes }: Props) {
  const layout = useLayoutStyles();
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const [done, setDone] = useState<Distribution>();
  const task = useHostTask();
  const work = useLongWork();
  const chosen = units.filter((unit) => !left.has(unit));
  const toggle = (unit: string, on: boolean) =>
    setLeft((current) => {
      const next = new Set(current);
      if (on) next.delete(unit);
      else next.add(unit);
      return next;
    });

  const distribute = async () => {
    setDone(undefined);
    const { signal, progress } = work.start();
    // All units chosen: let the use case leave out those with nothing to send, and say so.
    const request = left.size === 0 ? {} : { units: chosen };
    const made = await task.run(() => host.distribute(request, progress, signal));
    if (!made?.ok) return;
    save(made.value.fileName, made.value.bytes);
    setDone(made.value);
  };

  return (
    <section className={layout.section} aria-labelledby="ledger-distribute">
      <h3 id="ledger-distribute" className={layout.heading}>
        分发
      </h3>
      <Text>
        为每个单位生成一份只含本单位结对、人员和联系记录的台账（{'{单位}'}.xlsx），打包成一个 .zip
        下载，发给各单位填写后交回汇总。本工作簿不会改动。
      </Text>
      <div role="group" aria-label="分发的单位">
        {units.map((unit) => (
          <Checkbox
            key={unit}
            label={unit}
            checked={!left.has(unit)}
            disabled={task.busy}
            onChange={(_, data) => toggle(unit, data.checked === true)}
          />
        ))}
      </div>
      <div className={layout.row}>
        <Button appearance="primary" onClick={distribute} disabled={task.busy || chosen.length === 0}>
          下载各单位台账（.zip）
        </Button>
      </div>
      {task.busy && (
        <WorkProgressBar
          label="正在生成各单位的台账"
          counting="个单位"
          progress={work.progress}
          onCancel={work.cancel}
        />
      )}
      <HostErrorBar error={task.error} />
      {done && <DistributionNews done={done} />}
    </section>
  );
}
