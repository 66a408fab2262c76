/** How the browser preview hands over what it made; in Excel it is already in the workbook. */
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { saveBytes } from '../download';
import type { DownloadKind, LedgerHost } from '../../app/ledgerHost';
import { HostErrorBar } from './HostErrorBar';
import { useLayoutStyles } from './layout';
import { useHostTask } from './useHostTask';
import { useUnsaved } from './useUnsaved';

interface Props {
  readonly host: LedgerHost;
  readonly what: DownloadKind;
  readonly label: string;
  /** The updated ledger's button stands out while there is something to save. */
  readonly appearance?: 'primary' | 'secondary';
  /** How the bytes reach the user; a Blob download unless a test watches it. */
  readonly save?: (fileName: string, bytes: Uint8Array) => void;
}

/** Why a report or forms made from changes not downloaded yet may differ from the ledger file the user has. */
const MADE_FROM_UNSAVED: Record<'report' | 'forms' | 'review', string> = {
  report:
    '这份检查报告是按台账中尚未保存的更改（如刚填报的联系记录）生成的，文件名中注明“含未保存的更改”；要保留这些更改，请点“下载更新后的台账”。',
  review:
    '这份考核表是按台账中尚未保存的更改生成的，文件名中注明“含未保存的更改”；要保留这些更改，请点“下载更新后的台账”。',
  forms:
    '这些登记表是按台账中尚未保存的更改（如刚填报的联系记录）生成的，文件名中注明“含未保存的更改”；要保留这些更改，请点“下载更新后的台账”。',
};

/** Preview only: the last report or forms as a new workbook, or the updated ledger, saved by the browser. */
export function DownloadButton({ host, what, label, appearance = 'secondary', save = saveBytes }: Props) {
  const layout = useLayoutStyles();
  const task = useHostTask();
  const unsaved = useUnsaved(host);
  const { download } = host;
  if (!download) return null;
  const onClick = async () => {
    await task.run(async () => {
      const file = await download.call(host, what);
      if (file.ok) save(file.value.fileName, file.value.bytes);
      return file;
    });
  };
  const madeFromUnsaved = what !== 'ledger' && unsaved?.[what] === true;
  return (
    <div className={layout.tight}>
      <div className={layout.row}>
        <Button appearance={appearance} onClick={onClick} disabled={task.busy}>
          {task.busy ? '正在准备文件…' : label}
        </Button>
      </div>
      {madeFromUnsaved && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{MADE_FROM_UNSAVED[what]}</MessageBarBody>
        </MessageBar>
      )}
      <HostErrorBar error={task.error} />
    </div>
  );
}
