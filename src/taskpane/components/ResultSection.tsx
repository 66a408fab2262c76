/** One titled list of the check's findings: how a finding looks and how it points at its cell. */
import { Badge, Button, CounterBadge, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useLayoutStyles } from './layout';

/** A place in the workbook a finding points at. */
export interface CellPlace {
  readonly sheet: string;
  readonly cell: string;
}

/** One line of a list; `key` must be unique within its list (it is the React key). */
export interface Finding {
  readonly key: string;
  readonly text: ReactNode;
  readonly badge?: { readonly label: string; readonly color: 'danger' | 'warning' | 'informative' | 'success' };
  readonly place?: CellPlace;
}

interface Props {
  readonly title: string;
  readonly findings: readonly Finding[];
  /** Selects a finding's cell in the workbook; absent in the browser preview, where no workbook is open. */
  readonly onLocate?: (place: CellPlace) => void;
  readonly level?: 'h3' | 'h4';
}

const useStyles = makeStyles({
  item: {
    display: 'flex',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  badge: { flexShrink: 0, whiteSpace: 'nowrap', marginTop: '2px' },
  text: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  locate: { flexShrink: 0, minWidth: 'auto' },
});

/** A titled list of findings (gaps, overdue items, problems); each can select its cell. Nothing when empty. */
export function ResultSection({ title, findings, onLocate, level = 'h3' }: Props) {
  const layout = useLayoutStyles();
  const styles = useStyles();
  if (findings.length === 0) return null;
  const Heading = level;
  return (
    <section className={layout.section} aria-label={title}>
      <div className={layout.row}>
        <Heading className={layout.heading}>{title}</Heading>
        <CounterBadge
          count={findings.length}
          overflowCount={9999}
          appearance="filled"
          color="informative"
          aria-hidden
        />
      </div>
      <ul className={layout.list}>
        {findings.map((finding) => (
          <li key={finding.key} className={styles.item}>
            {finding.badge && (
              <Badge className={styles.badge} appearance="tint" color={finding.badge.color} shape="rounded">
                {finding.badge.label}
              </Badge>
            )}
            <Text className={styles.text}>{finding.text}</Text>
            {onLocate && finding.place && (
              <Button
                className={styles.locate}
                size="small"
                appearance="subtle"
                aria-label={`在「${finding.place.sheet}」中选中 ${finding.place.cell}`}
                onClick={() => onLocate(finding.place as CellPlace)}
              >
                {finding.place.cell}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
