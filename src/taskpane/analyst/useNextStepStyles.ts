import { makeStyles, tokens } from '@fluentui/react-components';

/** The look the analyst's steps after a merge share: the run's button, its error, the result's summary, a list (of the layout's cards). */
export const useNextStepStyles = makeStyles({
  start: { width: '100%' },
  error: { color: tokens.colorPaletteRedForeground1 },
  summary: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
  },
  list: { listStyleType: 'none', margin: '0', padding: '0', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});
