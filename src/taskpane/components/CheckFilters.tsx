/**
 * Narrowing the 检查 tab to one's own unit and to words: a college secretary picks their unit once
 * (remembered for the next time the pane opens) and the lists show that unit's pairings and
 * figures; the search finds a name, a 结对编号 or a word in any list.
 */
import { Field, SearchBox, Select } from '@fluentui/react-components';
import type { FindingFilter } from '../../core/report/findingLines';
import { useLayoutStyles } from './layout';

interface Props {
  readonly units: readonly string[];
  readonly filter: FindingFilter;
  readonly onChange: (filter: FindingFilter) => void;
}

/** The unit filter and the search box, side by side where the pane is wide enough. */
export function CheckFilters({ units, filter, onChange }: Props) {
  const layout = useLayoutStyles();
  return (
    <div className={layout.fields}>
      <Field
        label="单位"
        hint={
          filter.unit === ''
            ? undefined
            : '结对、节日走访和未结对人士只列本单位的；校级干部、意见办理和数据问题不分单位，仍列全部。'
        }
      >
        <Select value={filter.unit} onChange={(_, data) => onChange({ ...filter, unit: data.value })}>
          <option value="">全部单位</option>
          {units.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="在结果中查找">
        <SearchBox
          value={filter.query}
          placeholder="姓名、单位、编号或问题中的字词"
          onChange={(_, data) => onChange({ ...filter, query: data.value })}
        />
      </Field>
    </div>
  );
}
