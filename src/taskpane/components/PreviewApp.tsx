/**
 * The root of the browser preview: opening a ledger file (or the sample) before the pane works on
 * it, and keeping what the user changes there from being lost without a question.
 */
import { useEffect, useRef, useState } from 'react';
import type { Result } from '../../core/result';
import type { Failure, LedgerHost } from '../../app/ledgerHost';
import type { OpenStep } from '../preview/previewHost';
import { useAnnounce } from './Announcer';
import { LedgerPane, type PaneView } from './LedgerPane';
import { PaneFrame } from './PaneFrame';
import { PreviewFileBar } from './PreviewFileBar';
import { type OpenProgress, PreviewStart } from './PreviewStart';
import { thrownHostError } from './useHostTask';
import { useUnsaved } from './useUnsaved';

/** Opens a preview host on a file's bytes, or on a new workbook holding the sample when there are none. */
export type OpenPreview = (
  file: { readonly bytes: Uint8Array; readonly name: string } | 'sample',
  progress?: (step: OpenStep) => void,
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

interface Opened {
  readonly host: LedgerHost;
  readonly name: string;
  readonly serial: number;
}

/**
 * The pane on a file just opened: says so to screen readers and puts the focus on the selected
 * tab — the button that opened the file is gone, and the focus would otherwise fall to the page.
 */
function OpenedPane({ opened, initialView }: { readonly opened: Opened; readonly initialView?: PaneView }) {
  const announce = useAnnounce();
  const frame = useRef<HTMLDivElement>(null);
  useEffect(() => {
    announce(`已打开「${opened.name}」。`);
    frame.current?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
  }, [announce, opened.name, opened.serial]);
  return (
    <div ref={frame}>
      <LedgerPane host={opened.host} initialView={initialView} />
    </div>
  );
}

/** The browser preview: a file picker, then the same pane on the opened workbook. */
export function PreviewApp({ dark, openPreview, initialView, save }: Props) {
  const [opened, setOpened] = useState<Opened>();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<OpenProgress>();
  const [error, setError] = useState<Failure>();
  useLeaveGuard(useUnsaved(opened?.host)?.count ?? 0);

  /** Reading the file happens here too, so a file the browser cannot read is reported like any other. */
  const open = async (source: () => Promise<Parameters<OpenPreview>[0]>, name: string) => {
    setBusy(true);
    setProgress(undefined);
    setError(undefined);
    try {
      const host = await openPreview(await source(), setProgress);
      if (host.ok) setOpened((previous) => ({ host: host.value, name, serial: (previous?.serial ?? 0) + 1 }));
      else setError(host.error);
    } catch (cause) {
      setError(thrownHostError(cause));
    } finally {
      setBusy(false);
    }
  };
  const openFile = (file: File) =>
    open(async () => {
      setProgress({ stage: 'file', bytes: file.size });
      return { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name };
    }, file.name);

  const aside = opened && (
    <PreviewFileBar host={opened.host} name={opened.name} onOpenOther={() => setOpened(undefined)} save={save} />
  );
  return (
    <PaneFrame dark={dark} aside={aside}>
      {opened ? (
        <OpenedPane key={opened.serial} opened={opened} initialView={initialView} />
      ) : (
        <PreviewStart
          busy={busy}
          progress={progress}
          error={error}
          onOpen={(file) => void openFile(file)}
          onTrySample={() => void open(async () => 'sample', '示例台账（虚构）')}
        />
      )}
    </PaneFrame>
  );
}
