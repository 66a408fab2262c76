import { LEDGER_SHEETS } from '../../support/ledgerSheets';
import { addContact } from '../../../src/app/addContact';
import { checkLedger } from '../../../src/app/checkLedger';
import { fixedDayClock } from '../../../src/app/clock';
import { createLedger } from '../../../src/app/createLedger';
import { createLedgerHost } from '../../../src/app/ledgerHost';
import { overviewOf } from '../../../src/app/ledgerOverview';
import { FORMS_RECORD, renderFormSheets } from '../../../src/app/renderFormSheets';
import type { AppEnv, WorkbookSession } from '../../../src/app/session';
import { upgradeLedger } from '../../../src/app/upgradeLedger';
import type { LocalDate } from '../../../src/core/localDate';
import type { RawWorkbook } from '../../../src/core/rawWorkbook';
import { REPORT_SHEET } from '../../../src/core/report/coverageReport';
import type { Result } from '../../../src/core/result';
import type { SheetSpec } from '../../../src/core/sheet/sheetSpec';
import { contactsTable, settingsTable } from '../../../src/core/schema/index';
import { loadHostFiles } from '../../../src/workbook/files/loadHostFiles';
import { newSheetName } from '../../../src/workbook/port';
import { type PortDouble, portDouble } from '../../support/portDouble';
import { sampleRaw } from '../../support/rawLedger';
import { doubleHost, type DoubleWorkbook } from './hosts';

/**
 * What the use cases ask of the port, call by call, on the tests' double: which reads, which
 * writes with which arguments, and that a refusal or a check without a report writes nothing.
 */
const TODAY = '2027-01-20' as LocalDate;
const S1 = '2026-2027-1';
const env: AppEnv = { clock: fixedDayClock(TODAY), inPane: true };
const never = () => new AbortController().signal;

function value<T, E>(result: Result<T, E>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

const double = async (open: Promise<DoubleWorkbook>): Promise<PortDouble> => (await open).double;
const replacements = (port: PortDouble) =>
  port.callsOf('replaceSheets').map(([replacement]) => ({ ...replacement, add: replacement.add.map(newSheetName) }));

/** The sample with a sheet of the user's own named like a form, and nothing recorded. */
const withOwnFormSheet = (): RawWorkbook => {
  const raw = sampleRaw();
  return {
    ...raw,
    sheets: [...raw.sheets, { name: '登记表-我的草稿', rows: [[{ kind: 'text', text: '自己的笔记' }]] }],
  };
};

describe('what the use cases ask of the port (the double’s log)', () => {
  test('the overview only reads, once, asking for nothing else', async () => {
    const port = await double(doubleHost.sample());
    value(await overviewOf(port, env));
    expect(port.calls).toEqual([{ method: 'read', args: [{}] }]);
  });

  test('a check without a report reads once and writes nothing', async () => {
    const port = await double(doubleHost.sample());
    value(await checkLedger(port, env, { semesterId: S1, report: false }));
    expect(port.methods()).toEqual(['read']);
    expect(port.writes()).toEqual([]);
  });

  test('a check adds 覆盖检查, then replaces exactly that sheet; it is shown only when asked', async () => {
    const port = await double(doubleHost.sample());
    value(await checkLedger(port, env, { semesterId: S1 }));
    value(await checkLedger(port, env, { semesterId: S1, activate: true }));
    expect(port.methods()).toEqual(['read', 'replaceSheets', 'read', 'replaceSheets']);
    expect(replacements(port)).toEqual([
      { add: [REPORT_SHEET], remove: [] },
      { add: [REPORT_SHEET], remove: [REPORT_SHEET], activate: REPORT_SHEET },
    ]);
    // No progress or signal: a report is one sheet.
    expect(port.callsOf('replaceSheets').map(([, options]) => options)).toEqual([undefined, undefined]);
  });

  test('a failing check (an unknown semester) writes nothing', async () => {
    const port = await double(doubleHost.sample());
    expect(await checkLedger(port, env, { semesterId: '2030-2031-1' })).toMatchObject({
      ok: false,
      error: { kind: 'noSuchSemester' },
    });
    expect(port.writes()).toEqual([]);
  });

  test('a render asks for its record, removes exactly the forms recorded before and records the new names', async () => {
    const port = portDouble(withOwnFormSheet());
    const first = value(
      await renderFormSheets(port, env, { semesterId: S1, pairings: 'all' }, () => undefined, never()),
    );
    const second = value(
      await renderFormSheets(
        port,
        env,
        { semesterId: S1, unit: '艺术学院', pairings: 'all' },
        () => undefined,
        never(),
      ),
    );
    expect(port.callsOf('read')).toEqual([
      [{ records: [FORMS_RECORD], selection: false }],
      [{ records: [FORMS_RECORD], selection: false }],
    ]);
    expect(replacements(port)).toEqual([
      // Nothing recorded yet: the sheets named 登记表-… are taken for earlier forms.
      { add: first.sheetNames, remove: ['登记表-我的草稿'], activate: first.sheetNames[0], recordAs: FORMS_RECORD },
      // Recorded: exactly the first render's forms go, whatever they are named.
      { add: ['登记表-何静-梁静'], remove: first.sheetNames, activate: '登记表-何静-梁静', recordAs: FORMS_RECORD },
    ]);
    expect(second.sheetNames).toEqual(['登记表-何静-梁静']);
    // The use case's progress and signal reach the port.
    expect(
      port
        .callsOf('replaceSheets')
        .every(([, options]) => typeof options?.progress === 'function' && options.signal !== undefined),
    ).toBe(true);
  });

  test('a form whose name a kept sheet has gets a new one, and the kept sheet is not removed', async () => {
    const port = await double(doubleHost.sample());
    value(await renderFormSheets(port, env, { semesterId: S1, pairings: ['P18'] }, () => undefined, never()));
    // The user then names a sheet of their own as a form would be named.
    const own: SheetSpec = {
      name: '登记表-王建国-林安',
      styles: {},
      cells: [],
      merges: [],
      columns: [],
      rows: [],
      validations: [],
      highlights: [],
    };
    expect(await port.replaceSheets({ add: [{ kind: 'sheet', spec: own }], remove: [] })).toEqual({ cancelled: false });
    port.clearCalls();
    const rendered = value(
      await renderFormSheets(port, env, { semesterId: S1, pairings: ['P01'] }, () => undefined, never()),
    );
    expect(rendered.sheetNames).toEqual(['登记表-王建国-林安-2']);
    expect(replacements(port)).toEqual([
      {
        add: ['登记表-王建国-林安-2'],
        remove: ['登记表-何静-梁静'],
        activate: '登记表-王建国-林安-2',
        recordAs: FORMS_RECORD,
      },
    ]);
  });

  test('a render of the selected rows reads the selection with the cells; without one it writes nothing', async () => {
    const selected = portDouble(sampleRaw(), { selection: { sheet: '结对关系', rows: [2, 3] } });
    const rendered = value(
      await renderFormSheets(selected, env, { semesterId: S1, pairings: 'selection' }, () => undefined, never()),
    );
    expect(rendered.sheetNames).toEqual(['登记表-王建国-林安', '登记表-陈立新-黄蕾']);
    expect(selected.callsOf('read')).toEqual([[{ records: [FORMS_RECORD], selection: true }]]);

    const none = portDouble(sampleRaw());
    expect(
      await renderFormSheets(none, env, { semesterId: S1, pairings: 'selection' }, () => undefined, never()),
    ).toMatchObject({ ok: false, error: { kind: 'selectionUnavailable' } });
    const units = portDouble(sampleRaw(), { selection: { sheet: '单位', rows: [2, 3] } });
    expect(
      await renderFormSheets(units, env, { semesterId: S1, pairings: 'selection' }, () => undefined, never()),
    ).toMatchObject({ ok: false, error: { kind: 'noPairingsSelected' } });
    expect([...none.writes(), ...units.writes()]).toEqual([]);
  });

  test('a good contact is one append below 联系记录, its values keyed by column; a bad one only reads', async () => {
    const port = await double(doubleHost.sample());
    const refused = await addContact(port, env, { pairingId: 'P12', date: '2027-01-05', form: '喝茶', summary: '' });
    expect(refused.ok).toBe(false);
    expect(port.methods()).toEqual(['read']);
    port.clearCalls();
    expect(
      value(await addContact(port, env, { pairingId: 'P12', date: '2027/1/5', form: '个别谈心', summary: '谈心。' })),
    ).toEqual({ row: 32, contactId: 'C2027-002' }); // below the header and the sample's 30 contacts
    expect(port.methods()).toEqual(['read', 'appendRows']);
    const [[appends]] = port.callsOf('appendRows') as [[Parameters<PortDouble['appendRows']>[0]]];
    expect(appends).toHaveLength(1);
    expect(appends[0]?.def).toBe(contactsTable);
    expect(appends[0]?.rows).toEqual([
      expect.objectContaining({
        contactId: 'C2027-002',
        pairingId: 'P12',
        date: '2027-01-05',
        form: '个别谈心',
        summary: '谈心。',
        filedOn: TODAY,
      }),
    ]);
  });

  test('a create on a ledger reads (asking about a blank sheet) and refuses without writing', async () => {
    const port = await double(doubleHost.sample());
    expect(await createLedger(port, env, { sample: false })).toMatchObject({
      ok: false,
      error: { kind: 'alreadyLedger' },
    });
    expect(port.calls).toEqual([{ method: 'read', args: [{ blank: true }] }]);
  });

  test('a create in a blank workbook writes the guide and the tables in one replacement that removes Sheet1', async () => {
    const port = await double(doubleHost.blank());
    value(await createLedger(port, env, { sample: false }));
    expect(port.methods()).toEqual(['read', 'replaceSheets']);
    expect(replacements(port)).toEqual([
      {
        add: ['说明', ...LEDGER_SHEETS],
        remove: ['Sheet1'],
        activate: '说明',
      },
    ]);
    expect(port.callsOf('replaceSheets')[0]?.[0].add.map((sheet) => sheet.kind)).toEqual([
      'sheet',
      ...Array.from({ length: 10 }, () => 'table'),
    ]);
  });

  test('a create keeps a 说明 sheet the workbook has, and then removes no sheet', async () => {
    const port = portDouble({
      sheets: [{ name: '说明', rows: [[{ kind: 'text', text: '我们的说明' }]] }],
      date1904: false,
    });
    value(await createLedger(port, env, { sample: true }));
    expect(replacements(port)).toEqual([
      {
        add: [...LEDGER_SHEETS],
        remove: [],
        activate: '设置',
      },
    ]);
  });

  test('an upgrade writes the missing sheet, then the column and the setting in one append; a second one only reads', async () => {
    const port = await double(doubleHost.older());
    value(await upgradeLedger(port, env));
    expect(port.methods()).toEqual(['read', 'replaceSheets', 'appendRows']);
    expect(replacements(port)).toEqual([{ add: ['意见办理'], remove: [] }]);
    const [[appends, additions = []]] = port.callsOf('appendRows') as [Parameters<PortDouble['appendRows']>];
    expect(
      additions.map(({ def, headerRow, firstColumn, columns }) => [
        def.sheet,
        headerRow,
        firstColumn,
        columns.map((column) => [column.template.header, column.formatCells]),
      ]),
    ).toEqual([['单位', 1, 5, [['备注', true]]]]);
    expect(appends.map(({ def, rows }) => [def, rows])).toEqual([
      [settingsTable, [expect.objectContaining({ key: '办理期限天数', value: '30' })]],
    ]);
    port.clearCalls();
    value(await upgradeLedger(port, env));
    expect(port.methods()).toEqual(['read']);
  });

  test('through a host: each pane action is one session on the port; a problem’s cell is selected on it', async () => {
    const port = await double(doubleHost.sample());
    let sessions = 0;
    const session: WorkbookSession = async (work) => {
      sessions += 1;
      return work(port);
    };
    const host = createLedgerHost('preview', session, env, loadHostFiles);
    value(await host.overview());
    value(await host.selectCell({ sheet: '联系记录', cell: 'F19' }));
    expect(sessions).toBe(2);
    expect(port.methods()).toEqual(['read', 'selectCell']);
    expect(port.selected).toEqual({ sheet: '联系记录', cell: 'F19' });
  });
});
