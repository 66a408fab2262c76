/**
 * The check's findings as lists the user can act on: every gap and problem, each pointing at its
 * cell, narrowed to the unit and the words the user chose (core/report/findingLines decides which
 * lines that leaves). Long lists show a page at a time; each list folds away.
 */
import { Text } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { CheckResult } from '../../core/check/checkResult';
import {
  type FindingFilter,
  type FindingSection,
  filterFindings,
  findingSections,
} from '../../core/report/findingLines';
import { useLayoutStyles } from './layout';
import { type CellPlace, FIRST_PAGE, ResultSection } from './ResultSection';

interface Props {
  readonly result: CheckResult;
  readonly filter: FindingFilter;
  readonly onLocate?: (place: CellPlace) => void;
}

/**
 * Long lists of data problems start folded: on a big ledger they run to hundreds of lines, below
 * the gaps to act on (their count is in the heading, and 导出数据问题 gives them all at once).
 */
const foldedAtFirst = (section: FindingSection): boolean =>
  section.id.startsWith('problems-') && section.lines.length > FIRST_PAGE;

/** Every gap the check found, then the data problems grouped by severity, as the filter leaves them. */
export function CheckFindings({ result, filter, onLocate }: Props) {
  const layout = useLayoutStyles();
  const sections = useMemo(() => findingSections(result), [result]);
  const shown = useMemo(() => filterFindings(sections, filter), [sections, filter]);
  const any = shown.some((section) => section.lines.length > 0);
  const narrowed = filter.unit !== '' || filter.query.trim() !== '';
  return (
    <div className={layout.stack}>
      {!any && narrowed && (
        <Text className={layout.hint} data-testid="no-findings">
          没有符合筛选条件的事项。
        </Text>
      )}
      {shown.map((section) => (
        // A new filter starts each list at its first page again.
        <ResultSection
          key={`${section.id}|${filter.unit}|${filter.query}`}
          title={section.title}
          lines={section.lines}
          onLocate={onLocate}
          defaultOpen={!foldedAtFirst(section)}
        />
      ))}
    </div>
  );
}
