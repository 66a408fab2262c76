/**
 * 交接 as a plan: who leaves on which day, which pairings end, who takes each over in a new
 * pairing, the cells and rows that records, and the 交接单 sheet — decided once here for every host
 * (the command line, the pane, the preview). Anything doubtful is refused with one sentence, before
 * a single cell is planned.
 */
import { type Failure, failure } from '../failures';
import { addDays, type LocalDate, minDate } from '../localDate';
import { isActiveOn, type Leader, type Ledger, type Pairing } from '../ledger/model';
import type { RawWorkbook } from '../rawWorkbook';
import { err, ok, type Result } from '../result';
import { figuresTable, leadersTable, pairingsTable } from '../schema/index';
import { uniqueSheetNames } from '../sheet/sheetName';
import type { SheetSpec } from '../sheet/sheetSpec';
import { handoverEntries, type PairingHandover } from './handoverForm';
import { findFigure, findLeader } from './handoverPeople';
import { successorsFor } from './successors';
import { handoverSheet } from './handoverSheet';
import { cellEdits, type PlannedEdit, requireColumns, type RowWrites } from './handoverWrites';
import { nextPairingIds, pairingIdsInSheet } from './nextPairingIds';

/** Every 交接单 sheet's name starts with this and '-'. */
export const HANDOVER_SHEET_PREFIX = '交接单';

/** What the user asks: a leader leaving (each pairing taken over or ended) or a figure leaving. */
export type HandoverRequest =
  | {
      readonly kind: 'leader';
      /** 干部编号 or a unique 姓名. */
      readonly leader: string;
      readonly on: LocalDate;
      /** Who takes every pairing over; undefined ends them only. */
      readonly successor?: string;
      /** Per 结对编号, who takes that pairing over (null: end it only); wins over `successor`. */
      readonly successorByPairing?: Readonly<Record<string, string | null>>;
      /** 变更原因; 干部离任 when not given. */
      readonly reason?: string;
    }
  | {
      readonly kind: 'figure';
      /** 人士编号 or a unique 姓名. */
      readonly figure: string;
      readonly on: LocalDate;
      readonly status: '调离' | '退休';
      /** 变更原因; 人士调离 / 人士退休 when not given. */
      readonly reason?: string;
    };

/** The handover, ready to write: cell edits, new 结对关系 rows (values by column key), the 交接单. */
export interface HandoverPlan {
  readonly leaving: { readonly kind: 'leader' | 'figure'; readonly id: string; readonly name: string };
  readonly on: LocalDate;
  readonly reason: string;
  readonly handovers: readonly PairingHandover[];
  readonly edits: readonly PlannedEdit[];
  readonly newPairings: ReadonlyArray<Readonly<Record<string, string>>>;
  readonly sheet: SheetSpec;
}

/** The day the plan is made, and every sheet the workbook has (the 交接单 takes a name none has). */
export interface PlanContext {
  readonly today: LocalDate;
  readonly sheetNames: readonly string[];
}

/** The pairings of one person that a handover on `on` touches, or why it cannot be on that day. */
function endingPairings(ledger: Ledger, mine: readonly Pairing[], on: LocalDate): Result<Pairing[], Failure> {
  const early = mine.find((pairing) => pairing.start > on);
  if (early) return err(failure('handoverBeforeStart', { on, pairing: early.id, start: early.start }));
  // A pairing that already ends on the day is handed over already.
  const ending = mine.filter((pairing) => isActiveOn(pairing, on) && (pairing.end === undefined || pairing.end > on));
  const later = ledger.contacts.find((contact) => ending.includes(contact.pairing) && contact.date > on);
  if (later)
    return err(failure('handoverContactsAfter', { on, pairing: later.pairing.id, row: later.row, date: later.date }));
  return ok(ending);
}

/** What differs between a leader and a figure leaving; the rest of the plan is the same. */
interface Leaving {
  readonly leaving: HandoverPlan['leaving'];
  readonly unit: string;
  readonly post: string;
  readonly status: string;
  readonly reason: string;
  readonly mine: readonly Pairing[];
  readonly ownRow: RowWrites;
  readonly leader?: Leader;
}

/** Who leaves, their pairings and their own row's new cells; a leader who left before the day is refused. */
function whoLeaves(ledger: Ledger, request: HandoverRequest): Result<Leaving, Failure> {
  if (request.kind === 'figure') {
    const found = findFigure(ledger, request.figure);
    if (!found.ok) return found;
    const figure = found.value;
    return ok({
      leaving: { kind: 'figure', id: figure.figureId, name: figure.name },
      unit: figure.unit,
      post: figure.post ?? '',
      status: request.status,
      reason: request.reason ?? `人士${request.status}`,
      mine: ledger.pairings.filter((pairing) => pairing.figure === figure),
      ownRow: { def: figuresTable, row: figure.row, values: { status: { text: request.status } } },
    });
  }
  const found = findLeader(ledger, request.leader);
  if (!found.ok) return found;
  const leader = found.value;
  if (leader.status === '离任' && leader.leftOn !== undefined && leader.leftOn < request.on)
    return err(failure('handoverAlreadyLeft', { name: leader.name, leftOn: leader.leftOn, on: request.on }));
  return ok({
    leaving: { kind: 'leader', id: leader.leaderId, name: leader.name },
    unit: leader.unit ?? '',
    post: leader.post,
    status: '离任',
    reason: request.reason ?? '干部离任',
    mine: ledger.pairings.filter((pairing) => pairing.leader === leader),
    ownRow: { def: leadersTable, row: leader.row, values: { status: { text: '离任' }, leftOn: { date: request.on } } },
    leader,
  });
}

/** The new 结对关系 row of a pairing taken over, by column key. */
const newPairingRow = (pairing: Pairing, successor: NonNullable<PairingHandover['successor']>) => ({
  pairingId: successor.pairingId,
  level: pairing.level,
  leaderId: successor.leader.leaderId,
  leaderName: successor.leader.name,
  figureId: pairing.figure.figureId,
  figureName: pairing.figure.name,
  unit: pairing.unit,
  start: successor.start,
  handoverNote: `${pairing.leader.name}同志离任，由${successor.leader.name}同志接续联系${pairing.figure.name}同志。`,
});

/**
 * Plans a handover on `request.on`: the leaving person's 状态 (and a leader's 离任日期), each of
 * their pairings active that day ended on it with its 变更原因, a new pairing from the next day
 * for each successor, and the 交接单 sheet. Refuses an unknown or ambiguous person, a successor of
 * another 层级, a day before a pairing's start or after a leader's recorded 离任日期, and contacts
 * a pairing still has after the day.
 */
export function handoverPlan(
  workbook: RawWorkbook,
  ledger: Ledger,
  request: HandoverRequest,
  context: PlanContext,
): Result<HandoverPlan, Failure> {
  const { on } = request;
  const who = whoLeaves(ledger, request);
  if (!who.ok) return who;
  const { leaving, reason, leader } = who.value;
  const ending = endingPairings(ledger, who.value.mine, on);
  if (!ending.ok) return ending;
  const successors =
    request.kind === 'leader' && leader
      ? successorsFor(ledger, leader, ending.value, request)
      : ok(new Map<Pairing, Leader>());
  if (!successors.ok) return successors;
  const writes = [
    who.value.ownRow,
    ...ending.value.map((pairing) => ({
      def: pairingsTable,
      row: pairing.row,
      values: { end: { date: on }, changeReason: { text: reason } },
    })),
  ];
  const edits = cellEdits(workbook, writes, new Set(['changeReason']));
  if (!edits.ok) return edits;

  const start = addDays(on, 1);
  const ids = nextPairingIds(pairingIdsInSheet(workbook), successors.value.size);
  const handovers: PairingHandover[] = ending.value.map((pairing) => {
    const successor = successors.value.get(pairing);
    return successor
      ? { pairing, successor: { leader: successor, pairingId: ids.shift() as string, start } }
      : { pairing };
  });
  const newPairings = handovers.flatMap(({ pairing, successor }) =>
    successor ? [newPairingRow(pairing, successor)] : [],
  );
  if (newPairings.length > 0) {
    const columns = requireColumns(workbook, pairingsTable, Object.keys(newPairings[0] as object));
    if (!columns.ok) return columns;
  }

  const { academicYear, entries } = handoverEntries(ledger, handovers, on, minDate(on, context.today));
  const name = uniqueSheetNames([`${HANDOVER_SHEET_PREFIX}-${leaving.name}`], context.sheetNames)[0] as string;
  const { unit, post, status } = who.value;
  const form = { schoolName: ledger.settings.schoolName, on, reason, academicYear, entries };
  const sheet = handoverSheet(
    { ...form, leaving: { role: leaving.kind, name: leaving.name, unit, post, status } },
    name,
  );
  return ok({ leaving, on, reason, handovers, edits: edits.value, newPairings, sheet });
}
