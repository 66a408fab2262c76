/**
 * The pane's 登记表 tab: the semester, unit and pairings to render forms for, the 填表时间 they
 * carry, and the rendering's progress. 所选行中的结对 is offered only inside Excel, where there are
 * rows to select; anywhere, single pairings can be picked by name as `lianyi forms --pairing` does.
 */
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Radio,
  RadioGroup,
  Select,
} from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { FormsOutcome, FormsRequest, LedgerHost, LedgerOverview } from '../../app/ledgerHost';
import { sameUnit } from '../../core/report/summaryFigures';
import { usePreference } from '../preferences';
import { useAnnounce } from './Announcer';
import { DownloadButton } from './DownloadButton';
import { FormSheetList } from './FormSheetList';
import { HostErrorBar } from './HostErrorBar';
import { useLayoutStyles } from './layout';
import { PairingsPicker } from './PairingsPicker';
import { initialSemester, SemesterSelect } from './SemesterSelect';
import { useHostTask } from './useHostTask';

interface Props {
  readonly host: LedgerHost;
  readonly overview: LedgerOverview;
}

type Scope = 'all' | 'selection' | 'chosen';
const ALL_UNITS = '';

/** 登记表: renders one form per pairing for a semester, with progress and a cancel button. */
export function FormsView({ host, overview }: Props) {
  const layout = useLayoutStyles();
  const announce = useAnnounce();
  const [semesterId, setSemesterId] = useState(() => initialSemester(overview));
  const [rememberedUnit, setUnit] = usePreference('unit');
  const unit = overview.units.find((name) => sameUnit(name, rememberedUnit)) ?? ALL_UNITS;
  const [scope, setScope] = useState<Scope>('all');
  const [chosen, setChosen] = useState<string[]>([]);
  const [noneChosen, setNoneChosen] = useState(false);
  const [filledOn, setFilledOn] = useState<string>(overview.today);
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [outcome, setOutcome] = useState<FormsOutcome>();
  const abort = useRef<AbortController>(undefined);
  const task = useHostTask();
  const inExcel = host.kind === 'excel';

  const render = async () => {
    setNoneChosen(scope === 'chosen' && chosen.length === 0);
    if (scope === 'chosen' && chosen.length === 0) return;
    const controller = new AbortController();
    abort.current = controller;
    setOutcome(undefined);
    setProgress(undefined);
    const request: FormsRequest = {
      semesterId,
      pairings: scope === 'chosen' ? chosen : scope,
      // Picked by name, a pairing is wanted whatever its unit.
      ...(unit === ALL_UNITS || scope === 'chosen' ? {} : { unit }),
      ...(filledOn !== '' && filledOn !== overview.today ? { filledOn } : {}),
    };
    const rendered = await task.run(() =>
      host.renderForms(request, (done, total) => setProgress({ done, total }), controller.signal),
    );
    abort.current = undefined;
    if (rendered?.ok) {
      setOutcome(rendered.value);
      announce(`已生成 ${rendered.value.sheetNames.length} 份登记表。`);
    }
  };

  return (
    <div className={layout.stack}>
      <SemesterSelect semesters={overview.semesters} value={semesterId} onChange={setSemesterId} disabled={task.busy} />
      <Field label="结对范围" hint={inExcel ? '“所选行”：先在「结对关系」或「联系记录」中选中行。' : undefined}>
        <RadioGroup
          value={scope}
          disabled={task.busy}
          onChange={(_, data) => setScope(data.value === 'selection' || data.value === 'chosen' ? data.value : 'all')}
        >
          <Radio value="all" label="全部结对" />
          {/* The preview has no worksheet rows to select: the option would never work there. */}
          {inExcel && <Radio value="selection" label="所选行中的结对" />}
          <Radio value="chosen" label="指定结对" />
        </RadioGroup>
      </Field>
      {scope === 'chosen' ? (
        <PairingsPicker
          pairings={overview.pairings}
          value={chosen}
          onChange={(ids) => {
            setChosen(ids);
            setNoneChosen(false);
          }}
          disabled={task.busy}
          validationMessage={noneChosen ? '请至少选择一个结对。' : undefined}
        />
      ) : (
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
      )}
      <Field label="填表时间" hint="登记表上的日期；联系记录计到这一天。">
        <Input type="date" value={filledOn} disabled={task.busy} onChange={(_, data) => setFilledOn(data.value)} />
      </Field>
      <div className={layout.row}>
        <Button appearance="primary" onClick={render} disabledFocusable={task.busy || semesterId === ''}>
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
