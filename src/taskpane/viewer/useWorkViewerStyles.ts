import { makeStyles, tokens } from '@fluentui/react-components';

/** The viewer's layout, designed for a 320 px pane: one column, small buttons, the page filling the width. */
export const useWorkViewerStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    height: '100%',
    minHeight: '0',
    minWidth: '0',
    boxSizing: 'border-box',
    outlineStyle: 'none',
    ':focus-visible': {
      outlineStyle: 'solid',
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: '-2px',
    },
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    minWidth: '0',
  },
  label: {
    flexGrow: 1,
    minWidth: '0',
    overflowWrap: 'anywhere',
    fontWeight: tokens.fontWeightSemibold,
  },
  toolbar: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXXS,
    minWidth: '0',
  },
  zoomLevel: {
    minWidth: '40px',
    textAlign: 'center',
    fontVariantNumeric: 'tabular-nums',
  },
  pageCounter: {
    minWidth: '36px',
    textAlign: 'center',
    fontVariantNumeric: 'tabular-nums',
  },
  spacer: { flexGrow: 1 },
  help: {
    display: 'block',
    color: tokens.colorNeutralForeground2,
  },
  area: {
    position: 'relative',
    flexGrow: 1,
    flexShrink: 1,
    flexBasis: 'auto',
    minHeight: '200px',
    overflow: 'auto',
    // The width available to the page does not change when a tall page brings a scrollbar.
    scrollbarGutter: 'stable',
    backgroundColor: tokens.colorNeutralBackground3,
  },
  pageHost: {
    width: 'fit-content',
    marginLeft: 'auto',
    marginRight: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
  },
  overlay: {
    position: 'absolute',
    top: '0',
    left: '0',
    right: '0',
    display: 'flex',
    justifyContent: 'center',
    padding: tokens.spacingVerticalL,
    pointerEvents: 'none',
  },
  // A spinner only when opening takes long enough to notice; a prefetched work never shows one.
  delayed: {
    opacity: 0,
    animationName: { from: { opacity: 0 }, to: { opacity: 1 } },
    animationDuration: '1ms',
    animationDelay: '250ms',
    animationFillMode: 'forwards',
  },
  message: {
    padding: tokens.spacingVerticalS,
  },
  thumbnails: {
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
    overflowX: 'auto',
    paddingBottom: tokens.spacingVerticalXXS,
    flexShrink: 0,
  },
  thumbnail: {
    flexShrink: 0,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: '2px',
    padding: '2px',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: 'pointer',
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground2,
  },
  thumbnailCurrent: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    padding: '1px',
    color: tokens.colorNeutralForeground1,
  },
  workPages: { flexShrink: 0, whiteSpace: 'nowrap', color: tokens.colorBrandForeground1 },
  /** A page of the shown work inside its classroom file (the cross-check's commission). */
  thumbnailInWork: {
    backgroundColor: tokens.colorBrandBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    color: tokens.colorNeutralForeground1,
  },
  thumbnailCanvas: {
    display: 'block',
    width: '44px',
    minHeight: '62px',
    backgroundColor: tokens.colorNeutralBackground2,
  },
});
