/** The pane's 填报 tab: a form for one contact, each problem shown beside the field it concerns. */
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Textarea,
} from '@fluentui/react-components';
import { type FormEvent, useState } from 'react';
import type { Problem } from '../../core/problems';
import { CONTACT_FORMS } from '../../core/schema/valueLists';
import type { ContactAdded, ContactDraft, LedgerHost, LedgerOverview } from '../../app/ledgerHost';
import { HostErrorBar } from './HostErrorBar';
import { useLayoutStyles } from './layout';
import { GroupPairings } from './GroupPairings';
import { PairingCombobox } from './PairingCombobox';
import { useHostTask } from './useHostTask';

interface Props {
  readonly host: LedgerHost;
  readonly overview: LedgerOverview;
  /** The ledger changed: the pane reloads its lists. */
  readonly onAdded: () => void;
}

type TextField = 'summary' | 'suggestions' | 'difficulties' | 'note' | 'filedBy';
type FieldName = 'pairingId' | 'date' | 'form' | TextField;

/** Which field shows a problem: the problem names its 联系记录 column by header. */
const FIELD_OF_COLUMN: Record<string, FieldName> = {
  结对编号: 'pairingId',
  干部姓名: 'pairingId',
  人士姓名: 'pairingId',
  联系日期: 'date',
  联系形式: 'form',
  联系沟通情况: 'summary',
  意见建议: 'suggestions',
  困难诉求: 'difficulties',
  备注: 'note',
  填报人: 'filedBy',
};
const TEXT_FIELDS: ReadonlyArray<{ name: TextField; label: string; required?: boolean }> = [
  { name: 'summary', label: '联系沟通情况', required: true },
  { name: 'suggestions', label: '意见建议' },
  { name: 'difficulties', label: '困难诉求' },
  { name: 'note', label: '备注' },
];

/** The form's fields: the pairing chosen in the picker; those ticked with it are kept beside. */
type Fields = ContactDraft & { readonly pairingId: string };

const emptyDraft = (today: string, form = ''): Fields => ({ pairingId: '', date: today, form, summary: '' });

/**
 * 填报: one contact, checked by the host with the ledger's own rules before it is appended to 联系记录.
 * A 座谈会 or 活动 that served several pairings of one leader is one contact of them all (集体活动).
 */
export function ContactView({ host, overview, onAdded }: Props) {
  const layout = useLayoutStyles();
  const [draft, setDraft] = useState<Fields>(() => emptyDraft(overview.today));
  const [together, setTogether] = useState<readonly string[]>([]);
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const [added, setAdded] = useState<ContactAdded>();
  const [noPairing, setNoPairing] = useState(false);
  const task = useHostTask();
  const set = (name: FieldName, value: string) => setDraft((current) => ({ ...current, [name]: value }));
  const messageOf = (name: FieldName) =>
    problems
      .filter((problem) => FIELD_OF_COLUMN[problem.column] === name)
      .map((problem) => problem.message)
      .join(' ') || undefined;
  const unplaced = problems.filter((problem) => FIELD_OF_COLUMN[problem.column] === undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAdded(undefined);
    setNoPairing(draft.pairingId === '');
    if (draft.pairingId === '') return;
    const sent: ContactDraft = together.length > 0 ? { ...draft, pairingId: [draft.pairingId, ...together] } : draft;
    const result = await task.run(() => host.addContact(sent));
    if (!result) return;
    if (result.ok) {
      setProblems([]);
      setAdded(result.value);
      setDraft(emptyDraft(draft.date, draft.form));
      setTogether([]);
      onAdded();
    } else if (Array.isArray(result.error)) setProblems(result.error);
    else setProblems([]);
  };

  return (
    <form className={layout.stack} onSubmit={submit} noValidate aria-label="填报联系记录">
      <PairingCombobox
        key={added?.row ?? 0}
        pairings={overview.pairings}
        value={draft.pairingId}
        onChange={(id) => {
          set('pairingId', id);
          setTogether([]);
        }}
        validationMessage={
          noPairing ? '请选择结对：输入姓名、单位或结对编号，再从列表中选择。' : messageOf('pairingId')
        }
      />
      <GroupPairings pairings={overview.pairings} chosen={draft.pairingId} value={together} onChange={setTogether} />
      <Field label="联系日期" required validationMessage={messageOf('date')}>
        <Input type="date" value={draft.date} max={overview.today} onChange={(_, data) => set('date', data.value)} />
      </Field>
      <Field label="联系形式" required validationMessage={messageOf('form')}>
        <Select value={draft.form} onChange={(_, data) => set('form', data.value)}>
          <option value="">请选择</option>
          {CONTACT_FORMS.map((form) => (
            <option key={form} value={form}>
              {form}
            </option>
          ))}
        </Select>
      </Field>
      {TEXT_FIELDS.map(({ name, label, required }) => (
        <Field key={name} label={label} required={required} validationMessage={messageOf(name)}>
          <Textarea value={draft[name] ?? ''} resize="vertical" onChange={(_, data) => set(name, data.value)} />
        </Field>
      ))}
      <Field label="填报人" validationMessage={messageOf('filedBy')}>
        <Input value={draft.filedBy ?? ''} onChange={(_, data) => set('filedBy', data.value)} />
      </Field>
      {unplaced.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{unplaced.map((problem) => problem.message).join(' ')}</MessageBarBody>
        </MessageBar>
      )}
      <HostErrorBar error={task.error} />
      {added !== undefined && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {host.kind === 'preview'
              ? `已加入「联系记录」第 ${added.row} 行（尚未保存：请点“下载更新后的台账”）。`
              : `已写入「联系记录」第 ${added.row} 行。`}
          </MessageBarBody>
        </MessageBar>
      )}
      {added?.note !== undefined && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{added.note}</MessageBarBody>
        </MessageBar>
      )}
      <div className={layout.row}>
        <Button appearance="primary" type="submit" disabled={task.busy}>
          提交联系记录
        </Button>
        {task.busy && <Spinner size="tiny" label="正在校验并写入…" />}
      </div>
    </form>
  );
}
