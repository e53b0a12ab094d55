import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useLayoutStyles } from './useLayoutStyles';

export interface TitledNoticeProps {
  intent: 'warning' | 'error';
  title: string;
  body: string;
}

/** A message bar with a title and a paragraph: what the host cannot do, or what must not leave the coordinator. */
export function TitledNotice({ intent, title, body }: TitledNoticeProps) {
  const layout = useLayoutStyles();
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <div className={layout.paragraph}>{body}</div>
      </MessageBarBody>
    </MessageBar>
  );
}
