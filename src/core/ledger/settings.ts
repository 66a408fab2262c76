/** 设置: the keys a ledger is tuned with (school name, the rules' numbers), their defaults, and how they are read. */
import { textCell } from '../cell';
import { cellYesNo, matchKey, splitList } from '../cellText';
import { type Problem, problemAt } from '../problems';
import type { TableRead } from '../readTable';
import type { settingsTable } from '../schema/settings';
import type { Settings } from './model';

/** The 设置 keys a new ledger writes, their defaults and what each means. */
export const SETTING_DEFAULTS = [
  { key: '学校名称', value: '浙江外国语学院', note: '登记表标题中的学校名称' },
  {
    key: '每学期最少联系次数',
    value: '1',
    note: '每个结对每学期至少联系的次数（浙外党〔2026〕35号：每学期不少于 1 次）',
  },
  { key: '校级干部结对人数', value: '1', note: '每位学校党委班子成员结对联系的党外代表人士人数' },
  { key: '办理期限天数', value: '30', note: '意见办理未填写办理期限时，交办日期后多少天为期限' },
  { key: '延期最长天数', value: '90', note: '意见办理延期最多可延长的天数，超过时提示' },
  { key: '重办期限天数', value: '30', note: '评价“不满意”需重办时，未填写重办期限则反馈日期后多少天为期限' },
  { key: '催办提前天数', value: '7', note: '期限前多少天起列为“即将到期”，写入催办单' },
  { key: '备案期限天数', value: '30', note: '院级结对开始后多少天内应报统战部备案' },
  {
    key: '节日走访形式',
    value: '节日走访慰问、实地走访、困难慰问',
    note: '哪些联系形式算作重大节日走访（用顿号分隔）',
  },
  { key: '集体活动计入', value: '是', note: '一条记录联系多个结对（座谈会、集体活动）时，是否计入每个结对的联系次数' },
  {
    key: '分发隐去列',
    value: '民族、人士类别、校级重点对象、备注',
    note: '分发给各单位的台账中留空的「党外代表人士」列（个人敏感信息）',
  },
  { key: '台账版本', value: '2', note: '台账结构版本，请勿修改' },
] as const;

/** The version this program writes; an older ledger is still read, and 升级 brings it here. */
export const LEDGER_VERSION = 2;

const NUMERIC_KEYS = {
  每学期最少联系次数: 'minContactsPerSemester',
  校级干部结对人数: 'pairingsPerSchoolLeader',
  办理期限天数: 'followUpDays',
  延期最长天数: 'maxExtensionDays',
  重办期限天数: 'redoDays',
  催办提前天数: 'remindDays',
  备案期限天数: 'filingDays',
  台账版本: 'ledgerVersion',
} as const satisfies Record<string, keyof Settings>;

const defaultOf = (key: string): string => SETTING_DEFAULTS.find((entry) => entry.key === key)?.value ?? '';

/** Reads 设置; a missing key takes its default, a bad number is a warning and takes its default. */
export function readSettings(table: TableRead<typeof settingsTable>): { settings: Settings; problems: Problem[] } {
  const byKey = new Map(table.rows.map((row) => [matchKey(row.key), row]));
  const problems: Problem[] = [];
  const numbers: Record<string, number> = {};
  for (const [key, field] of Object.entries(NUMERIC_KEYS)) {
    const found = byKey.get(matchKey(key));
    const fallback = Number(defaultOf(key));
    const value = found ? Number(found.value) : fallback;
    const valid = Number.isInteger(value) && value >= 1;
    if (found && !valid)
      problems.push(
        problemAt('SETTING_INVALID', table.placeOf(found.row, 'value'), {
          key,
          value: found.value,
          fallback: String(fallback),
        }),
      );
    numbers[field] = valid ? value : fallback;
  }
  const textOf = (key: string): string => byKey.get(matchKey(key))?.value ?? defaultOf(key);
  const number = (field: keyof typeof numbers & string, key: string): number =>
    numbers[field] ?? Number(defaultOf(key));
  return {
    settings: {
      schoolName: textOf('学校名称'),
      minContactsPerSemester: number('minContactsPerSemester', '每学期最少联系次数'),
      pairingsPerSchoolLeader: number('pairingsPerSchoolLeader', '校级干部结对人数'),
      followUpDays: number('followUpDays', '办理期限天数'),
      maxExtensionDays: number('maxExtensionDays', '延期最长天数'),
      redoDays: number('redoDays', '重办期限天数'),
      remindDays: number('remindDays', '催办提前天数'),
      filingDays: number('filingDays', '备案期限天数'),
      festivalForms: splitList(textOf('节日走访形式')),
      groupContactsCount: cellYesNo(textCell(textOf('集体活动计入'))) ?? true,
      hiddenInCopies: splitList(textOf('分发隐去列')),
      // A ledger without the key is of version 1: the key came with the upgrade to 2.
      ledgerVersion: byKey.has(matchKey('台账版本')) ? number('ledgerVersion', '台账版本') : 1,
    },
    problems,
  };
}
