/**
 * A ledger column: its Chinese header (the user-facing contract), how its cells are read, and what
 * a new ledger writes for it. The zod schema validates the value the cell was read as.
 */
import { z } from 'zod';
import type { LocalDate } from '../localDate';

/** How a column's cells are read and checked, and what a new ledger gives it (format, dropdown). */
export type ColumnKind = 'id' | 'text' | 'longText' | 'date' | 'oneOf' | 'listOf' | 'yesNo';

/** One ledger column, shared by the reader, a new ledger's template and the upgrade. */
export interface Column<T = unknown> {
  readonly header: string;
  readonly kind: ColumnKind;
  readonly required: boolean;
  /** The allowed values of a oneOf/listOf column: the dropdown of a new ledger. */
  readonly values: readonly string[];
  /** Width in characters in a new ledger. */
  readonly width: number;
  readonly schema: z.ZodType<T>;
}

interface ColumnOptions {
  readonly width?: number;
}

const localDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/) as unknown as z.ZodType<LocalDate>;
const presentText = z.string().min(1);

function make<T>(
  header: string,
  kind: ColumnKind,
  schema: z.ZodType<T>,
  required: boolean,
  width: number,
  values: readonly string[] = [],
): Column<T> {
  return { header, kind, required, values, width, schema };
}

const DEFAULT_WIDTH: Record<ColumnKind, number> = {
  id: 12,
  text: 14,
  longText: 40,
  date: 12,
  oneOf: 12,
  listOf: 24,
  yesNo: 10,
};

type OptionalColumn<T> = Column<T | undefined> & { readonly mandatory: () => Column<T> };

/** Column builders: `col.text('姓名')` may stay empty, `col.text('姓名').mandatory()` may not. */
function builder<T>(
  header: string,
  kind: ColumnKind,
  schema: z.ZodType<T>,
  options: ColumnOptions,
  values: readonly string[] = [],
): OptionalColumn<T> {
  const width = options.width ?? DEFAULT_WIDTH[kind];
  return {
    ...make<T | undefined>(header, kind, schema.optional(), false, width, values),
    mandatory: () => make(header, kind, schema, true, width, values),
  };
}

/** The builders a schema file writes its columns with; everything but `id` may stay empty unless `.mandatory()`. */
export const col = {
  /** 编号: free text, unique in its table, compared trimmed and case-insensitive. Always required. */
  id: (header: string, options: ColumnOptions = {}) =>
    make(header, 'id', presentText, true, options.width ?? DEFAULT_WIDTH.id),
  text: (header: string, options: ColumnOptions = {}) => builder(header, 'text', presentText, options),
  longText: (header: string, options: ColumnOptions = {}) => builder(header, 'longText', presentText, options),
  date: (header: string, options: ColumnOptions = {}) => builder(header, 'date', localDateSchema, options),
  oneOf: <const V extends readonly [string, ...string[]]>(header: string, values: V, options: ColumnOptions = {}) =>
    builder(header, 'oneOf', z.enum(values), options, values),
  listOf: <const V extends readonly [string, ...string[]]>(header: string, values: V, options: ColumnOptions = {}) =>
    builder(header, 'listOf', z.array(z.enum(values)), options, values),
  yesNo: (header: string, options: ColumnOptions = {}) => builder(header, 'yesNo', z.boolean(), options, ['是', '否']),
};

/** A table's columns by key (the key is the field name of its rows). */
export type Columns = Record<string, Column>;

/**
 * A row from its columns' values in the order of the table's columns (undefined for a column the
 * sheet lacks) and its row number, written as an object literal by a table that may hold thousands of
 * rows: a literal is laid out whole, with every property in the object, where the generic copy of a
 * shape and a store per cell by a computed key made each row slower to make and twice as large.
 */
export type RowMaker<C extends Columns = Columns> = (
  values: readonly unknown[],
  row: number,
) => { [K in keyof C]: unknown } & { row: number };

/** One ledger table: its sheet, its stable table name, and its columns in the order a new ledger has them. */
export interface TableDef<C extends Columns = Columns> {
  readonly sheet: string;
  readonly table: string;
  readonly columns: C;
  readonly schema: z.ZodObject<{ [K in keyof C]: C[K]['schema'] }>;
  /** How a row is made, for a table that may be large (a test holds it to the columns' order). */
  readonly rowOf?: RowMaker<C>;
}

/** A table with the zod schema its rows are checked against, built from its columns. */
export function defineTable<const C extends Columns>(
  sheet: string,
  table: string,
  columns: C,
  rowOf?: RowMaker<C>,
): TableDef<C> {
  const shape = Object.fromEntries(Object.entries(columns).map(([key, column]) => [key, column.schema])) as {
    [K in keyof C]: C[K]['schema'];
  };
  return { sheet, table, columns, schema: z.object(shape), ...(rowOf ? { rowOf } : {}) };
}

/** A table's row as read: optional columns may be undefined. */
export type RowOf<D extends TableDef> = z.infer<D['schema']>;
