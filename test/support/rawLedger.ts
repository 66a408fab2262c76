import { readLedger } from '../../src/core/ledger/readLedger';
import type { RawWorkbook } from '../../src/core/rawWorkbook';
import { sampleLedgerContent } from '../../src/core/sample/sampleLedger';
import { type LedgerContent, ledgerTemplate } from '../../src/core/template/ledgerTemplate';
import { templateWorkbook } from '../../src/core/template/templateWorkbook';

type Row = Record<string, string | number | undefined>;

/** Builds the cells of a ledger workbook in memory, as an adapter would hand them over. */
export function rawLedger(content: LedgerContent): RawWorkbook {
  return templateWorkbook(ledgerTemplate(content));
}

/** A minimal valid ledger to vary in a test: one academic year, one unit, nothing else. */
export function baseContent(overrides: Partial<Record<string, Row[]>> = {}): LedgerContent {
  return {
    设置: [{ key: '学校名称', value: '测试学院' }],
    学期: [
      { semesterId: '2026-2027-1', name: '2026-2027学年第一学期', start: '2026-09-01', end: '2027-02-28' },
      { semesterId: '2026-2027-2', name: '2026-2027学年第二学期', start: '2027-03-01', end: '2027-08-31' },
    ],
    单位: [{ name: '英语学院' }],
    ...overrides,
  } as LedgerContent;
}

export function readOrThrow(workbook: RawWorkbook) {
  const read = readLedger(workbook);
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

export const sampleRaw = (): RawWorkbook => rawLedger(sampleLedgerContent());
