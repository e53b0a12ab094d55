import { Spinner } from '@fluentui/react-components';
import { useMessages } from '../i18n';
import { useLayoutStyles } from './useLayoutStyles';

/** What a screen shows while its code is still loading (screens are split out of the pane's start-up bundle). */
export function ScreenLoading() {
  const text = useMessages();
  const layout = useLayoutStyles();
  return (
    <div className={layout.screen}>
      <Spinner size="small" label={text.loading} />
    </div>
  );
}
