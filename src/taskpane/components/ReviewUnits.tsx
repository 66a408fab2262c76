/** The 年度考核 table in a narrow pane: one line per unit with its total; a click opens its indicators and shortfalls. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ReviewResult } from '../../app/ledgerHost';

const useStyles = makeStyles({
  header: { display: 'flex', justifyContent: 'space-between', width: '100%', columnGap: tokens.spacingHorizontalM },
  total: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  cell: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, textAlign: 'left' },
  number: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, textAlign: 'right' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const percent = (rate: number | null): string => (rate === null ? '无此项' : `${(rate * 100).toFixed(1)}%`);

/** Every unit of the review in 单位 order, as the sheet has them. */
export function ReviewUnits({ result }: { readonly result: ReviewResult }) {
  const styles = useStyles();
  return (
    <Accordion collapsible multiple aria-label="各单位考核得分">
      {result.units.map((unit) => (
        <AccordionItem key={unit.unit} value={unit.unit}>
          <AccordionHeader>
            <span className={styles.header}>
              <span>{unit.unit}</span>
              <span className={styles.total}>{unit.total.toFixed(1)} 分</span>
            </span>
          </AccordionHeader>
          <AccordionPanel>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th className={styles.cell}>指标</th>
                  <th className={styles.number}>完成率</th>
                  <th className={styles.number}>得分</th>
                </tr>
              </thead>
              <tbody>
                {result.indicators.map((indicator) => (
                  <tr key={indicator.id}>
                    <td className={styles.cell}>{`${indicator.id} ${indicator.name}（${indicator.maxScore} 分）`}</td>
                    <td className={styles.number}>{percent(unit.measures[indicator.measure].rate)}</td>
                    <td className={styles.number}>{(unit.scores[indicator.id] ?? 0).toFixed(1)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {unit.deductions.length === 0 ? (
              <p>没有扣分。</p>
            ) : (
              <ul className={styles.list} aria-label={`${unit.unit}扣分说明`}>
                {unit.deductions.map((deduction) => (
                  <li key={deduction}>{deduction}</li>
                ))}
              </ul>
            )}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
