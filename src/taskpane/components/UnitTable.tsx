/**
 * 各单位 in the 检查 tab: each unit's people covered and pairings contacted, as the terminal and
 * the 覆盖检查 report list them; the unit chosen in the filter is marked. A page of units at first.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { UnitResult } from '../../core/check/checkResult';
import { percent } from '../../core/report/labels';
import { sameUnit } from '../../core/report/summaryFigures';
import { useLayoutStyles } from './layout';
import { CollapsibleSection, firstShown, NEXT_PAGE } from './ResultSection';

const useStyles = makeStyles({
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    '& th, & td': {
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
    '& th': { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
    '& td:not(:first-child), & th:not(:first-child)': { textAlign: 'end', whiteSpace: 'nowrap' },
    '& th:first-child, & td:first-child': { textAlign: 'start', overflowWrap: 'anywhere' },
  },
  caption: { captionSide: 'bottom', textAlign: 'start', color: tokens.colorNeutralForeground3 },
  chosen: { backgroundColor: tokens.colorBrandBackground2, fontWeight: tokens.fontWeightSemibold },
});

interface Props {
  readonly units: readonly UnitResult[];
  /** The unit chosen in the filter ('' for none): its row is marked. */
  readonly unit: string;
}

/** The per-unit figures; the chosen unit first, so it is in view however many units there are. */
export function UnitTable({ units, unit }: Props) {
  const layout = useLayoutStyles();
  const styles = useStyles();
  const [shown, setShown] = useState(() => firstShown(units.length));
  if (units.length === 0) return null;
  const ordered =
    unit === '' ? units : [...units].sort((a, b) => Number(sameUnit(b.unit, unit)) - Number(sameUnit(a.unit, unit)));
  const rest = ordered.length - shown;
  return (
    <CollapsibleSection title="各单位" count={units.length}>
      <table className={styles.table}>
        <caption className={styles.caption}>已覆盖：有有效结对的在职人士；结对：本学期应联系的结对。</caption>
        <thead>
          <tr>
            <th scope="col">单位</th>
            <th scope="col">在职人士</th>
            <th scope="col">已覆盖</th>
            <th scope="col">结对</th>
            <th scope="col">已联系</th>
          </tr>
        </thead>
        <tbody>
          {ordered.slice(0, shown).map((row) => {
            const chosen = unit !== '' && sameUnit(row.unit, unit);
            return (
              <tr
                key={row.unit}
                className={chosen ? styles.chosen : undefined}
                aria-current={chosen ? 'true' : undefined}
              >
                <th scope="row">{row.unit}</th>
                <td>{row.figuresInService}</td>
                <td title={percent(row.figuresCovered, row.figuresInService)}>{row.figuresCovered}</td>
                <td>{row.pairingsDue}</td>
                <td title={percent(row.pairingsMet, row.pairingsDue)}>{row.pairingsMet}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {rest > 0 && (
        <div className={layout.row}>
          <Button size="small" onClick={() => setShown(shown + NEXT_PAGE)}>
            再显示 {Math.min(rest, NEXT_PAGE)} 个单位（还有 {rest} 个）
          </Button>
        </div>
      )}
    </CollapsibleSection>
  );
}
