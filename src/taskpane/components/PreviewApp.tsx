/**
 * The root of the browser preview: opening a ledger file (or the sample) before the pane works on
 * it, and keeping what the user changes there from being lost without a question.
 */
import { useEffect, useState } from 'react';
import type { Result } from '../../core/result';
import type { Failure, LedgerHost } from '../../app/ledgerHost';
import { LedgerPane, type PaneView } from './LedgerPane';
import { PaneFrame } from './PaneFrame';
import { PreviewFileBar } from './PreviewFileBar';
import { PreviewStart } from './PreviewStart';
import { thrownHostError } from './useHostTask';
import { useUnsaved } from './useUnsaved';

/** Opens a preview host on a file's bytes, or on a new workbook holding the sample when there are none. */
export type OpenPreview = (
  file: { readonly bytes: Uint8Array; readonly name: string } | 'sample',
) => Promise<Result<LedgerHost, Failure>>;

interface Props {
  readonly dark: boolean;
  readonly openPreview: OpenPreview;
  readonly initialView?: PaneView;
  /** How downloads reach the user; a Blob download unless a test watches it. */
  readonly save?: (fileName: string, bytes: Uint8Array) => void;
}

/** While changes are not downloaded, closing or reloading the page asks first (the browser's own question). */
function useLeaveGuard(unsavedCount: number): void {
  useEffect(() => {
    if (unsavedCount === 0) return undefined;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Chrome and Edge before 119 ask only when returnValue is set to something truthy.
      event.returnValue = true;
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [unsavedCount]);
}

/** The browser preview: a file picker, then the same pane on the opened workbook. */
export function PreviewApp({ dark, openPreview, initialView, save }: Props) {
  const [opened, setOpened] = useState<{ host: LedgerHost; name: string; serial: number }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Failure>();
  useLeaveGuard(useUnsaved(opened?.host)?.count ?? 0);

  /** Reading the file happens here too, so a file the browser cannot read is reported like any other. */
  const open = async (source: () => Promise<Parameters<OpenPreview>[0]>, name: string) => {
    setBusy(true);
    setError(undefined);
    try {
      const host = await openPreview(await source());
      if (host.ok) setOpened((previous) => ({ host: host.value, name, serial: (previous?.serial ?? 0) + 1 }));
      else setError(host.error);
    } catch (cause) {
      setError(thrownHostError(cause));
    } finally {
      setBusy(false);
    }
  };
  const openFile = (file: File) =>
    open(async () => ({ bytes: new Uint8Array(await file.arrayBuffer()), name: file.name }), file.name);

  const aside = opened && (
    <PreviewFileBar host={opened.host} name={opened.name} onOpenOther={() => setOpened(undefined)} save={save} />
  );
  return (
    <PaneFrame dark={dark} aside={aside}>
      {opened ? (
        <LedgerPane key={opened.serial} host={opened.host} initialView={initialView} />
      ) : (
        <PreviewStart
          busy={busy}
          error={error}
          onOpen={(file) => void openFile(file)}
          onTrySample={() => void open(async () => 'sample', '示例台账（虚构）')}
        />
      )}
    </PaneFrame>
  );
}
