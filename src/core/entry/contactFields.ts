/**
 * The 填报 form's problems in the form's own words: each beside the field it concerns, said as
 * what to fill in or change there. The rules are the check's (prepareContact), but the row is not
 * written yet, so no message may send the user to a cell of it (「联系记录」F2) or speak of "此行".
 */
import { type Problem, problemSentence } from '../problems';

/** A field of the 填报 form. */
export type ContactField =
  'pairingId' | 'date' | 'form' | 'summary' | 'suggestions' | 'difficulties' | 'note' | 'filedBy';

/** The fields top to bottom, as the form lays them out: the first with a problem is the one to go to. */
export const CONTACT_FIELDS: readonly ContactField[] = [
  'pairingId',
  'date',
  'form',
  'summary',
  'suggestions',
  'difficulties',
  'note',
  'filedBy',
];

/** Each field's label on the form. */
export const CONTACT_FIELD_LABEL: Record<ContactField, string> = {
  pairingId: '结对',
  date: '联系日期',
  form: '联系形式',
  summary: '联系沟通情况',
  suggestions: '意见建议',
  difficulties: '困难诉求',
  note: '备注',
  filedBy: '填报人',
};

/** Which field a problem concerns: it names its 联系记录 column by header. */
const FIELD_OF_COLUMN: Record<string, ContactField> = {
  结对编号: 'pairingId',
  干部姓名: 'pairingId',
  人士姓名: 'pairingId',
  联系日期: 'date',
  联系形式: 'form',
  联系沟通情况: 'summary',
  意见建议: 'suggestions',
  困难诉求: 'difficulties',
  备注: 'note',
  填报人: 'filedBy',
};

/** What an empty required field asks for: the pickers are chosen from, the rest typed. */
const MISSING: Partial<Record<ContactField, string>> = {
  pairingId: '请选择结对：输入姓名、单位或结对编号，再从列表中选择。',
  form: '请选择联系形式。',
};

/** A clause telling when a written row counts (“，此行改正前不计入检查”): there is no row yet. */
const ROW_CLAUSE = /[，；][^，；。]*此行[^。]*(?=。$)/;

/** A problem as the form says it beside its field. */
export function fieldWords(problem: Problem): string {
  const field = FIELD_OF_COLUMN[problem.column];
  if (field && (problem.code === 'REQUIRED_MISSING' || problem.code === 'CONTACT_PAIRING_EMPTY'))
    return MISSING[field] ?? `请填写${CONTACT_FIELD_LABEL[field]}。`;
  return problemSentence(problem).replace(ROW_CLAUSE, '');
}

/** The form's problems: by field (several joined), those of no field, and the first field to move to. */
export interface ContactFieldProblems {
  readonly byField: Partial<Record<ContactField, string>>;
  readonly other: readonly string[];
  readonly first: ContactField | undefined;
}

/** Sorts a draft's problems onto the form's fields, in the form's words. */
export function contactFieldProblems(problems: readonly Problem[]): ContactFieldProblems {
  const byField: Partial<Record<ContactField, string>> = {};
  const other: string[] = [];
  for (const problem of problems) {
    const field = FIELD_OF_COLUMN[problem.column];
    const words = fieldWords(problem);
    if (field === undefined) other.push(words);
    else byField[field] = byField[field] === undefined ? words : `${byField[field]} ${words}`;
  }
  return { byField, other, first: CONTACT_FIELDS.find((field) => byField[field] !== undefined) };
}
