/** The task pane itself, the same in Excel and the browser preview: its tabs and the overview they work from. */
import { Button, Spinner, Tab, TabList } from '@fluentui/react-components';
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import type { Result } from '../../core/result';
import type { Failure, LedgerHost, LedgerOverview } from '../../app/ledgerHost';
import { useVisuallyHidden } from './Announcer';
import { CheckView } from './CheckView';
import { ContactView } from './ContactView';
import { FormsView } from './FormsView';
import { HostErrorBar } from './HostErrorBar';
import { useLayoutStyles } from './layout';
import { LedgerView } from './LedgerView';
import { ReviewView } from './ReviewView';
import { thrownHostError } from './useHostTask';

/** A tab of the pane; `?view=` in the pane's URL opens one (the ribbon's 生成登记表 button). */
export type PaneView = 'check' | 'forms' | 'contact' | 'review' | 'ledger';
/** The tabs in order, with their Chinese labels. */
export const PANE_VIEWS: ReadonlyArray<{ readonly id: PaneView; readonly label: string }> = [
  { id: 'check', label: '检查' },
  { id: 'forms', label: '登记表' },
  { id: 'contact', label: '填报' },
  { id: 'review', label: '考核' },
  { id: 'ledger', label: '台账' },
];

interface Props {
  readonly host: LedgerHost;
  readonly initialView?: PaneView;
}

type OverviewState = { readonly status: 'loading' } | Result<LedgerOverview, Failure>;

/** The five views on one host. The ledger's lists are read once and again after the ledger changes. */
export function LedgerPane({ host, initialView = 'check' }: Props) {
  const layout = useLayoutStyles();
  const hidden = useVisuallyHidden();
  const [view, setView] = useState<PaneView>(initialView);
  const [overview, setOverview] = useState<OverviewState>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((current) => current + 1), []);

  useEffect(() => {
    let current = true;
    host.overview().then(
      (loaded) => {
        if (!current) return;
        setOverview(loaded);
        if (!loaded.ok && loaded.error.kind === 'notLedger') setView('ledger');
      },
      (cause: unknown) => current && setOverview({ ok: false, error: thrownHostError(cause) }),
    );
    return () => {
      current = false;
    };
  }, [host, version]);

  const withOverview = (render: (loaded: LedgerOverview) => ReactNode): ReactNode => {
    if ('status' in overview) return <Spinner size="small" label="正在读取台账…" />;
    if (overview.ok) return render(overview.value);
    return (
      <div className={layout.stack}>
        <HostErrorBar error={overview.error} />
        {overview.error.kind === 'notLedger' ? (
          <Button onClick={() => setView('ledger')}>前往「台账」</Button>
        ) : (
          <Button onClick={reload}>重新读取</Button>
        )}
      </div>
    );
  };
  const panels: Record<PaneView, ReactNode> = {
    check: withOverview((loaded) => <CheckView host={host} overview={loaded} />),
    forms: withOverview((loaded) => <FormsView host={host} overview={loaded} />),
    contact: withOverview((loaded) => <ContactView host={host} overview={loaded} onAdded={reload} />),
    review: withOverview((loaded) => <ReviewView host={host} overview={loaded} />),
    ledger: (
      <LedgerView
        host={host}
        notLedger={'status' in overview || overview.ok ? undefined : overview.error}
        overview={'status' in overview || !overview.ok ? undefined : overview.value}
        onChanged={reload}
      />
    ),
  };

  return (
    <div className={layout.stack} data-testid="pane-ready">
      <TabList
        selectedValue={view}
        onTabSelect={(_, data) => setView(data.value as PaneView)}
        aria-label="台账面板"
        size="medium"
      >
        {PANE_VIEWS.map(({ id, label }) => (
          <Tab key={id} id={`tab-${id}`} value={id} aria-controls={`panel-${id}`}>
            {label}
          </Tab>
        ))}
      </TabList>
      {PANE_VIEWS.map(({ id, label }) => (
        <div key={id} id={`panel-${id}`} role="tabpanel" aria-labelledby={`tab-${id}`} hidden={view !== id}>
          {/* The view's heading (h2), between the pane's title (h1) and its sections (h3): seen on the tab already. */}
          <h2 className={hidden.hidden}>{label}</h2>
          {panels[id]}
        </div>
      ))}
    </div>
  );
}
