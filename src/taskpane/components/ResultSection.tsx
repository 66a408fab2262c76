/**
 * One titled list of the check's findings: a heading that folds the list away, at most a page of
 * lines at first (a 1,000-figure ledger has thousands; the page stays short and quick to paint),
 * each line pointing at its cell when the workbook is open in Excel.
 */
import { Badge, Button, CounterBadge, Text, makeStyles, tokens, useId } from '@fluentui/react-components';
import { type ReactNode, useState } from 'react';
import type { FindingLine } from '../../core/report/findingLines';
import { useLayoutStyles } from './layout';

/** A place in the workbook a finding points at. */
export interface CellPlace {
  readonly sheet: string;
  readonly cell: string;
}

/** Lines shown before the user asks for more, and how many more each time. */
export const FIRST_PAGE = 10;
export const NEXT_PAGE = 50;
/** A list at most this long is shown whole: a button for the last few lines would cost more than them. */
const SHOWN_WHOLE = 15;

/** How many lines a list shows at first. */
export const firstShown = (total: number): number => (total <= SHOWN_WHOLE ? total : FIRST_PAGE);

const useStyles = makeStyles({
  toggle: {
    justifyContent: 'flex-start',
    minWidth: 0,
    paddingLeft: 0,
    textAlign: 'start',
    fontSize: 'inherit',
    fontWeight: 'inherit',
    lineHeight: 'inherit',
    height: 'auto',
  },
  chevron: { display: 'inline-block', width: '1em', flexShrink: 0, fontSize: tokens.fontSizeBase200 },
  open: { transform: 'rotate(90deg)' },
  count: { marginLeft: tokens.spacingHorizontalXS, verticalAlign: 'text-bottom' },
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

interface SectionProps {
  readonly title: string;
  /** The number beside the title (the lines in it). */
  readonly count: number;
  readonly level?: 'h3' | 'h4';
  readonly defaultOpen?: boolean;
  readonly children: ReactNode;
}

/** A section whose heading is a button folding its content away (aria-expanded), with the count beside the title. */
export function CollapsibleSection({ title, count, level = 'h3', defaultOpen = true, children }: SectionProps) {
  const layout = useLayoutStyles();
  const styles = useStyles();
  const [open, setOpen] = useState(defaultOpen);
  const contentId = useId('section');
  const Heading = level;
  return (
    <section className={layout.section} aria-label={title}>
      <Heading className={layout.heading}>
        <Button
          appearance="transparent"
          className={styles.toggle}
          aria-expanded={open}
          aria-controls={contentId}
          onClick={() => setOpen(!open)}
          icon={
            <span aria-hidden className={`${styles.chevron} ${open ? styles.open : ''}`}>
              ▶
            </span>
          }
        >
          <span>
            {title}
            <CounterBadge
              className={styles.count}
              count={count}
              overflowCount={99999}
              appearance="filled"
              color="informative"
              aria-hidden
            />
          </span>
        </Button>
      </Heading>
      <div id={contentId} hidden={!open}>
        {children}
      </div>
    </section>
  );
}

interface Props {
  readonly title: string;
  readonly lines: readonly FindingLine[];
  /** Selects a finding's cell in the workbook; absent in the browser preview, where no workbook is open. */
  readonly onLocate?: (place: CellPlace) => void;
  readonly level?: 'h3' | 'h4';
  readonly defaultOpen?: boolean;
}

/** A titled, foldable list of findings (gaps, overdue items, problems), a page at a time. Nothing when empty. */
export function ResultSection({ title, lines, onLocate, level, defaultOpen }: Props) {
  const layout = useLayoutStyles();
  const styles = useStyles();
  const [shown, setShown] = useState(() => firstShown(lines.length));
  if (lines.length === 0) return null;
  const rest = lines.length - shown;
  return (
    <CollapsibleSection title={title} count={lines.length} level={level} defaultOpen={defaultOpen}>
      <ul className={layout.list}>
        {lines.slice(0, shown).map((line) => (
          <li key={line.key} className={styles.item}>
            {line.badge && (
              <Badge className={styles.badge} appearance="tint" color={line.badge.tone} shape="rounded">
                {line.badge.label}
              </Badge>
            )}
            <Text className={styles.text}>{line.text}</Text>
            {onLocate && line.place && (
              <Button
                className={styles.locate}
                size="small"
                appearance="subtle"
                aria-label={`在「${line.place.sheet}」中选中 ${line.place.cell}`}
                onClick={() => onLocate(line.place as CellPlace)}
              >
                {line.place.cell}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {rest > 0 && (
        <div className={layout.row}>
          <Button size="small" onClick={() => setShown(shown + NEXT_PAGE)}>
            再显示 {Math.min(rest, NEXT_PAGE)} 条（还有 {rest} 条）
          </Button>
        </div>
      )}
    </CollapsibleSection>
  );
}
