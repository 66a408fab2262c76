/**
 * The 检查 tab's 生成催办单: one sheet per unit with something to chase, written into the workbook
 * (replacing the 催办单 written before); in the preview they are unsaved changes of the ledger.
 */
import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import type { LedgerHost, RemindOutcome } from '../../app/ledgerHost';
import { HostErrorBar } from './HostErrorBar';
import { useLayoutStyles } from './layout';
import type { CellPlace } from './ResultSection';
import { useHostTask } from './useHostTask';

interface Props {
  readonly host: LedgerHost;
  /** The semester chosen in the view; '' for the one containing today. */
  readonly semesterId: string;
  /** Shows a written sheet (in Excel); absent in the preview. */
  readonly onOpen?: (place: CellPlace) => void;
  readonly disabled?: boolean;
}

/** What was written, in one sentence a 统战部 staff member can act on. */
function outcomeText(outcome: RemindOutcome, inExcel: boolean): string {
  if (outcome.sheets.length === 0)
    return `${outcome.semesterName}截至 ${outcome.today} 没有需要催办的事项，没有写入工作表。`;
  const names = outcome.sheets.map((sheet) => `「${sheet.sheetName}」`).join('、');
  const where = inExcel
    ? '，可打印后发给各单位；再次生成会替换这些工作表。'
    : '。它们是未保存的更改，可随更新后的台账下载。';
  return `已生成 ${outcome.sheets.length} 份催办单：${names}${where}`;
}

/** The button, its progress, and what it wrote (with a way to open the first sheet in Excel). */
export function RemindPanel({ host, semesterId, onOpen, disabled }: Props) {
  const layout = useLayoutStyles();
  const [outcome, setOutcome] = useState<RemindOutcome>();
  const task = useHostTask();
  const run = async () => {
    setOutcome(undefined);
    const done = await task.run(() => host.remind({ semesterId: semesterId || undefined }));
    if (done?.ok) setOutcome(done.value);
  };
  const first = outcome?.sheets[0]?.sheetName;
  return (
    <>
      <div className={layout.row}>
        <Button onClick={run} disabled={disabled || task.busy}>
          生成催办单
        </Button>
        {task.busy && <Spinner size="tiny" label="正在生成催办单…" />}
        {onOpen && first && (
          <Button size="small" appearance="subtle" onClick={() => onOpen({ sheet: first, cell: 'A1' })}>
            打开催办单
          </Button>
        )}
      </div>
      <HostErrorBar error={task.error} />
      {outcome && (
        <MessageBar intent={outcome.sheets.length > 0 ? 'success' : 'info'} layout="multiline">
          <MessageBarBody>
            {outcomeText(outcome, host.kind === 'excel')}
            {outcome.unplacedItems.length > 0 &&
              ` 事项 ${outcome.unplacedItems.join('、')} 逾期或即将到期，但找不到来源联系记录，未列入催办单。`}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
