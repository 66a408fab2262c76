/** The head of the 检查 tab's result: the verdict and the semester's headline figures. */
import { MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { type CheckResult, type CheckVerdict, checkVerdict } from '../../core/check/checkResult';
import { percent, semesterStateText, VERDICT_LABEL } from '../../core/report/labels';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  caption: { margin: 0 },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(88px, 1fr))',
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

/** The semester at a glance: coverage and contact figures, and whether anything needs doing. */
export function CheckSummaryView({ result }: { readonly result: CheckResult }) {
  const styles = useStyles();
  const { summary } = result;
  const stats: Array<[string, string | number]> = [
    ['在职人士', summary.figuresInService],
    ['已结对', summary.figuresCovered],
    ['覆盖率', percent(summary.figuresCovered, summary.figuresInService)],
    ['应联系结对', summary.pairingsDue],
    ['已联系', summary.pairingsMet],
    ['待联系', summary.pairingsPending],
    ['未完成', summary.pairingsMissed],
    ['数据问题', result.problems.length],
  ];
  const verdict = checkVerdict(result);
  return (
    <div className={styles.root} data-testid="check-summary">
      <Text as="p" size={200} className={styles.caption}>
        {result.semester.name}，按 {result.referenceDate} 的情况检查（{semesterStateText(result)}）
      </Text>
      <dl className={styles.grid}>
        {stats.map(([label, value]) => (
          <div key={label} className={styles.stat}>
            <dt className={styles.label}>{label}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
      </dl>
      <MessageBar intent={VERDICT_INTENT[verdict]} layout="multiline" data-testid="check-verdict">
        <MessageBarBody>
          <MessageBarTitle>{VERDICT_LABEL[verdict]}</MessageBarTitle>
          {verdict === 'passed' ? '本学期各项要求均已符合。' : '有需要处理的事项，见下方列表。'}
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
