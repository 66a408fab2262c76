/** Layout classes shared by the pane's views, so every tab spaces its parts alike. */
import { makeStyles, tokens } from '@fluentui/react-components';

/** The pane's vertical rhythm: sections stacked with even gaps, readable down to ~300 px wide. */
export const useLayoutStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  tight: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  /** Fields side by side where the pane is wide, one under the other in a narrow task pane. */
  fields: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    alignItems: 'start',
  },
  hint: { color: tokens.colorNeutralForeground3 },
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, margin: 0 },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase400,
  },
});
