/** The browser preview's first screen, shown until a ledger file (or the sample) is open. */
import { Button, Field, Text } from '@fluentui/react-components';
import type { ChangeEvent } from 'react';
import { HostErrorBar } from './HostErrorBar';
import { useLayoutStyles } from './layout';
import type { Failure } from '../../app/ledgerHost';

interface Props {
  readonly busy: boolean;
  readonly error: Failure | undefined;
  readonly onOpen: (file: File) => void;
  readonly onTrySample: () => void;
}

/** The preview's first screen: choose a ledger .xlsx (read here, in the browser), or try the sample. */
export function PreviewStart({ busy, error, onOpen, onTrySample }: Props) {
  const layout = useLayoutStyles();
  const chosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) onOpen(file);
    event.target.value = '';
  };
  return (
    <div className={layout.stack} data-testid="pane-ready">
      <Text>
        浏览器预览：打开一份台账
        .xlsx，运行检查，下载检查报告或登记表；填报、升级后可下载更新后的台账（另存为新文件）。文件只在本机浏览器中读取，不会上传到任何地方。
      </Text>
      <Field label="台账文件（.xlsx）" hint="在 Excel 中使用时，请从「开始」选项卡的「台账面板」打开。">
        {(fieldProps) => (
          <input
            {...fieldProps}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={chosen}
            disabled={busy}
          />
        )}
      </Field>
      <div className={layout.row}>
        <Button onClick={onTrySample} disabled={busy}>
          没有台账？用示例台账试用
        </Button>
      </div>
      {busy && <Text className={layout.hint}>正在读取…</Text>}
      <HostErrorBar error={error} />
    </div>
  );
}
