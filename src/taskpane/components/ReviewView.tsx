/**
 * The pane's 考核 tab: the 年度考核 of an academic year — each unit's total, and on a click its
 * indicators and shortfalls — written as the 年度考核 and 意见办理统计 sheets (in the preview, a
 * download of their own).
 */
import { Button, Field, MessageBar, MessageBarBody, Select, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import type { LedgerHost, LedgerOverview, ReviewResult } from '../../app/ledgerHost';
import { REVIEW_SHEET } from '../../core/review/reviewSheets';
import { DownloadButton } from './DownloadButton';
import { HostErrorBar } from './HostErrorBar';
import { useLayoutStyles } from './layout';
import { ReviewUnits } from './ReviewUnits';
import { useHostTask } from './useHostTask';

interface Props {
  readonly host: LedgerHost;
  readonly overview: LedgerOverview;
}

/** The academic years the ledger's semesters belong to, oldest first. */
export function academicYears(overview: LedgerOverview): string[] {
  const years = overview.semesters.map((semester) => /^(\d{4}-\d{4})-/.exec(semester.id)?.[1]);
  return [...new Set(years.filter((year): year is string => year !== undefined))].sort();
}

/** The year of the current semester, else the latest year whose semesters have begun, else the first. */
function initialYear(overview: LedgerOverview, years: readonly string[]): string {
  const current = /^(\d{4}-\d{4})-/.exec(overview.currentSemesterId ?? '')?.[1];
  return current ?? years[years.length - 1] ?? '';
}

/** The year's review on a button, its table, and where its sheets went. */
export function ReviewView({ host, overview }: Props) {
  const layout = useLayoutStyles();
  const years = academicYears(overview);
  const [year, setYear] = useState(() => initialYear(overview, years));
  const [result, setResult] = useState<ReviewResult>();
  const task = useHostTask();
  const inExcel = host.kind === 'excel';

  const run = async () => {
    setResult(undefined);
    const reviewed = await task.run(() => host.review({ year }));
    if (reviewed?.ok) setResult(reviewed.value);
  };

  return (
    <div className={layout.stack}>
      <Field label="学年" hint="按「考核指标」计算本学年各单位的完成率和得分；尚未开始的学期不计入。">
        <Select value={year} disabled={task.busy} onChange={(_, data) => setYear(data.value)}>
          {years.map((option) => (
            <option key={option} value={option}>
              {option} 学年
            </option>
          ))}
        </Select>
      </Field>
      <div className={layout.row}>
        <Button appearance="primary" onClick={run} disabled={task.busy || year === ''}>
          开始考核
        </Button>
        {task.busy && <Spinner size="tiny" label="正在考核…" />}
      </div>
      <HostErrorBar error={task.error} />
      {result && (
        <>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {`${result.year} 学年考核（截至 ${result.today}）已完成，计入${result.semesters.map((s) => s.name).join('、')}`}
              {result.notBegun.length > 0 && `；${result.notBegun.map((s) => s.name).join('、')}尚未开始，不计入`}
              {inExcel
                ? `。「${REVIEW_SHEET}」和「意见办理统计」已写入工作簿（再次考核会替换它们），可填写自评、审核得分后打印。`
                : '。可下载考核表，填写自评、审核得分后打印。'}
            </MessageBarBody>
          </MessageBar>
          {result.problems.map((problem) => (
            <MessageBar key={`${problem.cell}${problem.code}`} intent="warning" layout="multiline">
              <MessageBarBody>{problem.message}</MessageBarBody>
            </MessageBar>
          ))}
          {result.ledgerErrors > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                {`台账中有 ${result.ledgerErrors} 处错误（见「检查」），改正前相关单位的得分可能偏低。`}
              </MessageBarBody>
            </MessageBar>
          )}
          <ReviewUnits result={result} />
          {inExcel ? (
            <div className={layout.row}>
              <Button onClick={() => void host.selectCell({ sheet: REVIEW_SHEET, cell: 'A1' })}>
                打开「{REVIEW_SHEET}」
              </Button>
            </div>
          ) : (
            <DownloadButton host={host} what="review" label="下载考核表" />
          )}
        </>
      )}
    </div>
  );
}
