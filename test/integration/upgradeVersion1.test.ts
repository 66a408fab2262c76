import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cellText } from '../../src/core/cellText';
import { findSheet, type RawWorkbook } from '../../src/core/rawWorkbook';
import { readXlsxCells } from '../../src/workbook/xlsx/readXlsxCells';
import { lianyi, tempDir } from '../support/cli';
import { VERSION_1_STATUSES, VERSION_2_ADDS, version1LedgerBytes } from '../support/oldLedger';
import { entryXml, rawEntries } from '../support/zipEntries';
import { workbookParts } from '../../src/workbook/xlsx/package/workbookParts';
import { decodeXml } from '../../src/workbook/xlsx/package/xmlText';

/** lianyi upgrade of a version-1 ledger (SPEC §2): what version 2 added, 中秋节 and 春节 computed, 台账版本 raised. */
const TODAY = '2027-01-20';

const rowsOf = (workbook: RawWorkbook, sheet: string): string[][] =>
  (findSheet(workbook, sheet)?.rows ?? []).map((cells) =>
    Array.from(cells ?? [], (cell) => (cell ? cellText(cell) : '')),
  );

describe('lianyi upgrade on a version-1 ledger', () => {
  const folder = tempDir();
  const v1 = join(folder, '一版台账.xlsx');
  const v2 = join(folder, '二版台账.xlsx');
  let run: Awaited<ReturnType<typeof lianyi>>;
  let upgraded: RawWorkbook;

  beforeAll(async () => {
    writeFileSync(v1, await version1LedgerBytes());
    run = await lianyi(['upgrade', v1, '--out', v2], TODAY);
    const read = await readXlsxCells(new Uint8Array(readFileSync(v2)));
    if (!read.ok) throw new Error(read.error.message);
    upgraded = read.value;
  });

  test('the version-1 ledger is checked as it is, before any upgrade', async () => {
    const check = await lianyi(['check', v1, '--today', TODAY, '--json'], TODAY);
    expect([0, 1]).toContain(check.code);
    expect(JSON.parse(check.stdout).semester.id).toBe('2026-2027-1');
  });

  test('says what it added, the version included, and exits 0', () => {
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('「重大节日」');
    expect(run.stdout).toContain('台账版本改为 2');
  });

  test('重大节日 has 中秋节 and 春节 of each academic year of the ledger’s semesters, with their windows', () => {
    const festivals = rowsOf(upgraded, '重大节日');
    expect(festivals[0]).toEqual(['节日名称', '节日日期', '走访开始', '走访结束', '备注']);
    expect(festivals.slice(1).map((row) => `${row[0]} ${row[1]}`)).toEqual([
      '中秋节 2025-10-06',
      '春节 2026-02-17',
      '中秋节 2026-09-25',
      '春节 2027-02-06',
      '中秋节 2027-09-15',
      '春节 2028-01-26',
    ]);
    expect(festivals[3]?.slice(2, 4)).toEqual(['2026-09-11', '2026-09-28']);
  });

  test('考核指标 has K1–K7; 意见办理 the new columns; 设置 the new keys and 台账版本 2', () => {
    expect(
      rowsOf(upgraded, '考核指标')
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'K7']);
    expect(rowsOf(upgraded, '意见办理')[0]?.slice(-5)).toEqual([...VERSION_2_ADDS.followUpColumns]);
    const settings = rowsOf(upgraded, '设置');
    expect(settings.map((row) => row[0])).toEqual(expect.arrayContaining([...VERSION_2_ADDS.settings]));
    expect(settings.find((row) => row[0] === '台账版本')?.[1]).toBe('2');
  });

  test('upgrading again writes nothing', async () => {
    const again = await lianyi(['upgrade', v2, '--out', join(folder, '再升级.xlsx')], TODAY);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('已是最新版本');
  });

  test('办理状态’s dropdown gains 重办中 after the school’s own values; the other dropdowns are as they were', () => {
    const validations = (bytes: Uint8Array) => {
      const entries = rawEntries(bytes);
      const parts = workbookParts((path) => (entries.has(path) ? entryXml(bytes, path) : undefined));
      const path = parts?.sheets.find((sheet) => sheet.name === '意见办理')?.path ?? '';
      return [
        ...entryXml(bytes, path).matchAll(/<dataValidation [^>]*errorTitle="([^"]*)"[^>]*>\s*<formula1>([^<]*)</g),
      ].map((match) => [match[1] ?? '', decodeXml(match[2] ?? '')] as const);
    };
    const before = new Map(validations(new Uint8Array(readFileSync(v1))));
    const after = new Map(validations(new Uint8Array(readFileSync(v2))));
    expect(before.get('办理状态')).toBe(`"${VERSION_1_STATUSES.join(',')}"`);
    expect(after.get('办理状态')).toBe(`"${[...VERSION_1_STATUSES, '重办中'].join(',')}"`);
    for (const [title, formula] of before) if (title !== '办理状态') expect(after.get(title)).toBe(formula);
  });
});
