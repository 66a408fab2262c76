/**
 * 分发's plan (SPEC §4 `split`): which rows of the master ledger each unit's copy holds. A unit
 * keeps the pairings whose 所属单位 it is (or, when that is empty, whose figure is its own), the
 * leaders and figures those pairings name, the contacts of those pairings and the 意见办理 items
 * raised through those contacts; besides, its own people whom no open pairing of another unit
 * names (a figure of the unit not yet paired, so the copy shows the gap the master shows).
 * Rows with errors travel too, placed by what they name, so the copy's check finds what the
 * master's finds; a pairing or contact whose unit cannot be told goes nowhere and is listed.
 */
import { matchKey } from '../cellText';
import type { LedgerRead } from '../ledger/readLedger';
import type { Place } from '../problems';
import { findSheet, type RawWorkbook } from '../rawWorkbook';
import { LEDGER_TABLES } from '../schema/index';
import { type TableRow, type TableRows, tableRows, textOf } from './tableRows';

/** What one unit's copy holds of the master. */
export interface UnitShare {
  readonly unit: string;
  /** The master's worksheet rows each table of the copy holds, by sheet (units: its own row). */
  readonly rows: ReadonlyMap<string, readonly number[]>;
  /** Other units its figures belong to (those in 单位): named in its 单位 sheet, nothing else of them. */
  readonly namedUnits: readonly string[];
}

/** The plan for every unit, with the master's tables it was made from. */
export interface SplitPlan {
  readonly units: readonly UnitShare[];
  /** 结对关系 and 联系记录 rows no unit could be told for: they stay with the 统战部. */
  readonly undistributed: readonly Place[];
  /** The master's tables by sheet, as their cells. */
  readonly tables: ReadonlyMap<string, TableRows>;
}

/** A person's rows by 编号 key (the first of each) and by name key. */
function personIndex(table: TableRows | undefined, idKey: string) {
  const byId = new Map<string, TableRow>();
  const byName = new Map<string, TableRow[]>();
  for (const row of table?.rows ?? []) {
    const id = matchKey(textOf(row, idKey));
    if (id !== '' && !byId.has(id)) byId.set(id, row);
    const name = matchKey(textOf(row, 'name'));
    if (name !== '') byName.set(name, [...(byName.get(name) ?? []), row]);
  }
  /** The row an (编号, 姓名) pair names as the reader resolves it: the 编号 first, else a unique name. */
  return (id: string, name: string): TableRow | undefined => {
    if (id !== '') return byId.get(matchKey(id));
    const named = byName.get(matchKey(name)) ?? [];
    return named.length === 1 ? named[0] : undefined;
  };
}

/** A pairing row as 分发 sees it: its unit (key and name), its people's rows, whether it is still open. */
interface PairingShare {
  readonly row: TableRow;
  readonly unit: string | undefined;
  readonly leader: TableRow | undefined;
  readonly figure: TableRow | undefined;
  readonly open: boolean;
}

function pairingShares(tables: ReadonlyMap<string, TableRows>, read: LedgerRead): PairingShare[] {
  const resolved = new Map(read.ledger.pairings.map((pairing) => [pairing.row, pairing]));
  const leaderOf = personIndex(tables.get('领导干部'), 'leaderId');
  const figureOf = personIndex(tables.get('党外代表人士'), 'figureId');
  const byRow = (sheet: string) => new Map((tables.get(sheet)?.rows ?? []).map((row) => [row.row, row]));
  const [leaderRows, figureRows] = [byRow('领导干部'), byRow('党外代表人士')];
  return (tables.get('结对关系')?.rows ?? []).map((row) => {
    const pairing = resolved.get(row.row);
    const leader = pairing
      ? leaderRows.get(pairing.leader.row)
      : leaderOf(textOf(row, 'leaderId'), textOf(row, 'leaderName'));
    const figure = pairing
      ? figureRows.get(pairing.figure.row)
      : figureOf(textOf(row, 'figureId'), textOf(row, 'figureName'));
    const unit = pairing?.unit ?? (textOf(row, 'unit') || (figure && textOf(figure, 'unit')) || undefined);
    return { row, unit, leader, figure, open: pairing ? pairing.end === undefined : textOf(row, 'end') === '' };
  });
}

/**
 * The unit each contact row belongs to: its resolved pairing's, else what its 结对编号 or names point
 * at. A group row whose pairings belong to several units belongs to none: a copy holding it would
 * name another unit's people.
 */
function contactUnits(tables: ReadonlyMap<string, TableRows>, read: LedgerRead, shares: readonly PairingShare[]) {
  const byPairingRow = new Map(shares.map((share) => [share.row.row, share]));
  const resolved = new Map<number, string | undefined>();
  for (const contact of read.ledger.contacts) {
    const unit = byPairingRow.get(contact.pairing.row)?.unit;
    if (!resolved.has(contact.row)) resolved.set(contact.row, unit);
    else if (unit === undefined || matchKey(unit) !== matchKey(resolved.get(contact.row) ?? ''))
      resolved.set(contact.row, undefined);
  }
  const byId = new Map<string, PairingShare>();
  for (const share of shares) {
    const id = matchKey(textOf(share.row, 'pairingId'));
    if (id !== '' && !byId.has(id)) byId.set(id, share);
  }
  const units = new Map<number, string | undefined>();
  for (const row of tables.get('联系记录')?.rows ?? []) {
    if (resolved.has(row.row)) {
      units.set(row.row, resolved.get(row.row));
      continue;
    }
    const id = textOf(row, 'pairingId');
    if (id !== '') {
      units.set(row.row, byId.get(matchKey(id))?.unit);
      continue;
    }
    const [leader, figure] = [matchKey(textOf(row, 'leaderName')), matchKey(textOf(row, 'figureName'))];
    const named = new Set(
      shares
        .filter(
          (share) =>
            share.unit !== undefined &&
            share.leader !== undefined &&
            share.figure !== undefined &&
            matchKey(textOf(share.leader, 'name')) === leader &&
            matchKey(textOf(share.figure, 'name')) === figure,
        )
        .map((share) => share.unit as string),
    );
    units.set(row.row, named.size === 1 ? [...named][0] : undefined);
  }
  return units;
}

/** Every unit: those of 单位 in order, then those only pairings name. */
function unitNames(tables: ReadonlyMap<string, TableRows>, shares: readonly PairingShare[]): string[] {
  const names = new Map<string, string>();
  for (const name of [
    ...(tables.get('单位')?.rows ?? []).map((row) => textOf(row, 'name')),
    ...shares.map((share) => share.unit ?? ''),
  ])
    if (name !== '' && !names.has(matchKey(name))) names.set(matchKey(name), name);
  return [...names.values()];
}

/** The plan of every unit of the ledger (the host picks the units asked for). */
export function splitPlan(workbook: RawWorkbook, read: LedgerRead): SplitPlan {
  const tables = new Map<string, TableRows>();
  for (const def of LEDGER_TABLES) {
    const sheet = findSheet(workbook, def.sheet);
    const found = sheet && tableRows(sheet, def);
    if (found) tables.set(def.sheet, found);
  }
  const shares = pairingShares(tables, read);
  const contactUnit = contactUnits(tables, read, shares);
  const contactsByUnit = new Map<string, TableRow[]>();
  for (const row of tables.get('联系记录')?.rows ?? []) {
    const of = contactUnit.get(row.row);
    if (of === undefined) continue;
    const list = contactsByUnit.get(matchKey(of));
    if (list) list.push(row);
    else contactsByUnit.set(matchKey(of), [row]);
  }
  const knownUnits = new Set((tables.get('单位')?.rows ?? []).map((row) => matchKey(textOf(row, 'name'))));
  const units = unitNames(tables, shares).map((unit) => {
    const key = matchKey(unit);
    const own = shares.filter((share) => share.unit !== undefined && matchKey(share.unit) === key);
    const others = shares.filter((share) => share.open && !own.includes(share));
    /** A person of the unit whom no open pairing of another unit names, or one its pairings name. */
    const people = (sheet: string, of: (share: PairingShare) => TableRow | undefined) => {
      const named = new Set(own.flatMap((share) => of(share)?.row ?? []));
      const elsewhere = new Set(others.flatMap((share) => of(share)?.row ?? []));
      return (tables.get(sheet)?.rows ?? [])
        .filter((row) => named.has(row.row) || (matchKey(textOf(row, 'unit')) === key && !elsewhere.has(row.row)))
        .map((row) => row.row);
    };
    const figures = people('党外代表人士', (share) => share.figure);
    const contacts = contactsByUnit.get(key) ?? [];
    const contactIds = new Set(contacts.map((row) => matchKey(textOf(row, 'contactId'))).filter((id) => id !== ''));
    const followUps = (tables.get('意见办理')?.rows ?? []).filter((row) =>
      contactIds.has(matchKey(textOf(row, 'sourceContactId'))),
    );
    const figureRows = new Set(figures);
    const namedUnits = new Map<string, string>();
    for (const row of tables.get('党外代表人士')?.rows ?? []) {
      const of = textOf(row, 'unit');
      if (figureRows.has(row.row) && matchKey(of) !== key && knownUnits.has(matchKey(of)))
        namedUnits.set(matchKey(of), of);
    }
    const unitRow = (tables.get('单位')?.rows ?? []).find((row) => matchKey(textOf(row, 'name')) === key);
    const rows = new Map<string, readonly number[]>([
      ['单位', unitRow ? [unitRow.row] : []],
      ['领导干部', people('领导干部', (share) => share.leader)],
      ['党外代表人士', figures],
      ['结对关系', own.map((share) => share.row.row)],
      ['联系记录', contacts.map((row) => row.row)],
      ['意见办理', followUps.map((row) => row.row)],
    ]);
    return { unit, rows, namedUnits: [...namedUnits.values()] };
  });
  const undistributed = [
    ...shares
      .filter((share) => share.unit === undefined)
      .map((share) => tables.get('结对关系')?.placeOf(share.row.row, 'pairingId')),
    ...[...contactUnit]
      .filter(([, unit]) => unit === undefined)
      .map(([row]) => tables.get('联系记录')?.placeOf(row, 'contactId')),
  ].filter((place): place is Place => place !== undefined);
  return { units, undistributed, tables };
}
