/** The 登记表 sheets just rendered, listed under the 登记表 tab. */
import { Button, Text } from '@fluentui/react-components';
import type { LedgerHost } from '../../app/ledgerHost';
import { HostErrorBar } from './HostErrorBar';
import { useLayoutStyles } from './layout';
import { useHostTask } from './useHostTask';

interface Props {
  readonly host: LedgerHost;
  readonly sheetNames: readonly string[];
}

/** The rendered 登记表 sheets; in Excel each name opens its sheet. */
export function FormSheetList({ host, sheetNames }: Props) {
  const layout = useLayoutStyles();
  const task = useHostTask();
  return (
    <section className={layout.section} aria-label="已生成的登记表">
      <HostErrorBar error={task.error} />
      <ul className={layout.list}>
        {sheetNames.map((sheet) => (
          <li key={sheet}>
            {host.kind === 'excel' ? (
              <Button
                appearance="transparent"
                size="small"
                onClick={() => void task.run(() => host.selectCell({ sheet, cell: 'A1' }))}
              >
                {sheet}
              </Button>
            ) : (
              <Text>{sheet}</Text>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
