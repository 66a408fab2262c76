/** The pane's 登记表 tab: the semester, unit and pairings to render forms for, and the rendering's progress. */
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Radio,
  RadioGroup,
  Select,
} from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { FormsOutcome, LedgerHost, LedgerOverview } from '../../app/ledgerHost';
import { DownloadButton } from './DownloadButton';
import { FormSheetList } from './FormSheetList';
import { HostErrorBar } from './HostErrorBar';
import { useLayoutStyles } from './layout';
import { initialSemester, SemesterSelect } from './SemesterSelect';
import { useHostTask } from './useHostTask';

interface Props {
  readonly host: LedgerHost;
  readonly overview: LedgerOverview;
}

type Scope = 'all' | 'selection';
const ALL_UNITS = '';

/** 登记表: renders one form per pairing for a semester, with progress and a cancel button. */
export function FormsView({ host, overview }: Props) {
  const layout = useLayoutStyles();
  const [semesterId, setSemesterId] = useState(() => initialSemester(overview));
  const [unit, setUnit] = useState(ALL_UNITS);
  const [scope, setScope] = useState<Scope>('all');
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [outcome, setOutcome] = useState<FormsOutcome>();
  const abort = useRef<AbortController>(undefined);
  const task = useHostTask();
  const inExcel = host.kind === 'excel';

  const render = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setOutcome(undefined);
    setProgress(undefined);
    const request = { semesterId, pairings: scope, ...(unit === ALL_UNITS ? {} : { unit }) };
    const rendered = await task.run(() =>
      host.renderForms(request, (done, total) => setProgress({ done, total }), controller.signal),
    );
    abort.current = undefined;
    if (rendered?.ok) setOutcome(rendered.value);
  };

  return (
    <div className={layout.stack}>
      <SemesterSelect semesters={overview.semesters} value={semesterId} onChange={setSemesterId} disabled={task.busy} />
      <Field label="单位">
        <Select value={unit} disabled={task.busy} onChange={(_, data) => setUnit(data.value)}>
          <option value={ALL_UNITS}>全部单位</option>
          {overview.units.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label="结对范围"
        hint={
          inExcel ? '选中「结对关系」或「联系记录」中的行后，可只生成这些行的结对。' : '“所选行”仅在 Excel 中可用。'
        }
      >
        <RadioGroup
          value={scope}
          disabled={task.busy}
          onChange={(_, data) => setScope(data.value === 'selection' ? 'selection' : 'all')}
        >
          <Radio value="all" label="全部结对" />
          <Radio value="selection" label="所选行中的结对" disabled={!inExcel} />
        </RadioGroup>
      </Field>
      <div className={layout.row}>
        <Button appearance="primary" onClick={render} disabled={task.busy || semesterId === ''}>
          生成登记表
        </Button>
        {task.busy && <Button onClick={() => abort.current?.abort()}>取消</Button>}
      </div>
      {task.busy && (
        <Field
          label="正在生成登记表"
          validationState="none"
          validationMessage={progress ? `已完成 ${progress.done} / ${progress.total}` : '正在读取台账…'}
        >
          <ProgressBar value={progress && progress.total > 0 ? progress.done / progress.total : undefined} />
        </Field>
      )}
      <HostErrorBar error={task.error} />
      {outcome && (
        <>
          {outcome.notice && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{outcome.notice.message}</MessageBarBody>
            </MessageBar>
          )}
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              已生成 {outcome.sheetNames.length} 份登记表{inExcel ? '，再次生成会替换这些工作表。' : '。'}
            </MessageBarBody>
          </MessageBar>
          {!inExcel && <DownloadButton host={host} what="forms" label="下载登记表（.xlsx）" />}
          <FormSheetList host={host} sheetNames={outcome.sheetNames} />
        </>
      )}
    </div>
  );
}
