/**
 * The head of the 检查 tab's result: the verdict and the semester's figures, grouped as the
 * terminal prints them — 全覆盖 counts people, 联系 counts pairings — for the school or one unit.
 */
import { MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { type CheckResult, type CheckSummary, type CheckVerdict, checkVerdict } from '../../core/check/checkResult';
import { semesterStateText, VERDICT_LABEL } from '../../core/report/labels';
import { NOTHING_TO_CHECK, nothingToCheck, summaryGroups } from '../../core/report/summaryFigures';
import { useLayoutStyles } from './layout';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  caption: { margin: 0 },
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, margin: 0 },
  groupTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
  },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(72px, 1fr))',
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  stat: {
    display: 'flex',
    flexDirection: 'column',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  label: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  value: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
  },
});

/** How loud the verdict is: only a ledger with errors is red; pending work and gaps ask for action. */
const VERDICT_INTENT: Record<CheckVerdict, 'success' | 'warning' | 'error'> = {
  passed: 'success',
  pendingOnly: 'warning',
  gaps: 'warning',
  errors: 'error',
};

interface Props {
  readonly result: CheckResult;
  /** The figures shown: the school's, or the chosen unit's. */
  readonly summary?: CheckSummary;
  /** The unit the figures are for, when one is chosen. */
  readonly unit?: string;
}

/** The semester at a glance: coverage and contact figures, and whether anything needs doing. */
export function CheckSummaryView({ result, summary = result.summary, unit }: Props) {
  const styles = useStyles();
  const layout = useLayoutStyles();
  const verdict = checkVerdict(result);
  const empty = nothingToCheck(result);
  return (
    <div className={styles.root} data-testid="check-summary">
      <Text as="p" size={200} className={styles.caption}>
        {result.semester.name}，按 {result.referenceDate} 的情况检查（{semesterStateText(result)}）
        {unit ? `；下列数字只计「${unit}」` : ''}
      </Text>
      {summaryGroups(summary).map((group) => (
        <section key={group.title} className={styles.group} aria-label={group.title}>
          <h4 className={styles.groupTitle}>{group.title}</h4>
          <dl className={styles.grid}>
            {group.figures.map((figure) => (
              <div key={figure.label} className={styles.stat}>
                <dt className={styles.label}>{figure.label}</dt>
                <dd className={styles.value}>{figure.value}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      {result.problems.length > 0 && (
        <Text size={200} className={layout.hint}>
          数据问题 {result.problems.length} 条，见下方列表。
        </Text>
      )}
      {empty ? (
        <MessageBar intent="info" layout="multiline" data-testid="check-verdict">
          <MessageBarBody>
            <MessageBarTitle>暂无可检查的内容</MessageBarTitle>
            {NOTHING_TO_CHECK}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent={VERDICT_INTENT[verdict]} layout="multiline" data-testid="check-verdict">
          <MessageBarBody>
            <MessageBarTitle>{VERDICT_LABEL[verdict]}</MessageBarTitle>
            {verdict === 'passed' ? '本学期各项要求均已符合。' : '有需要处理的事项，见下方列表。'}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
