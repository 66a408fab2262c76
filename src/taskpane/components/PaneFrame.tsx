/** The frame around the pane's content: Fluent's theme, the title, and what the host shows beside it. */
import { FluentProvider, makeStyles, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
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
  return (
    // Layout stays off the provider: Fluent copies the provider's classes onto its portals (listboxes, tooltips).
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang="zh-CN">
      <div className={styles.root}>
        <header className={styles.header}>
          <h1 className={styles.title}>联谊交友台账</h1>
          {aside && <div className={styles.aside}>{aside}</div>}
        </header>
        <main>{children}</main>
      </div>
    </FluentProvider>
  );
}
