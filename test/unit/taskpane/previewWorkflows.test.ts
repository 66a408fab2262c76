import { unzipSync } from 'fflate';
import type { LocalDate } from '../../../src/core/localDate';
import { findSheet, type RawWorkbook } from '../../../src/core/rawWorkbook';
import type { Result } from '../../../src/core/result';
import { sampleLedgerContent } from '../../../src/core/sample/sampleLedger';
import { ledgerTemplate } from '../../../src/core/template/ledgerTemplate';
import type { LedgerHost, UnsavedChanges } from '../../../src/app/ledgerHost';
import { createPreviewHost } from '../../../src/taskpane/preview/previewHost';
import { ledgerXlsxBytes } from '../../../src/workbook/xlsx/newWorkbook';
import { readXlsxCells } from '../../../src/workbook/xlsx/readXlsxCells';
import { dateOf, secretaryEdits } from '../../support/secretary';

/**
 * 分发, 汇总 and 交接 in the browser preview: the zip of unit workbooks, a returned copy previewed
 * (nothing written) then merged as unsaved changes, a handover with its 交接单; cancelling writes nothing.
 */
const today = '2027-01-20' as LocalDate;

function value<T, E>(result: Result<T, E>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

const never = () => new AbortController().signal;
const aborted = () => {
  const controller = new AbortController();
  controller.abort();
  return controller.signal;
};

async function opened(): Promise<{ host: LedgerHost; count: () => number }> {
  const bytes = await ledgerXlsxBytes(ledgerTemplate(sampleLedgerContent()));
  const host = value(await createPreviewHost(bytes, { today, fileName: '台账.xlsx' }));
  return { host, count: () => (host.unsaved as UnsavedChanges).current().count };
}

async function cellsOf(bytes: Uint8Array): Promise<RawWorkbook> {
  return value(await readXlsxCells(bytes));
}

const texts = (workbook: RawWorkbook, sheet: string): string[] =>
  (findSheet(workbook, sheet)?.rows ?? []).flatMap((row) =>
    (row ?? []).flatMap((cell) => (cell?.kind === 'text' ? [cell.text] : [])),
  );

/** The unit copies of the sample, by file name. */
async function unitCopies(host: LedgerHost): Promise<Record<string, Uint8Array>> {
  const made = value(await host.distribute({}, () => undefined, never()));
  return unzipSync(made.bytes);
}

describe('分发 in the preview', () => {
  test('one .zip with a workbook per unit that keeps something, each read as that unit’s ledger', async () => {
    const { host, count } = await opened();
    const progress = jest.fn();
    const made = value(await host.distribute({}, progress, never()));
    expect(made.fileName).toBe('分发-20270120.zip');
    const entries = unzipSync(made.bytes);
    expect(Object.keys(entries).sort()).toEqual(made.copies.map((copy) => copy.fileName).sort());
    expect(made.copies.length).toBeGreaterThan(2);
    expect(progress).toHaveBeenLastCalledWith(made.copies.length, made.copies.length);
    const art = await cellsOf(entries['艺术学院.xlsx'] as Uint8Array);
    expect(texts(art, '结对关系')).toContain('P18');
    expect(texts(art, '结对关系')).not.toContain('P15');
    expect(count()).toBe(0); // the ledger is only read
  });

  test('named units only; a cancelled run makes no file', async () => {
    const { host } = await opened();
    const made = value(await host.distribute({ units: ['艺术学院'] }, () => undefined, never()));
    expect(Object.keys(unzipSync(made.bytes))).toEqual(['艺术学院.xlsx']);
    const cancelled = await host.distribute({}, () => undefined, aborted());
    expect(cancelled).toMatchObject({ ok: false, error: { kind: 'cancelledBeforeWriting' } });
  });
});

describe('汇总 in the preview', () => {
  const summary = '走访艺术学院创作基地，听取意见。';
  async function returnedArt(host: LedgerHost) {
    const copy = (await unitCopies(host))['艺术学院.xlsx'] as Uint8Array;
    const row = { 记录编号: 'C2027-901', 结对编号: 'P18', 联系日期: dateOf('2027-01-12'), 联系形式: '实地走访' };
    return {
      name: '艺术学院.xlsx',
      bytes: await secretaryEdits(copy, { 联系记录: [{ ...row, 联系沟通情况: summary }] }),
    };
  }

  test('the preview says what will be added and writes nothing; merging writes it as an unsaved change', async () => {
    const { host, count } = await opened();
    const file = await returnedArt(host);
    const preview = value(await host.previewMerge([file], () => undefined, never()));
    expect(preview.added).toEqual({ 联系记录: 1 });
    expect(preview.files[0]).toMatchObject({ unit: '艺术学院', added: { 联系记录: 1 } });
    expect(count()).toBe(0);

    const merged = value(await host.merge([file], () => undefined, never()));
    expect(merged.added).toEqual({ 联系记录: 1 });
    expect(count()).toBe(1);
    const updated = await cellsOf(value(await host.download!('ledger')).bytes);
    expect(texts(updated, '联系记录')).toEqual(expect.arrayContaining(['C2027-901', summary]));
    // Merged again, the same file adds nothing.
    expect(value(await host.previewMerge([file], () => undefined, never())).added).toEqual({});
  });

  test('cancelled, or the same file picked twice, nothing is written', async () => {
    const { host, count } = await opened();
    const file = await returnedArt(host);
    expect(await host.merge([file], () => undefined, aborted())).toMatchObject({
      ok: false,
      error: { kind: 'cancelledBeforeWriting' },
    });
    expect(await host.merge([file, { ...file }], () => undefined, never())).toMatchObject({
      ok: false,
      error: { kind: 'returnedTwice' },
    });
    expect(count()).toBe(0);
  });
});

describe('交接 in the preview', () => {
  const leaving = { kind: 'leader', leader: 'L14', on: '2027-01-20' as LocalDate } as const;

  test('the preview offers 院级 successors per pairing; applying writes the 交接单 into the updated ledger', async () => {
    const { host, count } = await opened();
    const preview = value(await host.previewHandover(leaving));
    expect(preview.pairings.map((pairing) => pairing.pairingId)).toEqual(['P15', 'P16']);
    const names = preview.pairings[0]?.candidates.map((leader) => leader.name) ?? [];
    expect(names).toContain('周晓梅');
    expect(names).not.toContain('王建国'); // 校级
    expect(names).not.toContain('冯涛'); // the one leaving
    expect(count()).toBe(0);

    const done = value(await host.handOver({ ...leaving, successorByPairing: { P15: 'L11', P16: null } }, never()));
    expect(done.sheetName).toBe('交接单-冯涛');
    expect(done.pairings).toEqual([
      { pairingId: 'P15', figure: preview.pairings[0]?.figure, successor: expect.objectContaining({ name: '周晓梅' }) },
      { pairingId: 'P16', figure: preview.pairings[1]?.figure },
    ]);
    expect(count()).toBeGreaterThan(0);
    const updated = await cellsOf(value(await host.download!('ledger')).bytes);
    expect(updated.sheets.map((sheet) => sheet.name)).toContain('交接单-冯涛');
  });

  test('cancelled, nothing is written', async () => {
    const { host, count } = await opened();
    expect(await host.handOver(leaving, aborted())).toMatchObject({
      ok: false,
      error: { kind: 'cancelledBeforeWriting' },
    });
    expect(count()).toBe(0);
  });
});
