/**
 * The frame around the pane's content: Fluent's theme (and the matching `color-scheme`, so native
 * controls — date pickers, scroll bars, selects — follow a dark theme too), the title, what the
 * host shows beside it, and the live region the pane speaks through.
 */
import { FluentProvider, makeStyles, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { type ReactNode, useLayoutEffect } from 'react';
import { AnnouncerProvider } from './Announcer';

/** Wider than this, lines and fields get hard to read: a task pane is ~350–500 px, a browser window may be 1280. */
const READABLE_WIDTH = '760px';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  light: { colorScheme: 'light' },
  dark: { colorScheme: 'dark' },
  column: {
    maxWidth: READABLE_WIDTH,
    marginLeft: 'auto',
    marginRight: 'auto',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    // A field as wide as a 1280-px window is hard to read and to aim at; in a task pane this changes nothing.
    '& .fui-Field': { maxWidth: '520px' },
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  aside: { minWidth: 0 },
});

interface Props {
  readonly dark: boolean;
  /** Beside the title: what the pane works on (the preview's file name and its own actions). */
  readonly aside?: ReactNode;
  readonly children: ReactNode;
}

/** The pane's theme (Excel's, or the browser's in the preview), its title and its content. */
export function PaneFrame({ dark, aside, children }: Props) {
  const styles = useStyles();
  // The page's own background and scroll bars, outside Fluent's provider, follow the theme as well.
  useLayoutEffect(() => {
    document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
  }, [dark]);
  return (
    // Layout stays off the provider: Fluent copies the provider's classes onto its portals (listboxes, tooltips).
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang="zh-CN">
      <AnnouncerProvider>
        <div className={`${styles.root} ${dark ? styles.dark : styles.light}`}>
          <div className={styles.column}>
            <header className={styles.header}>
              <h1 className={styles.title}>联谊交友台账</h1>
              {aside && <div className={styles.aside}>{aside}</div>}
            </header>
            <main>{children}</main>
          </div>
        </div>
      </AnnouncerProvider>
    </FluentProvider>
  );
}
