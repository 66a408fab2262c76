/**
 * The pane's 检查 tab; in Excel the result also fills the 覆盖检查 sheet, the preview offers a
 * download. A result stays on screen only as long as it answers what is asked: after a change of
 * the ledger or of the semester it is marked out of date, with a button to run it again.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
} from '@fluentui/react-components';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { CheckResult } from '../../core/check/checkResult';
import { REPORT_SHEET } from '../../core/report/coverageReport';
import { VERDICT_LABEL } from '../../core/report/labels';
import { checkVerdict } from '../../core/check/checkResult';
import { sameUnit, staleText, unitSummary } from '../../core/report/summaryFigures';
import type { LedgerHost, LedgerOverview } from '../../app/ledgerHost';
import { usePreference } from '../preferences';
import { useAnnounce } from './Announcer';
import { CheckFilters } from './CheckFilters';
import { CheckFindings } from './CheckFindings';
import { CheckSummaryView } from './CheckSummaryView';
import { DownloadButton } from './DownloadButton';
import { HostErrorBar } from './HostErrorBar';
import { useLayoutStyles } from './layout';
import { ProblemsExport } from './ProblemsExport';
import { RemindPanel } from './RemindPanel';
import type { CellPlace } from './ResultSection';
import { initialSemester, SemesterSelect } from './SemesterSelect';
import { UnitTable } from './UnitTable';
import { useHostTask } from './useHostTask';

interface Props {
  readonly host: LedgerHost;
  readonly overview: LedgerOverview;
}

const useStyles = makeStyles({
  stale: { opacity: 0.6 },
  resultHeading: { outlineOffset: '2px' },
});

/** The result with the overview it was made from: a newer overview means the ledger changed since. */
interface Checked {
  readonly result: CheckResult;
  readonly overview: LedgerOverview;
}

/** 检查: runs R1–R9 for a semester and lists what needs doing; a finding selects its cell in Excel; 生成催办单. */
export function CheckView({ host, overview }: Props) {
  const layout = useLayoutStyles();
  const styles = useStyles();
  const announce = useAnnounce();
  const [semesterId, setSemesterId] = useState(() => initialSemester(overview));
  const [checked, setChecked] = useState<Checked>();
  const [rememberedUnit, setUnit] = usePreference('unit');
  const [query, setQuery] = useState('');
  const checking = useHostTask();
  const locating = useHostTask();
  const heading = useRef<HTMLHeadingElement>(null);
  // A unit remembered from another ledger is not offered here: all units then.
  const unit = overview.units.find((name) => sameUnit(name, rememberedUnit)) ?? '';
  // Typing stays quick on a big ledger: the lists follow the search box when the browser has time.
  const deferredQuery = useDeferredValue(query);
  const filter = useMemo(() => ({ unit, query: deferredQuery }), [unit, deferredQuery]);

  const runCheck = async () => {
    const done = await checking.run(() => host.check({ semesterId: semesterId || undefined }));
    if (!done?.ok) return;
    setChecked({ result: done.value, overview });
    announce(`检查完成：${done.value.semester.name}，${VERDICT_LABEL[checkVerdict(done.value)]}。`);
  };
  // The focus goes to the new result's heading: the button it was on may have been re-rendered, and
  // a screen reader's user lands where the result starts.
  useEffect(() => heading.current?.focus(), [checked?.result]);
  const locate = (place: CellPlace) => void locating.run(() => host.selectCell(place));

  const result = checked?.result;
  const stale =
    checked &&
    staleText({
      checkedSemester: checked.result.semester.id,
      chosenSemester: semesterId,
      ledgerChanged: checked.overview !== overview,
    });
  const summary = result && unit !== '' ? unitSummary(result, unit) : undefined;

  return (
    <div className={layout.stack}>
      <SemesterSelect
        semesters={overview.semesters}
        value={semesterId}
        onChange={setSemesterId}
        disabled={checking.busy}
      />
      <div className={layout.row}>
        <Button appearance="primary" onClick={runCheck} disabledFocusable={checking.busy}>
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
        <section className={layout.stack} aria-labelledby="check-result-heading">
          <h3
            id="check-result-heading"
            ref={heading}
            tabIndex={-1}
            className={`${layout.heading} ${styles.resultHeading}`}
          >
            检查结果
          </h3>
          {stale && (
            <MessageBar intent="warning" layout="multiline" data-testid="check-stale">
              <MessageBarBody>
                <MessageBarTitle>结果已过期</MessageBarTitle>
                {stale}
              </MessageBarBody>
              <MessageBarActions>
                <Button size="small" onClick={runCheck} disabledFocusable={checking.busy}>
                  重新检查
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          <div className={`${layout.stack} ${stale ? styles.stale : ''}`}>
            <CheckFilters
              units={overview.units}
              filter={{ unit, query }}
              onChange={(next) => {
                setUnit(next.unit);
                setQuery(next.query);
              }}
            />
            <CheckSummaryView result={result} summary={summary} unit={summary ? unit : undefined} />
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
            <ProblemsExport result={result} />
            <UnitTable units={result.units} unit={unit} />
            <CheckFindings result={result} filter={filter} onLocate={host.kind === 'excel' ? locate : undefined} />
          </div>
        </section>
      )}
    </div>
  );
}
