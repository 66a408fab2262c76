/** How the browser preview hands over generated sheets; in Excel they are already in the workbook. */
import { Button } from '@fluentui/react-components';
import { saveBytes } from '../download';
import type { LedgerHost } from '../../app/ledgerHost';
import { HostErrorBar } from './HostErrorBar';
import { useLayoutStyles } from './layout';
import { useHostTask } from './useHostTask';

interface Props {
  readonly host: LedgerHost;
  readonly what: 'report' | 'forms';
  readonly label: string;
  /** How the bytes reach the user; a Blob download unless a test watches it. */
  readonly save?: (fileName: string, bytes: Uint8Array) => void;
}

/** Preview only: the last report or forms as a new workbook, saved by the browser. */
export function DownloadButton({ host, what, label, save = saveBytes }: Props) {
  const layout = useLayoutStyles();
  const task = useHostTask();
  const { download } = host;
  if (!download) return null;
  const onClick = async () => {
    await task.run(async () => {
      const file = await download.call(host, what);
      if (file.ok) save(file.value.fileName, file.value.bytes);
      return file;
    });
  };
  return (
    <div className={layout.tight}>
      <Button appearance="secondary" onClick={onClick} disabled={task.busy}>
        {task.busy ? '正在准备文件…' : label}
      </Button>
      <HostErrorBar error={task.error} />
    </div>
  );
}
