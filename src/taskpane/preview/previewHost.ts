import ExcelJS from 'exceljs';
import type { CheckResult } from '../../core/check/checkResult';
import { chooseSemester, runCheck } from '../../core/check/runCheck';
import { prepareContact } from '../../core/entry/contactEntry';
import { ledgerOverview } from '../../core/entry/ledgerOverview';
import { upgradePlan } from '../../core/entry/upgradePlan';
import { renderForms } from '../../core/forms/renderForms';
import { type LedgerRead, readLedger } from '../../core/ledger/readLedger';
import { type LocalDate } from '../../core/localDate';
import { findSheet, type RawWorkbook } from '../../core/rawWorkbook';
import { coverageReport } from '../../core/report/coverageReport';
import { err, ok, type Result } from '../../core/result';
import { sampleLedgerContent } from '../../core/sample/sampleLedger';
import { contactsTable, LEDGER_TABLES, settingsTable } from '../../core/schema/index';
import { emptyLedgerContent, ledgerTemplate } from '../../core/template/ledgerTemplate';
import { readXlsx } from '../../workbook/xlsx/readXlsx';
import { addSheetSpec, sheetSpecsXlsxBytes } from '../../workbook/xlsx/writeSheetSpec';
import type { FormsRequest, HostError, LedgerHost } from '../ledgerHost';
import { appendTableRow, applyUpgrade } from './rawEdits';
import { templateWorkbook } from '../../core/template/templateWorkbook';

/**
 * The browser preview's host: an .xlsx the user opened, read with exceljs into memory. It runs the
 * same core as Excel and the command line; what it produces (the report, the 登记表) is offered as a
 * new workbook to download. It never writes the user's file and never sends anything anywhere.
 */
export interface PreviewOptions {
  /** The opened file's name: the report's links open the ledger beside it. */
  readonly fileName?: string;
  /** The day the check runs on (the browser's date unless a demo or test fixes it). */
  readonly today: LocalDate;
  /** The clock for the report's 检查时间, e.g. '2027-01-20 10:32'. */
  readonly now: () => string;
}

const unexpected = (message: string): HostError => ({ kind: 'unexpected', message });
/** Hands the thread back to the browser so the pane repaints between pieces of long work. */
const yieldToBrowser = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function createPreviewHost(bytes: Uint8Array | undefined, options: PreviewOptions): Promise<Result<LedgerHost, HostError>> {
  let workbook: RawWorkbook = { sheets: [], date1904: false };
  if (bytes) {
    const read = await readXlsx(bytes);
    if (!read.ok) return err(unexpected(read.error.message));
    workbook = read.value;
  }
  const { today } = options;
  let lastCheck: { result: CheckResult; pairingsPerSchoolLeader: number } | undefined;
  let lastForms: { semesterId: string; bytes: Uint8Array } | undefined;

  const ledger = (): Result<LedgerRead, HostError> => {
    const read = readLedger(workbook);
    return read.ok ? read : err({ kind: 'notLedger', message: `${read.error.message}请到「台账」页新建台账，或升级旧台账。` });
  };

  async function renderFormsWorkbook(request: FormsRequest, progress: (done: number, total: number) => void, signal: AbortSignal) {
    const read = ledger();
    if (!read.ok) return read;
    if (request.pairings === 'selection') return err(unexpected('浏览器预览中没有选中的行：请选择“全部结对”，或按单位筛选。'));
    const semester = chooseSemester(read.value.ledger, { semesterId: request.semesterId, today });
    if (!semester.ok) return err(unexpected(semester.error));
    const pairingIds = request.pairings === 'all' ? undefined : request.pairings;
    const specs = renderForms(read.value.ledger, semester.value, today, { unit: request.unit, pairingIds });
    if (!specs.ok) return err(unexpected(specs.error));
    if (specs.value.length === 0) return err(unexpected(`${semester.value.name}没有需要填写登记表的结对（结对须在本学期内有效）。`));
    const book = new ExcelJS.Workbook();
    book.creator = '联谊交友台账';
    for (const [index, spec] of specs.value.entries()) {
      if (signal.aborted) return err<HostError>({ kind: 'cancelled', message: '已取消：没有生成登记表。' });
      addSheetSpec(book, spec);
      progress(index + 1, specs.value.length);
      if (index % 10 === 9) await yieldToBrowser();
    }
    const written = new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
    if (signal.aborted) return err<HostError>({ kind: 'cancelled', message: '已取消：没有生成登记表。' });
    lastForms = { semesterId: semester.value.id, bytes: written };
    return ok({ sheetNames: specs.value.map((spec) => spec.name) });
  }

  const host: LedgerHost = {
    kind: 'preview',
    async overview() {
      const read = ledger();
      return read.ok ? ok(ledgerOverview(read.value.ledger, today)) : read;
    },
    async check(request) {
      const read = ledger();
      if (!read.ok) return read;
      const checked = runCheck(read.value.ledger, read.value.problems, { semesterId: request.semesterId, today });
      if (!checked.ok) return err(unexpected(checked.error));
      lastCheck = { result: checked.value, pairingsPerSchoolLeader: read.value.ledger.settings.pairingsPerSchoolLeader };
      return checked;
    },
    renderForms: renderFormsWorkbook,
    async addContact(draft) {
      const read = ledger();
      if (!read.ok) return read;
      const prepared = prepareContact(read.value.ledger, draft, today);
      if (!prepared.ok) return prepared;
      const appended = appendTableRow(workbook, contactsTable, prepared.value as Record<string, string | undefined>);
      if (!appended) return err(unexpected('找不到「联系记录」的表头行：请到「台账」页升级台账。'));
      workbook = appended.workbook;
      return ok({ row: appended.row });
    },
    async createLedger({ sample }) {
      const present = LEDGER_TABLES.map((def) => def.sheet).filter((sheet) => findSheet(workbook, sheet));
      if (present.length > 0) return err(unexpected(`工作簿中已有台账工作表（${present.join('、')}）：新建台账需要空白工作簿；旧台账请用“升级台账”。`));
      workbook = templateWorkbook(ledgerTemplate(sample ? sampleLedgerContent() : emptyLedgerContent(today)));
      return ok(undefined);
    },
    async upgradeLedger() {
      const plan = upgradePlan(workbook);
      workbook = applyUpgrade(workbook, plan, ledgerTemplate(emptyLedgerContent(today)), settingsTable);
      return ok({
        addedSheets: plan.addSheets,
        addedColumns: plan.addColumns.flatMap(({ sheet, headers }) => headers.map((header) => ({ sheet, header }))),
        addedSettings: plan.addSettings.map((setting) => setting.key),
      });
    },
    async selectCell() {
      // No workbook is open beside the preview: the cell's address is shown in the message instead.
      return ok(undefined);
    },
    async download(what) {
      if (what === 'forms') {
        return lastForms ? ok({ fileName: `登记表-${lastForms.semesterId}.xlsx`, bytes: lastForms.bytes }) : err(unexpected('还没有生成登记表：请先点击“生成登记表”。'));
      }
      if (!lastCheck) return err(unexpected('还没有检查结果：请先点击“运行检查”。'));
      const { result } = lastCheck;
      const report = coverageReport(result, { checkedAt: options.now(), ledgerFile: options.fileName });
      return ok({ fileName: `覆盖检查-${result.semester.id}.xlsx`, bytes: await sheetSpecsXlsxBytes([report]) });
    },
  };
  return ok(host);
}
