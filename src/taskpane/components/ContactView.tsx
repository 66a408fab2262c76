/**
 * The pane's 填报 tab: a form for one contact. One submit checks every field at once with the
 * ledger's rules (core/entry) and shows each problem beside its field in the form's words, moving
 * the focus to the first; a contact written gives its 记录编号, and 填报人 stays for the next one.
 */
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Textarea,
} from '@fluentui/react-components';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { type ContactField, type ContactFieldProblems, contactFieldProblems } from '../../core/entry/contactFields';
import { CONTACT_FORMS } from '../../core/schema/valueLists';
import type { ContactAdded, ContactDraft, LedgerHost, LedgerOverview } from '../../app/ledgerHost';
import { usePreference } from '../preferences';
import { useAnnounce } from './Announcer';
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

type TextField = 'summary' | 'suggestions' | 'difficulties' | 'note';
const TEXT_FIELDS: ReadonlyArray<{ name: TextField; label: string; required?: boolean }> = [
  { name: 'summary', label: '联系沟通情况', required: true },
  { name: 'suggestions', label: '意见建议' },
  { name: 'difficulties', label: '困难诉求' },
  { name: 'note', label: '备注' },
];

/** The form's fields: the pairing chosen in the picker; those ticked with it are kept beside. */
type Fields = ContactDraft & { readonly pairingId: string };

const NO_PROBLEMS: ContactFieldProblems = { byField: {}, other: [], first: undefined };

const emptyDraft = (date: string, form = '', filedBy = ''): Fields => ({
  pairingId: '',
  date,
  form,
  summary: '',
  ...(filedBy !== '' ? { filedBy } : {}),
});

/** What the success message says, after the 记录编号 in its title. */
const addedText = (added: ContactAdded, preview: boolean): string =>
  preview
    ? `已加入「联系记录」第 ${added.row} 行（尚未保存：请点“下载更新后的台账”）。`
    : `已写入「联系记录」第 ${added.row} 行。`;

/**
 * 填报: one contact, checked by the host with the ledger's own rules before it is appended to 联系记录.
 * A 座谈会 or 活动 that served several pairings of one leader is one contact of them all (集体活动).
 */
export function ContactView({ host, overview, onAdded }: Props) {
  const layout = useLayoutStyles();
  const announce = useAnnounce();
  const [filedBy, rememberFiledBy] = usePreference('filedBy');
  const [draft, setDraft] = useState<Fields>(() => emptyDraft(overview.today, '', filedBy));
  const [together, setTogether] = useState<readonly string[]>([]);
  const [problems, setProblems] = useState<ContactFieldProblems>(NO_PROBLEMS);
  const [added, setAdded] = useState<ContactAdded>();
  // Bumped by each answer of the host, so the focus moves again after a second submit alike.
  const [answered, setAnswered] = useState(0);
  const task = useHostTask();
  const controls = useRef<Partial<Record<ContactField, HTMLElement | null>>>({});
  const set = (name: ContactField, value: string) => setDraft((current) => ({ ...current, [name]: value }));
  const bind = (name: ContactField) => (element: HTMLElement | null) => {
    controls.current[name] = element;
  };

  // After a refusal the focus goes to the first field to correct; after a contact written, to the
  // pairing picker for the next one.
  useEffect(() => {
    if (answered === 0) return;
    const target = problems.first ?? (added ? 'pairingId' : undefined);
    if (target) controls.current[target]?.focus();
    // Only a new answer moves the focus; problems and added change in the same render as it.
  }, [answered]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAdded(undefined);
    const sent: ContactDraft = together.length > 0 ? { ...draft, pairingId: [draft.pairingId, ...together] } : draft;
    const result = await task.run(() => host.addContact(sent));
    if (!result) return;
    if (result.ok) {
      setProblems(NO_PROBLEMS);
      setAdded(result.value);
      rememberFiledBy(draft.filedBy ?? '');
      setDraft(emptyDraft(draft.date, draft.form, draft.filedBy));
      setTogether([]);
      announce(`已提交，记录编号 ${result.value.contactId}。${addedText(result.value, host.kind === 'preview')}`);
      onAdded();
    } else if (Array.isArray(result.error)) {
      const found = contactFieldProblems(result.error);
      setProblems(found);
      const count = Object.keys(found.byField).length + found.other.length;
      announce(`没有提交：有 ${count} 处需要改正。`);
    } else setProblems(NO_PROBLEMS);
    setAnswered((count) => count + 1);
  };
  const { byField } = problems;

  return (
    <form className={layout.stack} onSubmit={submit} noValidate aria-label="填报联系记录">
      <PairingCombobox
        key={added?.row ?? 0}
        pairings={overview.pairings}
        value={draft.pairingId}
        inputRef={bind('pairingId')}
        onChange={(id) => {
          set('pairingId', id);
          setTogether([]);
        }}
        validationMessage={byField.pairingId}
      />
      <GroupPairings pairings={overview.pairings} chosen={draft.pairingId} value={together} onChange={setTogether} />
      <Field label="联系日期" required validationMessage={byField.date}>
        <Input
          ref={bind('date')}
          type="date"
          value={draft.date}
          max={overview.today}
          onChange={(_, data) => set('date', data.value)}
        />
      </Field>
      <Field label="联系形式" required validationMessage={byField.form}>
        <Select ref={bind('form')} value={draft.form} onChange={(_, data) => set('form', data.value)}>
          <option value="">请选择</option>
          {CONTACT_FORMS.map((form) => (
            <option key={form} value={form}>
              {form}
            </option>
          ))}
        </Select>
      </Field>
      {TEXT_FIELDS.map(({ name, label, required }) => (
        <Field key={name} label={label} required={required} validationMessage={byField[name]}>
          <Textarea
            ref={bind(name)}
            value={draft[name] ?? ''}
            resize="vertical"
            onChange={(_, data) => set(name, data.value)}
          />
        </Field>
      ))}
      <Field label="填报人" hint="提交后保留，下一条不必重填。" validationMessage={byField.filedBy}>
        <Input ref={bind('filedBy')} value={draft.filedBy ?? ''} onChange={(_, data) => set('filedBy', data.value)} />
      </Field>
      {problems.other.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{problems.other.join(' ')}</MessageBarBody>
        </MessageBar>
      )}
      <HostErrorBar error={task.error} />
      {added !== undefined && (
        <MessageBar intent="success" layout="multiline" data-testid="contact-added">
          <MessageBarBody>
            <MessageBarTitle>记录编号 {added.contactId}</MessageBarTitle>
            {addedText(added, host.kind === 'preview')}
          </MessageBarBody>
        </MessageBar>
      )}
      {added?.note !== undefined && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{added.note}</MessageBarBody>
        </MessageBar>
      )}
      <div className={layout.row}>
        <Button appearance="primary" type="submit" disabledFocusable={task.busy}>
          提交联系记录
        </Button>
        {task.busy && <Spinner size="tiny" label="正在校验并写入…" />}
      </div>
    </form>
  );
}
