/** What 升级台账 tells the user it added. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { UpgradeOutcome } from '../../app/ledgerHost';
import { LEDGER_VERSION } from '../../core/ledger/settings';
import { useLayoutStyles } from './layout';

/** What an upgrade added: sheets, columns (by sheet) and 设置 keys, with the host's note on it; or that nothing was missing. */
export function UpgradeOutcomeView({ outcome, note }: { readonly outcome: UpgradeOutcome; readonly note?: string }) {
  const layout = useLayoutStyles();
  const { addedSheets, addedColumns, addedSettings, raisedVersion } = outcome;
  if (addedSheets.length + addedColumns.length + addedSettings.length === 0 && !raisedVersion) {
    return (
      <MessageBar intent="success">
        <MessageBarBody>台账已是最新结构，无需升级。</MessageBarBody>
      </MessageBar>
    );
  }
  const columnsBySheet = new Map<string, string[]>();
  for (const { sheet, header } of addedColumns)
    columnsBySheet.set(sheet, [...(columnsBySheet.get(sheet) ?? []), header]);
  const lines = [
    ...(addedSheets.length > 0 ? [`新增工作表：${addedSheets.join('、')}`] : []),
    ...[...columnsBySheet].map(([sheet, headers]) => `「${sheet}」新增列：${headers.join('、')}`),
    ...(addedSettings.length > 0 ? [`「设置」新增项目：${addedSettings.join('、')}`] : []),
    ...(raisedVersion ? [`「设置」台账版本改为 ${LEDGER_VERSION}`] : []),
  ];
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>台账已升级</MessageBarTitle>
        <ul className={layout.list} aria-label="升级新增的内容">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {note}
      </MessageBarBody>
    </MessageBar>
  );
}
