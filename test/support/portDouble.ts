/**
 * A test double of the port: an in-memory workbook whose every call (method and arguments) is
 * logged, so a test can say what a use case asked of its host — that a check without a report
 * writes nothing, that a refused create only reads, that a render removes exactly the forms it
 * recorded. The cells are kept by the memory implementation (memoryWorkbook.ts); what the double
 * adds is the log, a selection to hand out (the memory host has none), and reads that are copies
 * (as a read inside Excel is), so a write never changes what a use case read before it.
 */
import type { RawWorkbook } from '../../src/core/rawWorkbook';
import { createMemoryWorkbook } from '../../src/workbook/memory/memoryWorkbook';
import type { SelectedRows, WorkbookPort } from '../../src/workbook/port';

type Method = keyof WorkbookPort;

/** One call as the use case made it. */
export type PortCall = { [M in Method]: { readonly method: M; readonly args: Parameters<WorkbookPort[M]> } }[Method];

/** The methods that change the workbook. */
export const WRITE_METHODS: readonly Method[] = ['replaceSheets', 'appendRows', 'setCells'];

export interface PortDouble extends WorkbookPort {
  /** Every call so far, in order. */
  readonly calls: readonly PortCall[];
  /** The methods called so far, in order. */
  methods(): Method[];
  /** The calls that change the workbook. */
  writes(): PortCall[];
  /** The calls of one method, with their arguments typed. */
  callsOf<M extends Method>(method: M): Array<Parameters<WorkbookPort[M]>>;
  /** Forgets the calls so far (the cells stay). */
  clearCalls(): void;
  /** The cell selected last through `selectCell`, if any. */
  readonly selected: Parameters<WorkbookPort['selectCell']>[0] | undefined;
}

export interface PortDoubleOptions {
  /** The rows the user has selected, handed out when a read asks for the selection. */
  readonly selection?: SelectedRows;
}

/** A logging port over these cells. */
export function portDouble(initial: RawWorkbook, options: PortDoubleOptions = {}): PortDouble {
  const memory = createMemoryWorkbook(initial);
  const calls: PortCall[] = [];
  let selected: PortDouble['selected'];
  const log = (call: PortCall): void => {
    calls.push(call);
  };

  const double = {
    get calls(): readonly PortCall[] {
      return calls;
    },
    get selected() {
      return selected;
    },
    methods: () => calls.map((call) => call.method),
    writes: () => calls.filter((call) => WRITE_METHODS.includes(call.method)),
    callsOf: <M extends Method>(method: M) =>
      calls.filter((call) => call.method === method).map((call) => call.args as Parameters<WorkbookPort[M]>),
    clearCalls: () => {
      calls.length = 0;
    },

    async read(...args: Parameters<WorkbookPort['read']>) {
      log({ method: 'read', args });
      // A copy, as Excel's read is: later writes do not reach what a use case read before them.
      const read = structuredClone(await memory.read(...args));
      return args[0]?.selection && options.selection ? { ...read, selection: options.selection } : read;
    },
    async replaceSheets(...args: Parameters<WorkbookPort['replaceSheets']>) {
      log({ method: 'replaceSheets', args });
      return memory.replaceSheets(...args);
    },
    async appendRows(...args: Parameters<WorkbookPort['appendRows']>) {
      log({ method: 'appendRows', args });
      return memory.appendRows(...args);
    },
    async setCells(...args: Parameters<WorkbookPort['setCells']>) {
      log({ method: 'setCells', args });
      return memory.setCells(...args);
    },
    async widenLists(...args: Parameters<WorkbookPort['widenLists']>) {
      log({ method: 'widenLists', args });
      return memory.widenLists(...args);
    },
    async selectCell(...args: Parameters<WorkbookPort['selectCell']>) {
      log({ method: 'selectCell', args });
      selected = args[0];
    },
  } satisfies PortDouble;
  return double;
}
