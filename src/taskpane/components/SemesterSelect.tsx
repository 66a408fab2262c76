/** Picking the semester a tab works on, and which one a tab starts on. */
import { Field, Select } from '@fluentui/react-components';
import type { LedgerOverview } from '../../app/ledgerHost';

interface Props {
  readonly semesters: LedgerOverview['semesters'];
  readonly value: string;
  readonly onChange: (semesterId: string) => void;
  readonly disabled?: boolean;
}

/** The semester to work on; the view preselects the one containing today. */
export function SemesterSelect({ semesters, value, onChange, disabled }: Props) {
  return (
    <Field label="学期" hint={semesters.length === 0 ? '「学期」工作表中还没有学期：请先补充。' : undefined}>
      <Select value={value} disabled={disabled || semesters.length === 0} onChange={(_, data) => onChange(data.value)}>
        {semesters.map((semester) => (
          <option key={semester.id} value={semester.id}>
            {semester.name}（{semester.id}）
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** The semester a view starts on: the current one, else the latest that has begun, else the first. */
export function initialSemester(overview: LedgerOverview): string {
  if (overview.currentSemesterId) return overview.currentSemesterId;
  const begun = overview.semesters.filter((semester) => semester.start <= overview.today);
  return (begun[begun.length - 1] ?? overview.semesters[0])?.id ?? '';
}
