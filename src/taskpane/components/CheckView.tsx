/** The pane's 检查 tab; in Excel the result also fills the 覆盖检查 sheet, the preview offers a download. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import type { CheckResult } from '../../core/check/checkResult';
import { REPORT_SHEET } from '../../core/report/coverageReport';
import type { LedgerHost, LedgerOverview } from '../../app/ledgerHost';
import { CheckFindings } from './CheckFindings';
import { CheckSummaryView } from './CheckSummaryView';
import { DownloadButton } from './DownloadButton';
import { HostErrorBar } from './HostErrorBar';
import { useLayoutStyles } from './layout';
import { RemindPanel } from './RemindPanel';
import type { CellPlace } from './ResultSection';
import { initialSemester, SemesterSelect } from './SemesterSelect';
import { useHostTask } from './useHostTask';

interface Props {
  readonly host: LedgerHost;
  readonly overview: LedgerOverview;
}

/** 检查: runs R1–R9 for a semester and lists what needs doing; a finding selects its cell in Excel; 生成催办单. */
export function CheckView({ host, overview }: Props) {
  const layout = useLayoutStyles();
  const [semesterId, setSemesterId] = useState(() => initialSemester(overview));
  const [result, setResult] = useState<CheckResult>();
  const checking = useHostTask();
  const locating = useHostTask();

  const runCheck = async () => {
    const checked = await checking.run(() => host.check({ semesterId: semesterId || undefined }));
    if (checked?.ok) setResult(checked.value);
  };
  const locate = (place: CellPlace) => void locating.run(() => host.selectCell(place));

  return (
    <div className={layout.stack}>
      <SemesterSelect
        semesters={overview.semesters}
        value={semesterId}
        onChange={setSemesterId}
        disabled={checking.busy}
      />
      <div className={layout.row}>
        <Button appearance="primary" onClick={runCheck} disabled={checking.busy}>
          运行检查
        </Button>
        {checking.busy && <Spinner size="tiny" label="正在检查…" />}
      </div>
      <RemindPanel
        host={host}
        semesterId={semesterId}
        disabled={checking.busy}
        onOpen={host.kind === 'excel' ? locate : undefined}
      />
      <HostErrorBar error={checking.error} />
      <HostErrorBar error={locating.error} />
      {result && (
        <>
          <CheckSummaryView result={result} />
          {host.kind === 'excel' ? (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>检查结果已写入「覆盖检查」工作表，可打印或发给各单位。</MessageBarBody>
              <MessageBarActions>
                <Button size="small" onClick={() => locate({ sheet: REPORT_SHEET, cell: 'A1' })}>
                  打开
                </Button>
              </MessageBarActions>
            </MessageBar>
          ) : (
            <DownloadButton host={host} what="report" label="下载检查报告（.xlsx）" />
          )}
          <CheckFindings result={result} onLocate={host.kind === 'excel' ? locate : undefined} />
        </>
      )}
    </div>
  );
}
