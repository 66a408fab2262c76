/**
 * The pane's 台账 tab: where a workbook becomes a ledger (blank or the sample) or an older ledger is
 * upgraded, and — once it is a ledger — where copies go out to the units and come back (分发, 汇总)
 * and where pairings are handed over when people change (交接).
 */
import { Button, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import type { Failure, LedgerHost, LedgerOverview, UpgradeOutcome } from '../../app/ledgerHost';
import { HostErrorBar } from './HostErrorBar';
import { useLayoutStyles } from './layout';
import { UpgradeOutcomeView } from './UpgradeOutcomeView';
import { useHostTask } from './useHostTask';

interface Props {
  readonly host: LedgerHost;
  /** Why the workbook is not (yet) a usable ledger, when the pane could not read it. */
  readonly notLedger?: Failure;
  /** The ledger's lists, once it reads as one: 分发, 汇总 and 交接 are offered then. */
  readonly overview?: LedgerOverview;
  /** How 分发's .zip reaches the user; a Blob download unless a test watches it. */
  readonly save?: (fileName: string, bytes: Uint8Array) => void;
  /** The ledger changed: the pane reloads its lists. */
  readonly onChanged: () => void;
}

/** 分发, 汇总 and 交接: fetched after the pane's first load, when the workbook reads as a ledger. */
const LedgerWorkflows = lazy(() => import(/* webpackChunkName: "ledgerWorkflows" */ './LedgerWorkflows'));

/** What the preview adds to the news of a change: it is in the page only until the ledger is downloaded. */
const NOT_SAVED_YET = '（尚未保存：请点“下载更新后的台账”。）';

type Done =
  | { readonly kind: 'created'; readonly sample: boolean }
  | { readonly kind: 'upgraded'; readonly outcome: UpgradeOutcome };

/** 台账: create the ledger sheets in a blank workbook (or the sample), or upgrade an older ledger. */
export function LedgerView({ host, notLedger, overview, save, onChanged }: Props) {
  const layout = useLayoutStyles();
  const [done, setDone] = useState<Done>();
  const task = useHostTask();
  const note = host.kind === 'preview' ? NOT_SAVED_YET : undefined;

  const create = async (sample: boolean) => {
    setDone(undefined);
    const created = await task.run(() => host.createLedger({ sample }));
    if (!created?.ok) return;
    setDone({ kind: 'created', sample });
    onChanged();
  };
  const upgrade = async () => {
    setDone(undefined);
    const upgraded = await task.run(() => host.upgradeLedger());
    if (!upgraded?.ok) return;
    setDone({ kind: 'upgraded', outcome: upgraded.value });
    onChanged();
  };

  return (
    <div className={layout.stack}>
      {notLedger && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{notLedger.message}</MessageBarBody>
        </MessageBar>
      )}
      {host.kind === 'preview' && (
        <Text className={layout.hint}>
          浏览器预览中的新建、升级、填报、汇总和交接先记在本页中，不会修改你打开的文件；点“下载更新后的台账”得到包含这些更改的新文件。
        </Text>
      )}
      <section className={layout.section} aria-labelledby="ledger-create">
        <h3 id="ledger-create" className={layout.heading}>
          新建台账
        </h3>
        <Text>
          在空白工作簿中建立说明、设置、学期、单位、领导干部、党外代表人士、结对关系、联系记录、意见办理等工作表，每张表带下拉列表和日期格式。
        </Text>
        <div className={layout.row}>
          <Button appearance="primary" onClick={() => create(false)} disabled={task.busy}>
            新建空白台账
          </Button>
          <Button onClick={() => create(true)} disabled={task.busy}>
            填入示例台账
          </Button>
        </div>
        <Text size={200} className={layout.hint}>
          示例台账中的人员和单位均为虚构，仅供试用。
        </Text>
      </section>
      <section className={layout.section} aria-labelledby="ledger-upgrade">
        <h3 id="ledger-upgrade" className={layout.heading}>
          升级旧台账
        </h3>
        <Text>补上旧版台账缺少的工作表、列和设置项，已有的单元格一个也不改动。</Text>
        <div className={layout.row}>
          <Button onClick={upgrade} disabled={task.busy}>
            升级台账
          </Button>
        </div>
      </section>
      {task.busy && <Spinner size="tiny" label="正在写入工作簿…" />}
      <HostErrorBar error={task.error} />
      {done?.kind === 'created' && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {done.sample
              ? '已填入示例台账：可以到「检查」页试试。'
              : '已建立台账：请先在「单位」「领导干部」「党外代表人士」「结对关系」中填写名单。'}
            {note}
          </MessageBarBody>
        </MessageBar>
      )}
      {done?.kind === 'upgraded' && <UpgradeOutcomeView outcome={done.outcome} note={note} />}
      {overview && (
        <Suspense fallback={<Spinner size="tiny" label="正在载入分发、汇总和交接…" />}>
          <LedgerWorkflows host={host} overview={overview} onChanged={onChanged} note={note} save={save} />
        </Suspense>
      )}
    </div>
  );
}
