/**
 * The Chinese calendar the ledger's 重大节日 rows are computed with (中秋 = 农历八月十五, 春节 =
 * 农历正月初一), from tyme4ts. Loaded only when a ledger is created or upgraded, so the pane's first
 * load does not carry the library; the core takes the conversion as a plain function.
 */
import type { LunarCalendar } from '../core/ledger/festivals';
import { localDate, type LocalDate } from '../core/localDate';

/** The lunar → solar conversion, the library fetched on first use. */
export async function loadLunarCalendar(): Promise<LunarCalendar> {
  const { LunarDay } = await import(/* webpackChunkName: "lunarCalendar" */ 'tyme4ts');
  return (lunarYear, month, day) => {
    const solar = LunarDay.fromYmd(lunarYear, month, day).getSolarDay();
    const date = localDate(solar.getYear(), solar.getMonth(), solar.getDay());
    // The library answers every lunar day with a real one; anything else is a bug worth stopping for.
    if (!date) throw new Error(`Bug: tyme4ts gave no date for lunar ${lunarYear}-${month}-${day}`);
    return date as LocalDate;
  };
}
