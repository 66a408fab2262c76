/**
 * The 台账 view's workflows on a ledger — 分发, 汇总, 交接 — in one module the view loads lazily
 * (React.lazy), so their components (tables, checkboxes, date fields) are not part of the pane's
 * first load; the use cases behind them are fetched only when one is started (ledgerHost.ts).
 */
import type { LedgerHost, LedgerOverview } from '../../app/ledgerHost';
import { DistributeSection } from './DistributeSection';
import { HandoverSection } from './HandoverSection';
import { MergeSection } from './MergeSection';

export interface LedgerWorkflowsProps {
  readonly host: LedgerHost;
  readonly overview: LedgerOverview;
  readonly onChanged: () => void;
  /** What the preview adds to the news of a change (it is not saved yet). */
  readonly note?: string;
  /** How 分发's .zip reaches the user; a Blob download unless a test watches it. */
  readonly save?: (fileName: string, bytes: Uint8Array) => void;
}

/** 分发, 汇总 and 交接, one section each. */
export default function LedgerWorkflows({ host, overview, onChanged, note, save }: LedgerWorkflowsProps) {
  return (
    <>
      <DistributeSection host={host} units={overview.units} save={save} />
      <MergeSection host={host} onChanged={onChanged} note={note} />
      <HandoverSection host={host} overview={overview} onChanged={onChanged} note={note} />
    </>
  );
}
