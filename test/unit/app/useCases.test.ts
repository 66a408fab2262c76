import { LEDGER_SHEETS } from '../../support/ledgerSheets';
import { addContact } from '../../../src/app/addContact';
import { checkLedger } from '../../../src/app/checkLedger';
import { fixedDayClock } from '../../../src/app/clock';
import { createLedger } from '../../../src/app/createLedger';
import { handOver } from '../../../src/app/handover';
import { overviewOf } from '../../../src/app/ledgerOverview';
import { FORMS_RECORD, type FormsRequest, renderFormSheets } from '../../../src/app/renderFormSheets';
import { remind, REMIND_RECORD } from '../../../src/app/remind';
import type { AppEnv } from '../../../src/app/session';
import { upgradeLedger } from '../../../src/app/upgradeLedger';
import type { Cell } from '../../../src/core/cell';
import { readLedger } from '../../../src/core/ledger/readLedger';
import { type LocalDate, serialToLocalDate } from '../../../src/core/localDate';
import { findSheet, type RawWorkbook } from '../../../src/core/rawWorkbook';
import { REPORT_SHEET } from '../../../src/core/report/coverageReport';
import type { Result } from '../../../src/core/result';
import { HOSTS, type Host, type HostWorkbook, OLDER_LACKS } from './hosts';

/**
 * One set of expectations for the use cases (src/app), run on each host of the port: the tests'
 * double, Office.js over the fake Excel, and the memory workbook over a real .xlsx. Everything is
 * asked and read back through the port, so a host that writes a row to the wrong place, leaves a
 * replaced sheet behind or writes when it should not fails here whichever host it is.
 */
const TODAY = '2027-01-20' as LocalDate;
const S1 = '2026-2027-1';
const env: AppEnv = { clock: fixedDayClock(TODAY), inPane: true };
/** What the sample was designed to show for 2026-2027-1 on TODAY (see test/integration/sampleLedger.test.ts). */
const DESIGNED = {
  figuresInService: 11,
  figuresCovered: 10,
  pairingsDue: 11,
  pairingsMet: 10,
  pairingsPending: 1,
  pairingsMissed: 0,
};
/**
 * A contact for the sample's one pending pairing (P14), with text Excel would otherwise take for a
 * formula or a number.
 */
const GOOD_CONTACT = {
  pairingId: 'P14',
  date: '2027-01-05',
  form: '个别谈心',
  summary: '=谈心，了解教学科研近况。',
  suggestions: '+建议增加经费',
  note: '007',
  filedBy: '郑敏',
};

function value<T, E>(result: Result<T, E>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

/** What the port shows of the workbook: every sheet's name and the ledger's cells. */
async function shown(wb: HostWorkbook): Promise<{ sheetNames: readonly string[]; cells: RawWorkbook }> {
  const { sheetNames, cells } = await wb.port().read();
  // A copy, so a comparison after a write cannot pass by comparing an object with itself.
  return structuredClone({ sheetNames, cells });
}

const times = (names: readonly string[], name: string): number =>
  names.filter((candidate) => candidate === name).length;
const formSheets = (names: readonly string[]): string[] => names.filter((name) => name.startsWith('登记表-'));
const text = (cell: Cell | undefined): string | undefined =>
  cell?.kind === 'text' ? cell.text : cell?.kind === 'number' ? String(cell.value) : undefined;

/** A date cell's date: Excel hands over a serial, the memory workbook a date; text is not a date cell. */
const dateIn = (cell: Cell | undefined, date1904: boolean): string | undefined =>
  cell?.kind === 'date' ? cell.date : cell?.kind === 'number' ? serialToLocalDate(cell.value, date1904) : undefined;

function rowsOf(cells: RawWorkbook, sheet: string) {
  const found = findSheet(cells, sheet);
  if (!found) throw new Error(`no sheet ${sheet}`);
  return found.rows;
}

/** Every sheet `before` holds is in `after`, cell for cell. */
function expectKept(before: RawWorkbook, after: RawWorkbook): void {
  for (const sheet of before.sheets) expect(findSheet(after, sheet.name)).toEqual(sheet);
}

async function render(wb: HostWorkbook, request: Partial<FormsRequest> = {}, signal = new AbortController().signal) {
  const progress: Array<[number, number]> = [];
  const result = await renderFormSheets(
    wb.port(),
    env,
    { semesterId: S1, pairings: 'all', ...request },
    (done, total) => progress.push([done, total]),
    signal,
  );
  return { result, progress };
}

const check = async (wb: HostWorkbook, report = true) =>
  value(await checkLedger(wb.port(), env, { semesterId: S1, report }));

describe.each(HOSTS.map((host) => [host.name, host] as const))('the use cases on %s', (_name, host: Host) => {
  // A read inside Excel is a copy; the memory workbook never changes the rows it handed out (its
  // writes replace them), and the double copies.
  test('a read is a copy: a later write does not change what was read before it', async () => {
    const wb = await host.sample();
    const read = await wb.port().read();
    const copy = structuredClone(read.cells);
    value(await addContact(wb.port(), env, GOOD_CONTACT));
    // The header and the sample's 30 contacts, without the one added after the read.
    expect(findSheet(read.cells, '联系记录')?.rows).toHaveLength(31);
    expect(read.cells).toEqual(copy);
  });

  test('the port sets single cells: text stays text, a date is a date, other cells untouched (no use case sets cells yet)', async () => {
    const wb = await host.sample();
    const before = await shown(wb);
    const header = (rowsOf(before.cells, '联系记录')[0] ?? []).map(text);
    const column = (name: string) => header.indexOf(name) + 1;
    await wb.port().setCells([
      { sheet: '联系记录', row: 2, column: column('备注'), cell: { kind: 'text', text: '001' } },
      {
        sheet: '联系记录',
        row: 2,
        column: column('联系日期'),
        cell: { kind: 'date', date: '2026-03-21' as LocalDate },
      },
    ]);
    const after = await shown(wb);
    expectKept(
      { ...before.cells, sheets: before.cells.sheets.filter((sheet) => sheet.name !== '联系记录') },
      after.cells,
    );
    const rows = rowsOf(after.cells, '联系记录');
    expect(rows[1]?.[column('备注') - 1]).toEqual({ kind: 'text', text: '001' });
    expect(dateIn(rows[1]?.[column('联系日期') - 1], after.cells.date1904)).toBe('2026-03-21');
    expect(rows.filter((_, index) => index !== 1)).toEqual(
      rowsOf(before.cells, '联系记录').filter((_, index) => index !== 1),
    );
    expect(
      value(readLedger(after.cells)).ledger.contacts.find((contact) => contact.contactId === 'C2026-001'),
    ).toMatchObject({ note: '001', date: '2026-03-21' });
  });

  describe('overview', () => {
    test('names the current semester, the units and every pairing', async () => {
      const overview = value(await overviewOf((await host.sample()).port(), env));
      expect(overview.currentSemesterId).toBe(S1);
      expect(overview.today).toBe(TODAY);
      expect(overview.units).toEqual(['英语语言文化学院', '西方语言文化学院', '国际商学院', '艺术学院', '统战部']);
      expect(overview.pairings).toHaveLength(12);
      expect(overview.pairings.filter((pairing) => !pairing.active).map((pairing) => pairing.pairingId)).toEqual([
        'P03',
      ]);
    });

    test('a workbook without ledger sheets is not a ledger; only a pane sends the user to its 台账 view', async () => {
      const blank = await host.blank();
      const inPane = await overviewOf(blank.port(), env);
      expect(!inPane.ok && inPane.error).toMatchObject({
        kind: 'notLedger',
        message: expect.stringContaining('「台账」页'),
      });
      const terminal = await overviewOf(blank.port(), { ...env, inPane: false });
      expect(!terminal.ok && terminal.error.kind).toBe('notLedger');
      expect(!terminal.ok && terminal.error.message).not.toContain('「台账」页');
      expect(!terminal.ok && terminal.error.message).toContain('设置');
    });
  });

  describe('check', () => {
    test('gives the designed figures and writes the 覆盖检查 sheet; a second check replaces it', async () => {
      const wb = await host.sample();
      const before = await shown(wb);
      const result = await check(wb);
      expect(result.semester.id).toBe(S1);
      expect(result.summary).toEqual(DESIGNED);
      expect(result.uncoveredFigures.map((figure) => figure.figureId)).toEqual(['F10']);
      const first = await shown(wb);
      expect(first.sheetNames).toEqual([...before.sheetNames, REPORT_SHEET]);
      expectKept(before.cells, first.cells);

      expect((await check(wb)).summary).toEqual(DESIGNED);
      const second = await shown(wb);
      expect(times(second.sheetNames, REPORT_SHEET)).toBe(1);
      expect(second.sheetNames).toHaveLength(first.sheetNames.length);
    });

    test('without a report writes nothing', async () => {
      const wb = await host.sample();
      const before = await shown(wb);
      expect((await check(wb, false)).summary).toEqual(DESIGNED);
      expect(await shown(wb)).toEqual(before);
    });

    test('an unknown semester is refused, and nothing is written', async () => {
      const wb = await host.sample();
      const before = await shown(wb);
      expect(await checkLedger(wb.port(), env, { semesterId: '2030-2031-1' })).toMatchObject({
        ok: false,
        error: { kind: 'noSuchSemester' },
      });
      expect(await shown(wb)).toEqual(before);
    });
  });

  describe('登记表', () => {
    test('renders one form per pairing with progress up to 12 of 12, and records their names', async () => {
      const wb = await host.sample();
      const before = await shown(wb);
      const { result, progress } = await render(wb);
      const outcome = value(result);
      expect(outcome).toMatchObject({ semesterId: S1, semesterName: '2026-2027学年第一学期' });
      expect(outcome.sheetNames).toHaveLength(12);
      expect(outcome.sheetNames[0]).toBe('登记表-王建国-林安');
      expect(progress[progress.length - 1]).toEqual([12, 12]);
      expect(progress.every(([done, total], index) => total === 12 && done >= (progress[index - 1]?.[0] ?? 0))).toBe(
        true,
      );
      const read = await wb.port().read({ records: [FORMS_RECORD] });
      expect(read.sheetNames).toEqual([...before.sheetNames, ...outcome.sheetNames]);
      expect(read.records[FORMS_RECORD]).toEqual(outcome.sheetNames);
      expectKept(before.cells, read.cells);
    });

    test('a second render replaces the first: as many sheets as before, each once', async () => {
      const wb = await host.sample();
      const first = value((await render(wb)).result);
      const afterFirst = (await shown(wb)).sheetNames;
      const second = value((await render(wb)).result);
      const afterSecond = await wb.port().read({ records: [FORMS_RECORD] });
      expect(second.sheetNames).toEqual(first.sheetNames);
      expect(afterSecond.sheetNames).toHaveLength(afterFirst.length);
      expect([...afterSecond.sheetNames].sort()).toEqual([...afterFirst].sort());
      expect(afterSecond.records[FORMS_RECORD]).toEqual(second.sheetNames);
    });

    test('a render for one unit replaces all the forms rendered before with that unit’s', async () => {
      const wb = await host.sample();
      value((await render(wb)).result);
      const unit = value((await render(wb, { unit: '艺术学院' })).result);
      expect(unit.sheetNames).toEqual(['登记表-何静-梁静']);
      const read = await wb.port().read({ records: [FORMS_RECORD] });
      expect(formSheets(read.sheetNames)).toEqual(['登记表-何静-梁静']);
      expect(read.records[FORMS_RECORD]).toEqual(['登记表-何静-梁静']);
      expect(value((await render(wb, { unit: '国际商学院' })).result).sheetNames).toHaveLength(4);
    });

    test('an already aborted signal cancels before anything is written', async () => {
      const wb = await host.sample();
      const before = await shown(wb);
      const aborted = new AbortController();
      aborted.abort();
      const { result } = await render(wb, {}, aborted.signal);
      expect(!result.ok && result.error).toMatchObject({
        kind: 'cancelled',
        message: '已取消：没有生成登记表，工作簿没有改动。',
      });
      expect(await shown(wb)).toEqual(before);
      expect((await wb.port().read({ records: [FORMS_RECORD] })).records[FORMS_RECORD]).toBeUndefined();
    });

    test('cancelled at its first progress report, a render writes nothing; a re-render cancelled so keeps the earlier forms', async () => {
      const wb = await host.sample();
      const before = await shown(wb);
      const first = new AbortController();
      const cancelled = await renderFormSheets(
        wb.port(),
        env,
        { semesterId: S1, pairings: 'all' },
        () => first.abort(),
        first.signal,
      );
      expect(!cancelled.ok && cancelled.error).toMatchObject({
        kind: 'cancelled',
        message: '已取消：没有生成登记表，工作簿没有改动。',
      });
      expect(await shown(wb)).toEqual(before);

      const rendered = value((await render(wb)).result);
      const afterRender = await shown(wb);
      const again = new AbortController();
      const recancelled = await renderFormSheets(
        wb.port(),
        env,
        { semesterId: S1, pairings: 'all', unit: '艺术学院' },
        () => again.abort(),
        again.signal,
      );
      expect(!recancelled.ok && recancelled.error).toMatchObject({
        kind: 'cancelled',
        message: '已取消：没有生成登记表，工作簿没有改动。',
      });
      expect(await shown(wb)).toEqual(afterRender);
      expect((await wb.port().read({ records: [FORMS_RECORD] })).records[FORMS_RECORD]).toEqual(rendered.sheetNames);
    });

    test('an unknown semester is refused, and nothing is written', async () => {
      const wb = await host.sample();
      const before = await shown(wb);
      const { result } = await render(wb, { semesterId: '2030-2031-1' });
      expect(!result.ok && result.error).toMatchObject({
        kind: 'noSuchSemester',
        message: expect.stringContaining('2030-2031-1'),
      });
      expect(await shown(wb)).toEqual(before);
    });
  });

  describe('填报', () => {
    test('a good contact lands on the row below the table, under its headers; the next check counts it', async () => {
      const wb = await host.sample();
      const before = await shown(wb);
      expect(value(await addContact(wb.port(), env, GOOD_CONTACT))).toEqual({ row: 32, contactId: 'C2027-002' });
      const after = await shown(wb);
      expect(after.sheetNames).toEqual(before.sheetNames);
      expectKept(
        { ...before.cells, sheets: before.cells.sheets.filter((sheet) => sheet.name !== '联系记录') },
        after.cells,
      );
      const contactsBefore = rowsOf(before.cells, '联系记录');
      const contactsAfter = rowsOf(after.cells, '联系记录');
      expect(contactsAfter.slice(0, 31)).toEqual(contactsBefore.slice(0, 31));
      expect(contactsAfter.slice(32).filter((cells) => cells?.some((cell) => cell !== undefined))).toEqual([]);
      // Each value under the header that names it, the dates as dates (not text the core happens to parse).
      const header = (contactsAfter[0] ?? []).map(text);
      const at = (name: string) => contactsAfter[31]?.[header.indexOf(name)];
      expect([at('记录编号'), at('结对编号'), at('备注')]).toEqual([
        { kind: 'text', text: 'C2027-002' },
        { kind: 'text', text: 'P14' },
        { kind: 'text', text: '007' },
      ]);
      expect([dateIn(at('联系日期'), after.cells.date1904), dateIn(at('填报日期'), after.cells.date1904)]).toEqual([
        '2027-01-05',
        TODAY,
      ]);
      const contact = value(readLedger(after.cells)).ledger.contacts.find((candidate) => candidate.row === 32);
      expect(contact).toMatchObject({ ...GOOD_CONTACT, contactId: 'C2027-002', filedOn: TODAY });
      expect(contact?.pairing.leader.name).toBe('郑丽君');
      const checked = await check(wb, false);
      expect(checked.summary).toEqual({
        ...DESIGNED,
        pairingsMet: DESIGNED.pairingsMet + 1,
        pairingsPending: DESIGNED.pairingsPending - 1,
      });
      expect(checked.pairings.find((pairing) => pairing.pairingId === 'P14')?.status).toBe('met');
    });

    test('a group contact (one 座谈会, two pairings of one leader) is one row the next check counts for each', async () => {
      const wb = await host.sample();
      const counts = (checked: Awaited<ReturnType<typeof check>>) =>
        checked.pairings.filter((p) => ['P15', 'P16'].includes(p.pairingId)).map((p) => p.contacts);
      const before = counts(await check(wb, false));
      const draft = {
        pairingId: ['P15', 'P16'],
        date: '2027-01-08',
        form: '座谈研讨',
        summary: '学院党外人士座谈会。',
      };
      expect(value(await addContact(wb.port(), env, draft))).toEqual({ row: 32, contactId: 'C2027-002' });
      const after = await shown(wb);
      const contactsAfter = rowsOf(after.cells, '联系记录');
      const header = (contactsAfter[0] ?? []).map(text);
      const at = (name: string) => text(contactsAfter[31]?.[header.indexOf(name)]);
      expect([at('结对编号'), at('干部姓名'), at('人士姓名')]).toEqual(['P15、P16', '冯涛', '高原、曹阳']);
      const read = value(readLedger(after.cells));
      expect(read.ledger.contacts.filter((c) => c.row === 32).map((c) => c.pairing.id)).toEqual(['P15', 'P16']);
      expect(read.problems.filter((problem) => problem.sheet === '联系记录' && problem.row === 32)).toEqual([]);
      expect(counts(await check(wb, false))).toEqual(before.map((count) => count + 1));
    });

    test('a second contact goes below the first', async () => {
      const wb = await host.sample();
      const draft = { pairingId: 'P14', date: '2027-01-06', form: '线上交流', summary: '电话了解近况。' };
      expect(value(await addContact(wb.port(), env, draft))).toEqual({ row: 32, contactId: 'C2027-002' });
      expect(value(await addContact(wb.port(), env, { ...draft, date: '2027-01-07' }))).toEqual({
        row: 33,
        contactId: 'C2027-003',
      });
      const contacts = value(readLedger((await shown(wb)).cells)).ledger.contacts.filter(
        (contact) => contact.row >= 32,
      );
      expect(contacts.map((contact) => [contact.row, contact.contactId, contact.date])).toEqual([
        [32, 'C2027-002', '2027-01-06'],
        [33, 'C2027-003', '2027-01-07'],
      ]);
    });

    test('a bad contact gives its problems, each naming its column, and writes nothing', async () => {
      const wb = await host.sample();
      const before = await shown(wb);
      const refused = await addContact(wb.port(), env, {
        pairingId: 'P12',
        date: '2027-01-05',
        form: '喝茶',
        summary: '',
      });
      expect(refused.ok).toBe(false);
      expect(!refused.ok && Array.isArray(refused.error) && refused.error.map((problem) => problem.column)).toEqual([
        '联系形式',
        '联系沟通情况',
      ]);
      expect(await shown(wb)).toEqual(before);
    });
  });

  describe('新建台账', () => {
    test('is refused on a ledger, which is left as it was', async () => {
      const wb = await host.sample();
      const before = await shown(wb);
      const refused = await createLedger(wb.port(), env, { sample: false });
      expect(!refused.ok && refused.error).toMatchObject({
        kind: 'alreadyLedger',
        message: expect.stringContaining('设置'),
      });
      expect(await shown(wb)).toEqual(before);
    });

    test('fills a blank workbook, whose Sheet1 goes; it then reads as a ledger with this year’s semesters', async () => {
      const wb = await host.blank();
      expect(await createLedger(wb.port(), env, { sample: false })).toEqual({ ok: true, value: undefined });
      expect((await shown(wb)).sheetNames).toEqual(['说明', ...LEDGER_SHEETS]);
      const overview = value(await overviewOf(wb.port(), env));
      expect(overview.currentSemesterId).toBe(S1);
      expect(overview.pairings).toEqual([]);
      expect(await createLedger(wb.port(), env, { sample: true })).toMatchObject({
        ok: false,
        error: { kind: 'alreadyLedger' },
      });
    });

    test('with the sample, the new ledger checks as the sample was designed', async () => {
      const wb = await host.blank();
      value(await createLedger(wb.port(), env, { sample: true }));
      expect((await check(wb, false)).summary).toEqual(DESIGNED);
    });
  });

  describe('升级台账', () => {
    test('adds the missing sheet, column and setting, touching no cell it had; a second upgrade adds nothing', async () => {
      const wb = await host.older();
      expect(await overviewOf(wb.port(), env)).toMatchObject({ ok: false, error: { kind: 'notLedger' } });
      const before = await shown(wb);
      expect(value(await upgradeLedger(wb.port(), env))).toEqual({
        addedSheets: [OLDER_LACKS.sheet],
        addedColumns: [OLDER_LACKS.column],
        addedSettings: [OLDER_LACKS.setting],
        raisedVersion: false,
      });

      const after = await shown(wb);
      expect(after.sheetNames).toEqual([...before.sheetNames, OLDER_LACKS.sheet]);
      for (const sheet of before.cells.sheets) {
        const now = rowsOf(after.cells, sheet.name);
        sheet.rows.forEach((cells, row) =>
          cells?.forEach(
            (cell, column) =>
              cell !== undefined &&
              expect(`${sheet.name}!${row + 1},${column + 1} ${JSON.stringify(now[row]?.[column])}`).toBe(
                `${sheet.name}!${row + 1},${column + 1} ${JSON.stringify(cell)}`,
              ),
          ),
        );
      }
      const units = rowsOf(after.cells, OLDER_LACKS.column.sheet);
      expect(text(units[0]?.[4])).toBe(OLDER_LACKS.column.header);
      const settings = rowsOf(after.cells, '设置');
      const added = settings.filter((cells) => text(cells?.[0]) === OLDER_LACKS.setting);
      expect(added.map((cells) => text(cells?.[1]))).toEqual(['30']);
      expect(settings.findIndex((cells) => text(cells?.[0]) === OLDER_LACKS.setting)).toBe(
        rowsOf(before.cells, '设置').length,
      );

      expect(value(await overviewOf(wb.port(), env)).currentSemesterId).toBe(S1);
      expect((await check(wb, false)).summary).toEqual(DESIGNED);
      const upgraded = await shown(wb);
      expect(value(await upgradeLedger(wb.port(), env))).toEqual({
        addedSheets: [],
        addedColumns: [],
        addedSettings: [],
        raisedVersion: false,
      });
      expect(await shown(wb)).toEqual(upgraded);
    });
  });

  describe('催办单', () => {
    // These hosts' sample has no 重大节日 (made without a lunar calendar): no festival visits to chase, so
    // 国际商学院 and 艺术学院 (every pairing met, no item open) get none.
    const UNIT_SHEETS = ['英语语言文化学院', '西方语言文化学院', '统战部'].map((unit) => `催办单-${unit}`);

    test('writes one sheet per unit with something to chase after the ledger, records them, touches no cell', async () => {
      const wb = await host.sample();
      const before = await shown(wb);
      const outcome = value(await remind(wb.port(), env, { semesterId: S1 }));
      expect(outcome).toMatchObject({ semesterId: S1, today: TODAY, unplacedItems: [] });
      expect(outcome.sheets.map((sheet) => sheet.sheetName)).toEqual(UNIT_SHEETS);
      // 英语语言文化学院: Y2026-04 overdue (raised through P11's C2026-014); 西方语言文化学院: P14 pending;
      // 统战部: Y2026-03 overdue (P02's C2026-012), Y2026-05 due soon (the 座谈会 C2026-029).
      expect(outcome.sheets.map((sheet) => sheet.counts)).toEqual([
        { pairings: 0, festivalVisits: 0, items: 1 },
        { pairings: 1, festivalVisits: 0, items: 0 },
        { pairings: 0, festivalVisits: 0, items: 2 },
      ]);
      const read = await wb.port().read({ records: [REMIND_RECORD] });
      expect(read.sheetNames).toEqual([...before.sheetNames, ...UNIT_SHEETS]);
      expect(read.records[REMIND_RECORD]).toEqual(UNIT_SHEETS);
      expectKept(before.cells, read.cells);
    });

    test('a second run replaces the first; a run for one unit replaces them all with that unit’s', async () => {
      const wb = await host.sample();
      value(await remind(wb.port(), env, {}));
      value(await remind(wb.port(), env, {}));
      const twice = await wb.port().read();
      expect(UNIT_SHEETS.map((name) => times(twice.sheetNames, name))).toEqual([1, 1, 1]);
      value(await remind(wb.port(), env, { units: ['西方语言文化学院'] }));
      const read = await wb.port().read({ records: [REMIND_RECORD] });
      expect(read.sheetNames.filter((name) => name.startsWith('催办单'))).toEqual(['催办单-西方语言文化学院']);
      expect(read.records[REMIND_RECORD]).toEqual(['催办单-西方语言文化学院']);
    });

    test('an unknown unit is refused, and nothing is written', async () => {
      const wb = await host.sample();
      const before = await shown(wb);
      expect(await remind(wb.port(), env, { units: ['外星学院'] })).toMatchObject({
        ok: false,
        error: { kind: 'splitUnknownUnit' },
      });
      expect(await shown(wb)).toEqual(before);
    });
  });

  describe('交接', () => {
    test('许强 leaves, 冯涛 takes over: P17 ends, P19 continues it, the 交接单 is added; check has no R4 warning for it', async () => {
      const wb = await host.sample();
      const before = await shown(wb);
      const outcome = value(
        await handOver(wb.port(), env, {
          kind: 'leader',
          leader: 'L16',
          on: '2026-09-30' as LocalDate,
          successor: '冯涛',
        }),
      );
      expect(outcome).toMatchObject({
        written: true,
        sheetName: '交接单-许强',
        pairings: [
          { pairingId: 'P17', figure: '罗敏', successor: { name: '冯涛', pairingId: 'P19', start: '2026-10-01' } },
        ],
      });
      const after = await shown(wb);
      expect(after.sheetNames).toEqual([...before.sheetNames, '交接单-许强']);
      // Only 结对关系 changed: its row 12 ended, a row 14 added.
      expectKept(
        { ...before.cells, sheets: before.cells.sheets.filter((sheet) => sheet.name !== '结对关系') },
        after.cells,
      );
      const pairings = rowsOf(after.cells, '结对关系');
      expect(dateIn(pairings[11]?.[8], after.cells.date1904)).toBe('2026-09-30');
      expect(text(pairings[11]?.[9])).toBe('干部离任');
      expect(pairings.slice(0, 11)).toEqual(rowsOf(before.cells, '结对关系').slice(0, 11));
      expect(text(pairings[13]?.[0])).toBe('P19');
      expect(dateIn(pairings[13]?.[7], after.cells.date1904)).toBe('2026-10-01');
      const result = await check(wb, false);
      expect(result.problems.filter((problem) => problem.code === 'PAIRING_NEEDS_HANDOVER').map((p) => p.row)).toEqual([
        9,
      ]);
      // 许强's 中秋 visit (C2026-024, 2026-09-24), his last before leaving, is P19's last contact.
      expect(result.pairings.find((pairing) => pairing.pairingId === 'P19')).toMatchObject({
        leader: '冯涛',
        figure: '罗敏',
        lastContact: '2026-09-24',
      });
    });

    test('a refused handover writes nothing', async () => {
      const wb = await host.sample();
      const before = await shown(wb);
      expect(
        await handOver(wb.port(), env, {
          kind: 'leader',
          leader: '许强',
          on: '2026-09-30' as LocalDate,
          successor: '王建国',
        }),
      ).toMatchObject({ ok: false, error: { kind: 'handoverLevelMismatch' } });
      expect(await shown(wb)).toEqual(before);
    });
  });
});
