/**
 * 台账 › 汇总: pick the files the units sent back (their copies, form CSVs), see what merging them
 * would add, skip, find conflicting or reject, then merge — in Excel in one go, in the browser
 * preview as unsaved changes. Nothing is written before 汇总到台账, and cancelling stops before it.
 */
import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { type ChangeEvent, useState } from 'react';
import type { LedgerHost, MergeOutcome, PickedFile } from '../../app/ledgerHost';
import { failure, failureTitle } from '../../core/failures';
import { HostErrorBar } from './HostErrorBar';
import { useLayoutStyles } from './layout';
import { mergeAddedCount, MergePreview } from './MergePreview';
import { useHostTask } from './useHostTask';
import { useLongWork } from './useLongWork';
import { WorkProgressBar } from './WorkProgressBar';

interface Props {
  readonly host: LedgerHost;
  /** The ledger changed: the pane reloads its lists. */
  readonly onChanged: () => void;
  /** What the preview adds to the news of a change (it is not saved yet). */
  readonly note?: string;
}

/** The files' bytes, read in the browser as soon as they are picked. */
const readPicked = (files: readonly File[]): Promise<PickedFile[]> =>
  Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));

/** What the merge wrote, and the rows another writer displaced (inside Excel), if any. */
function MergedNews({ outcome, note }: { readonly outcome: MergeOutcome; readonly note?: string }) {
  const unplaced = outcome.unplaced ?? [];
  const skipped = outcome.skipped > 0 ? `，跳过 ${outcome.skipped} 行（台账中已有）` : '';
  const notice =
    unplaced.length > 0 ? failure('mergeRowsUnplaced', { rows: unplaced.map((row) => row.id) }) : undefined;
  return (
    <>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          已汇总：新增 {mergeAddedCount(outcome)} 行{skipped}。{note}
        </MessageBarBody>
      </MessageBar>
      {notice && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{failureTitle(notice.kind)}</MessageBarTitle>
            {notice.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/** 汇总: returned files → preview table → merge, with progress and a cancel. */
export function MergeSection({ host, onChanged, note }: Props) {
  const layout = useLayoutStyles();
  const [picked, setPicked] = useState<readonly PickedFile[]>([]);
  const [preview, setPreview] = useState<MergeOutcome>();
  const [merged, setMerged] = useState<MergeOutcome>();
  const task = useHostTask();
  const work = useLongWork();

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    setPreview(undefined);
    setMerged(undefined);
    task.clearError();
    setPicked(await readPicked(files));
  };
  const look = async () => {
    setPreview(undefined);
    setMerged(undefined);
    const { signal, progress } = work.start();
    const planned = await task.run(() => host.previewMerge(picked, progress, signal));
    if (planned?.ok) setPreview(planned.value);
  };
  const apply = async () => {
    const { signal, progress } = work.start();
    const done = await task.run(() => host.merge(picked, progress, signal));
    if (!done?.ok) return;
    setPreview(undefined);
    setMerged(done.value);
    setPicked([]);
    onChanged();
  };

  return (
    <section className={layout.section} aria-labelledby="ledger-merge">
      <h3 id="ledger-merge" className={layout.heading}>
        汇总
      </h3>
      <Text>
        选择各单位交回的台账（.xlsx）或在线表单导出的联系记录（.csv），可多选。先预览，确认后再汇总到台账；编号相同、内容相同的行会跳过，重复汇总不会多出行。
      </Text>
      <Field label="交回的文件（.xlsx、.csv）">
        {(fieldProps) => (
          <input {...fieldProps} type="file" multiple accept=".xlsx,.csv" onChange={choose} disabled={task.busy} />
        )}
      </Field>
      {picked.length > 0 && <Text className={layout.hint}>已选择：{picked.map((file) => file.name).join('、')}</Text>}
      <div className={layout.row}>
        <Button onClick={look} disabled={task.busy || picked.length === 0}>
          预览汇总
        </Button>
        <Button
          appearance="primary"
          onClick={apply}
          disabled={task.busy || preview === undefined || mergeAddedCount(preview) === 0}
        >
          汇总到台账
        </Button>
      </div>
      {task.busy && (
        <WorkProgressBar
          label="正在读取交回的文件并核对"
          counting="个文件"
          progress={work.progress}
          onCancel={work.cancel}
        />
      )}
      <HostErrorBar error={task.error} />
      {preview && (
        <>
          <Text weight="semibold">
            {mergeAddedCount(preview) > 0
              ? `预览：将新增 ${mergeAddedCount(preview)} 行。确认无误后点“汇总到台账”。`
              : '预览：没有可新增的行。'}
          </Text>
          <MergePreview outcome={preview} caption="汇总预览" />
        </>
      )}
      {merged && (
        <>
          <MergedNews outcome={merged} note={note} />
          <MergePreview outcome={merged} caption="汇总结果" />
        </>
      )}
    </section>
  );
}
