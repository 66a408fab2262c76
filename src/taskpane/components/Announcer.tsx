/**
 * The pane's voice for screen readers: one polite live region that says what just happened (a
 * check ran, a contact was added, forms were made, a file opened). Failures are not said here:
 * HostErrorBar's role="alert" says them. The region is present from the start, as screen readers
 * only follow live regions that were in the page before their text changed.
 */
import { makeStyles } from '@fluentui/react-components';
import { createContext, type ReactNode, useCallback, useContext, useRef, useState } from 'react';

/** Says a sentence to screen readers; the same sentence twice is said twice. */
export type Announce = (text: string) => void;

const AnnounceContext = createContext<Announce>(() => undefined);

/** The announcer of the pane the component is in; a no-op outside one (a view rendered alone in a test). */
export const useAnnounce = (): Announce => useContext(AnnounceContext);

/** Visually hidden, still read: the usual clip pattern. */
export const useVisuallyHidden = makeStyles({
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

/** Wraps the pane: its children may announce; the region itself is hidden from sight. */
export function AnnouncerProvider({ children }: { readonly children: ReactNode }) {
  const styles = useVisuallyHidden();
  const [said, setSaid] = useState({ text: '', serial: 0 });
  const serial = useRef(0);
  const announce = useCallback<Announce>((text) => {
    serial.current += 1;
    setSaid({ text, serial: serial.current });
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div aria-live="polite" aria-atomic="true" className={styles.hidden} data-testid="announcer">
        {/* A new key each time: a repeated sentence is a new node, so it is read again. */}
        <span key={said.serial}>{said.text}</span>
      </div>
    </AnnounceContext.Provider>
  );
}
