import { FORM_SHEET_PREFIX } from '../../core/forms/renderForms';
import { err, ok, type Result } from '../../core/result';
import { uniqueSheetNames } from '../../core/sheet/sheetName';
import type { SheetSpec } from '../../core/sheet/sheetSpec';
import type { FormsOutcome, HostError } from '../../taskpane/ledgerHost';
import type { OfficeContext } from './officeApi';
import { ACTION_BYTES, writeInChunks, type WriteOp } from './writeBatch';
import { sheetSpecWrite } from './writeSheetSpecOffice';

/**
 * Puts rendered 登记表 into the open workbook, replacing the ones this add-in rendered before and
 * touching no other sheet. Their names are kept in the workbook's add-in settings
 * (`workbook.settings`, ExcelApi 1.4): saved inside the file, scoped to this add-in, invisible to
 * users, and read in the same sync as the cells — unlike a hidden sheet, which users can unhide,
 * rename or delete, and which the command line and WPS would see as one more sheet. A workbook
 * without the setting (forms rendered before this version, or by another deployment of the
 * add-in, whose settings are separate) falls back to the sheets named 登记表-….
 */
export const FORMS_SETTING = 'lianyi.formSheets';

/** Queues the read of the names recorded by the last render; after the sync, undefined when there is none. */
export function queueRecordedForms(context: OfficeContext): () => string[] | undefined {
  const setting = context.workbook.settings.getItemOrNullObject(FORMS_SETTING);
  setting.load('value');
  return () => {
    if (setting.isNullObject || typeof setting.value !== 'string') return undefined;
    try {
      const names: unknown = JSON.parse(setting.value);
      return Array.isArray(names) ? names.filter((name): name is string => typeof name === 'string') : undefined;
    } catch {
      return undefined; // a damaged record: treat the workbook as never rendered, see the fallback
    }
  };
}

export interface FormsPlacement {
  readonly existing: readonly string[];
  readonly recorded: readonly string[] | undefined;
}

/** The sheets a new render replaces, and the specs renamed where they would clash with the sheets kept. */
export function placeForms(specs: readonly SheetSpec[], placement: FormsPlacement): { remove: string[]; specs: SheetSpec[] } {
  const fold = (name: string) => name.toLowerCase();
  const recorded = placement.recorded === undefined ? undefined : new Set(placement.recorded.map(fold));
  const isOurs = (name: string) => (recorded ? recorded.has(fold(name)) : name.startsWith(`${FORM_SHEET_PREFIX}-`));
  const remove = placement.existing.filter(isOurs);
  const kept = placement.existing.filter((name) => !isOurs(name));
  const names = uniqueSheetNames(specs.map((spec) => spec.name), kept);
  return { remove, specs: specs.map((spec, index) => ({ ...spec, name: names[index] as string })) };
}

export interface FormsWriteOptions {
  readonly date1904: boolean;
  readonly budget?: number;
  readonly signal: AbortSignal;
  readonly progress: (done: number, total: number) => void;
}

const listed = (names: readonly string[]): string => {
  const shown = names.slice(0, 5).map((name) => `「${name}」`).join('');
  return names.length > 5 ? `${shown}等 ${names.length} 张` : shown;
};

/** Deletes the previous forms and writes the new ones in as few syncs as the request size allows. */
export async function writeForms(context: OfficeContext, specs: readonly SheetSpec[], placement: FormsPlacement, options: FormsWriteOptions): Promise<Result<FormsOutcome, HostError>> {
  const placed = placeForms(specs, placement);
  const prelude: WriteOp[] = placed.remove.map((name) => ({ bytes: ACTION_BYTES, apply: () => context.workbook.worksheets.getItem(name).delete() }));
  const writes = placed.specs.map((spec) => sheetSpecWrite(context, spec, options));
  const first = placed.specs[0];
  const last = writes[writes.length - 1];
  if (first && last) writes[writes.length - 1] = { ...last, ops: [...last.ops, { bytes: ACTION_BYTES, apply: () => context.workbook.worksheets.getItem(first.name).activate() }] };
  const outcome = await writeInChunks(context, writes, {
    budget: options.budget,
    signal: options.signal,
    prelude,
    progress: options.progress,
    beforeSync: (written) => context.workbook.settings.add(FORMS_SETTING, JSON.stringify(written)),
  });
  if (!outcome.cancelled) return ok({ sheetNames: placed.specs.map((spec) => spec.name) });
  const message =
    outcome.written.length === 0
      ? '已取消：没有生成登记表，工作簿没有改动。'
      : `已取消：已生成 ${outcome.written.length} 份登记表（${listed(outcome.written)}），其余未生成${placed.remove.length > 0 ? '；上次生成的登记表已删除' : ''}。再次生成会替换这些工作表。`;
  return err({ kind: 'cancelled', message });
}
