import { Body1, Caption1, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useMessages } from '../i18n';
import { useLayoutStyles } from '../layout/useLayoutStyles';
import { useSession } from '../session';

/** Shown instead of the pane when Excel lacks ExcelApi 1.8 (Office 2016/2019 and older). */
export function UnsupportedVersion() {
  const { host } = useSession();
  const messages = useMessages();
  const layout = useLayoutStyles();
  const highest = host.excelApiVersions.at(-1) ?? null;
  return (
    <div className={layout.screen} role="alert">
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{messages.unsupported.title}</MessageBarTitle>
          <Body1 as="p" className={layout.paragraph}>
            {messages.unsupported.body}
          </Body1>
        </MessageBarBody>
      </MessageBar>
      <Caption1 className={layout.muted}>{messages.unsupported.detected(host.hostName ?? 'Office', highest)}</Caption1>
    </div>
  );
}
