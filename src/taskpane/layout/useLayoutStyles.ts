import { makeStyles, tokens } from '@fluentui/react-components';

/** The shared frame of every screen: a single column sized for a 320 px task pane. */
export const useLayoutStyles = makeStyles({
  screen: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    minWidth: '0',
    boxSizing: 'border-box',
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  /** Headings take their spacing from the column's gap, not from the browser's margins. */
  heading: { margin: '0' },
  /** A paragraph inside a message bar: its own line, no browser margins. */
  paragraph: { display: 'block', margin: `${tokens.spacingVerticalXS} 0 0` },
  muted: {
    color: tokens.colorNeutralForeground3,
  },
  breakWords: {
    overflowWrap: 'anywhere',
  },
  /** One item of a list of results (an expert's package, a municipality's archive): a raised card. */
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
  },
  /** Where files can be dropped (archives, a package); `dragging` while files are held over it. */
  dropZone: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    textAlign: 'center',
  },
  dragging: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  /** A file input hidden from people and screen readers; a button opens its dialog. */
  hiddenInput: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});
