import { EMPTY_CELL, toCell } from '../../../src/core/cell';
import { cellText } from '../../../src/core/cellText';
import { SETTING_DEFAULTS } from '../../../src/core/ledger/settings';
import { upgradePlan, widenedList } from '../../../src/core/entry/upgradePlan';
import type { RawWorkbook } from '../../../src/core/rawWorkbook';
import { sampleRaw } from '../../support/rawLedger';

describe('upgrading an older ledger adds only what it lacks', () => {
  test('a current ledger needs nothing', () => {
    expect(upgradePlan(sampleRaw())).toEqual({
      addSheets: [],
      addColumns: [],
      addSettings: [],
      setSettings: [],
      widenLists: [],
    });
  });

  test('a missing sheet, missing columns after the last header, missing 设置 keys', () => {
    const sample = sampleRaw();
    const sheets = sample.sheets
      .filter((sheet) => sheet.name !== '意见办理')
      .map((sheet) => {
        if (sheet.name === '联系记录')
          return {
            ...sheet,
            rows: [[toCell('标题'), undefined], ...sheet.rows.map((row) => (row ?? []).slice(0, 10))],
          };
        if (sheet.name === '设置') return { ...sheet, rows: sheet.rows.slice(0, 3) };
        return sheet;
      });
    const older: RawWorkbook = { ...sample, sheets };
    expect(upgradePlan(older)).toEqual({
      addSheets: ['意见办理'],
      addColumns: [{ sheet: '联系记录', headerRow: 2, afterColumn: 10, headers: ['填报人', '填报日期'] }],
      addSettings: SETTING_DEFAULTS.slice(2).map((entry) =>
        expect.objectContaining({ key: entry.key, value: entry.value }),
      ),
      setSettings: [],
      // Without 台账版本 it is an older ledger: the dropdowns of the sheets it has are widened, once.
      widenLists: expect.arrayContaining([
        {
          sheet: '联系记录',
          header: '联系形式',
          headerRow: 2,
          column: 6,
          values: expect.arrayContaining(['座谈研讨']),
        },
      ]),
    });
    expect(upgradePlan(older).widenLists.map((list) => list.sheet)).not.toContain('意见办理');
  });

  test('a version-1 ledger gets 重大节日, 考核指标, the new 意见办理 columns and 设置 keys, and 台账版本 raised to 2', () => {
    const sample = sampleRaw();
    const v2Keys = [
      '延期最长天数',
      '重办期限天数',
      '催办提前天数',
      '备案期限天数',
      '节日走访形式',
      '集体活动计入',
      '分发隐去列',
    ];
    const settings = sample.sheets.find((sheet) => sheet.name === '设置');
    const rows = (settings?.rows ?? []).filter((row) => !v2Keys.includes(cellText(row?.[0] ?? EMPTY_CELL)));
    const versionRow = rows.findIndex((row) => cellText(row?.[0] ?? EMPTY_CELL) === '台账版本');
    rows[versionRow] = [toCell('台账版本'), toCell(1)];
    const followUps = sample.sheets.find((sheet) => sheet.name === '意见办理');
    const v1FollowUpColumns = [0, 1, 2, 3, 4, 6, 7, 10, 12, 13, 14];
    const v1: RawWorkbook = {
      ...sample,
      sheets: sample.sheets
        .filter((sheet) => sheet.name !== '重大节日' && sheet.name !== '考核指标')
        .map((sheet) =>
          sheet.name === '设置'
            ? { ...sheet, rows }
            : sheet === followUps
              ? { ...sheet, rows: sheet.rows.map((row) => v1FollowUpColumns.map((index) => row?.[index])) }
              : sheet,
        ),
    };
    const plan = upgradePlan(v1);
    expect(plan.addSheets).toEqual(['重大节日', '考核指标']);
    expect(plan.addColumns).toEqual([
      {
        sheet: '意见办理',
        headerRow: 1,
        afterColumn: 11,
        headers: ['协办部门', '延期至', '延期原因', '答复类别', '重办期限'],
      },
    ]);
    expect(plan.addSettings.map((setting) => setting.key)).toEqual(v2Keys);
    expect(plan.setSettings).toEqual([{ key: '台账版本', row: versionRow + 1, column: 2, value: '2' }]);
    // 办理状态 (the 8th of the version-1 columns) gained 重办中: its dropdown is widened.
    expect(plan.widenLists).toContainEqual({
      sheet: '意见办理',
      header: '办理状态',
      headerRow: 1,
      column: 8,
      values: expect.arrayContaining(['重办中']),
    });
  });

  test('台账版本 is only ever raised: a later version is left as it is', () => {
    const sample = sampleRaw();
    const sheets = sample.sheets.map((sheet) =>
      sheet.name === '设置'
        ? {
            ...sheet,
            rows: sheet.rows.map((row) =>
              cellText(row?.[0] ?? EMPTY_CELL) === '台账版本' ? [toCell('台账版本'), toCell('3')] : row,
            ),
          }
        : sheet,
    );
    expect(upgradePlan({ ...sample, sheets }).setSettings).toEqual([]);
  });
});

describe('widenedList: a dropdown’s values with the ones it lacks', () => {
  test('the school’s own values stay, in their order; the missing ones follow', () => {
    expect(widenedList(['待研究', '退回', '已办结'], ['待研究', '已办结', '重办中'])).toEqual([
      '待研究',
      '退回',
      '已办结',
      '重办中',
    ]);
  });
  test('nothing missing, or a list Excel would not keep (over 255 characters): left as it is', () => {
    expect(widenedList(['满意', '不满意'], ['不满意', '满意'])).toBeUndefined();
    const long = Array.from({ length: 60 }, (_, index) => `选项${index}`);
    expect(widenedList(long, ['重办中'])).toBeUndefined();
  });
});
