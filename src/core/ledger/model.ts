/** The ledger as the rules see it: rows that read cleanly, with references resolved. */
import type { LocalDate } from '../localDate';
import type { Place } from '../problems';
import type { Located } from '../readTable';
import type { RowIndex } from './keyIndex';
import type { ContactRow } from '../schema/contacts';
import type { FestivalRow } from '../schema/festivals';
import type { FigureRow } from '../schema/figures';
import type { IndicatorRow } from '../schema/indicators';
import type { FollowUpRow } from '../schema/followUps';
import type { LeaderRow } from '../schema/leaders';
import type { UnitRow } from '../schema/units';
import type { Level } from '../schema/valueLists';

/** 设置 as read: the school's name and the rules' numbers; a missing or bad value took its default. */
export interface Settings {
  readonly schoolName: string;
  readonly minContactsPerSemester: number;
  readonly pairingsPerSchoolLeader: number;
  readonly followUpDays: number;
  /** 延期最长天数: an extension longer than this is a warning. */
  readonly maxExtensionDays: number;
  /** 重办期限天数: the due date of an item 重办中 without 重办期限, after its 反馈日期. */
  readonly redoDays: number;
  /** 催办提前天数: an item due within this many days is due soon. */
  readonly remindDays: number;
  /** 备案期限天数: a 院级 pairing is filed in time within this many days of its start. */
  readonly filingDays: number;
  /** 节日走访形式: the 联系形式 that count as a festival visit. */
  readonly festivalForms: readonly string[];
  /** 集体活动计入: whether a contact naming several pairings counts toward each one's minimum. */
  readonly groupContactsCount: boolean;
  /** 分发隐去列: the 党外代表人士 headers left empty in a unit's copy. */
  readonly hiddenInCopies: readonly string[];
  /** 台账版本: 1 for a ledger written before 重大节日 and 考核指标, 2 since. */
  readonly ledgerVersion: number;
}

/** A semester that read cleanly; one ending before its start is left out (an overlap is an error, both kept). */
export interface Semester {
  readonly id: string;
  readonly name: string;
  readonly start: LocalDate;
  readonly end: LocalDate;
  readonly row: number;
}

export type { Located };

/** A 单位 row. */
export type Unit = Located<UnitRow>;
/** A 领导干部 row with a unique 编号. */
export type Leader = Located<LeaderRow>;
/** A 党外代表人士 row with a unique 编号. */
export type Figure = Located<FigureRow>;

/** A 结对关系 row whose leader and figure both resolved and whose dates are in order. */
export interface Pairing {
  readonly id: string;
  readonly level: Level;
  readonly leader: Leader;
  readonly figure: Figure;
  /** 所属单位, or the figure's unit when that cell is empty. */
  readonly unit: string;
  readonly start: LocalDate;
  readonly end: LocalDate | undefined;
  readonly changeReason: string | undefined;
  readonly handoverNote: string | undefined;
  /** 备案日期: when the pairing was filed with the 统战部 (R9). */
  readonly filedOn: LocalDate | undefined;
  readonly row: number;
}

/** A 结对关系 row the check could not use (a bad cell, a person not found): how it names its leader. */
export interface UnusablePairing {
  readonly row: number;
  readonly leaderId: string | undefined;
  readonly leaderName: string | undefined;
}

/**
 * A 联系记录 row with the pairing it resolved to. A group row (one 座谈会 or 活动 naming several
 * pairings) is one Contact per pairing, all with the same `row` and `group`.
 */
export type Contact = Located<ContactRow> & {
  readonly pairing: Pairing;
  /** A group row's pairings, this one among them; absent on a row of one pairing. */
  readonly group?: readonly Pairing[];
};
/** A 意见办理 row with a unique 编号. */
export type FollowUp = Located<FollowUpRow>;

/** A 重大节日 row. */
export type Festival = Located<FestivalRow>;
/** A 考核指标 row with a unique 指标编号. */
export type Indicator = Located<IndicatorRow>;

/** The ledger's tables by code name, as `placeOf` takes them. */
export type TableName =
  | 'settings'
  | 'semesters'
  | 'units'
  | 'leaders'
  | 'figures'
  | 'pairings'
  | 'contacts'
  | 'followUps'
  | 'festivals'
  | 'indicators';

/** The whole ledger as read; every row left out is explained by a problem of the same read. */
export interface Ledger {
  readonly settings: Settings;
  readonly semesters: readonly Semester[];
  readonly units: readonly Unit[];
  readonly leaders: readonly Leader[];
  readonly figures: readonly Figure[];
  readonly pairings: readonly Pairing[];
  /** 结对关系 rows with an error, left out of the pairings: R2 says a leader's count misses them. */
  readonly unusablePairings: readonly UnusablePairing[];
  /** Contacts whose pairing resolved; the rest are problems already. */
  readonly contacts: readonly Contact[];
  readonly followUps: readonly FollowUp[];
  /** 重大节日 (empty in a version-1 ledger). */
  readonly festivals: readonly Festival[];
  /** 考核指标 (empty in a version-1 ledger: the 考核 then takes the defaults). */
  readonly indicators: readonly Indicator[];
  /** The row of every contact that read cleanly, resolved or not, by its 记录编号 key (for 意见办理 sources and new 编号). */
  readonly contactIds: RowIndex;
  /** Where a cell of a table's row is: the header name → A1 address of that workbook. */
  readonly placeOf: (table: TableName, row: number, key: string) => Place;
}

/** A pairing is active on d when it started on or before d and has not ended before d. */
export const isActiveOn = (pairing: Pick<Pairing, 'start' | 'end'>, date: LocalDate): boolean =>
  pairing.start <= date && (pairing.end === undefined || date <= pairing.end);
