/**
 * One unit's 催办单 laid out for print as a sheet spec: the title `{学校名称}联谊交友工作提醒单`, the
 * unit, the date and the days left in the semester, then three bordered tables — pairings not yet
 * contacted, festival visits not yet made, 意见办理 items overdue or due soon — and a closing line
 * signed by the 统战部. A4 portrait, one page wide, centred.
 */
import type { PairingResult } from '../check/checkResult';
import { dayNumber, formatChineseDate, type LocalDate } from '../localDate';
import { FESTIVAL_STATUS_LABEL, lastContactLabel, PAIRING_STATUS_LABEL } from '../report/labels';
import type { SheetSpec } from '../sheet/sheetSpec';
import { ReminderLayout } from './reminderLayout';
import type { ItemToChase, UnitReminder } from './remindPlan';

/** Every 催办单 sheet's name starts with this and '-'; earlier ones are found by it where no record lists them. */
export const REMIND_SHEET_PREFIX = '催办单';

/** What the sheet says besides the unit's own findings. */
export interface ReminderContext {
  readonly schoolName: string;
  readonly today: LocalDate;
  readonly semester: { readonly name: string; readonly start: LocalDate; readonly end: LocalDate };
  readonly daysLeft: number;
}

/** Longer 事项内容 is shortened on the sheet (its 事项编号 leads to the whole text in the ledger). */
const CONTENT_LIMIT = 120;
const shortened = (content: string): string =>
  [...content].length <= CONTENT_LIMIT ? content : `${[...content].slice(0, CONTENT_LIMIT).join('')}…（详见台账）`;

/** A date without its year, e.g. 9月28日: the festival's own date beside it says the year. */
const monthDay = (date: LocalDate): string => formatChineseDate(date).replace(/^\d+年/, '');

const days = (from: LocalDate, to: LocalDate): number => dayNumber(to) - dayNumber(from);

/** An item's standing in words: 逾期 36 天, 今天到期, 5 天后到期. */
function itemState(item: ItemToChase, today: LocalDate): string {
  const left = days(today, item.due);
  return left < 0 ? `逾期 ${-left} 天` : left === 0 ? '今天到期' : `${left} 天后到期`;
}

const pairingLine = (pairing: PairingResult, today: LocalDate) => [
  pairing.pairingId,
  pairing.leader,
  pairing.figure,
  lastContactLabel(pairing.lastContact, today),
  `${pairing.contacts} 次`,
  PAIRING_STATUS_LABEL[pairing.status],
];

/** Where the semester stands on the sheet's day. */
function semesterLine(context: ReminderContext): string {
  const { semester, today } = context;
  const span = `${semester.name}（${formatChineseDate(semester.start)}至${formatChineseDate(semester.end)}）`;
  if (today < semester.start) return `${span}尚未开始。`;
  if (today > semester.end) return `${span}已结束。`;
  return `${span}，距学期结束还剩 ${context.daysLeft} 天。`;
}

/** The 催办单 of one unit as a sheet spec named `name` (the caller makes it unique in the workbook). */
export function reminderSheet(reminder: UnitReminder, context: ReminderContext, name: string): SheetSpec {
  const { today } = context;
  const layout = new ReminderLayout();
  layout.line([[`${context.schoolName}联谊交友工作提醒单`, 6]], 'title', 44);
  layout.line(
    [
      [`单位：${reminder.unit}`, 4],
      [`日期：${formatChineseDate(today)}`, 2],
    ],
    'line',
    28,
  );
  layout.line([[semesterLine(context), 6]], 'line');
  layout.line([['请督促落实以下事项，并及时在台账中登记联系、走访和办理情况：', 6]], 'line');

  layout.table(
    `一、本学期尚未完成联系的结对（${reminder.pairings.length} 个）`,
    ['结对编号', '领导干部', '联谊对象', '最近联系', '本学期已联系次数', '状态'],
    reminder.pairings.map((pairing) => pairingLine(pairing, today)),
    '本学期各结对均已联系。',
  );
  const gaps = reminder.festivals.flatMap(({ festival, gaps: ofFestival }) =>
    ofFestival.map((gap) => [
      gap.pairingId,
      gap.leader,
      gap.figure,
      [
        `${festival.name}（${formatChineseDate(festival.date)}）\n走访：${monthDay(festival.windowStart)}至${monthDay(festival.windowEnd)}`,
        2,
      ] as const,
      FESTIVAL_STATUS_LABEL[gap.status],
    ]),
  );
  layout.table(
    `二、重大节日走访（尚未走访 ${gaps.length} 个）`,
    ['结对编号', '领导干部', '联谊对象', ['节日及走访时间', 2], '状态'],
    gaps,
    '已开始的重大节日均已走访。',
  );
  layout.table(
    `三、逾期或即将到期的意见建议办理（${reminder.items.length} 项）`,
    ['事项编号', ['事项内容', 2], '承办部门', '办理期限', '情况'],
    reminder.items.map((item) => [
      item.itemId,
      [shortened(item.content), 2],
      item.department || '未填',
      item.due,
      itemState(item, today),
    ]),
    '没有逾期或即将到期的事项。',
  );

  layout.row += 1;
  if (today >= context.semester.start && today <= context.semester.end)
    layout.line([[`请于${formatChineseDate(context.semester.end)}前完成本学期的联系任务。`, 6]], 'line');
  layout.line([['统战部', 6]], 'right', 30);
  layout.line([[formatChineseDate(today), 6]], 'right');
  return layout.build(name);
}
