import { Body1, Button, Caption1, MessageBar, MessageBarBody, Subtitle2, Text, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { OpenDemo } from '../expert';
import { useMessages } from '../i18n';
import { useLayoutStyles } from '../layout/useLayoutStyles';
import { useSession } from '../session';
import { crossTexts } from '../cross/crossTexts';

export interface StartScreenProps {
  onLoadArchives: () => void;
  /** The analyst's role: merge the returned protocols. */
  onMergeProtocols: () => void;
  /** The school's cross-check results screen (issue 10); no button without it. */
  onCrossResults?: () => void;
  /** The checking school's commission screen (issue 10); no button without it. */
  onCommission?: () => void;
  /** The coordinator's cross-check preparation (issue 10); no button without it. */
  onCrossPrepare?: () => void;
}

const useStyles = makeStyles({
  logo: { width: '32px', height: '32px', flexShrink: 0 },
  roles: {
    margin: '0',
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  localOnly: {
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  primary: { width: '100%' },
  roleLine: { margin: '0' },
});

/** What Recheck is, who does what, and the first step for each role. */
export function StartScreen({ onLoadArchives, onMergeProtocols, onCrossResults, onCommission, onCrossPrepare }: StartScreenProps) {
  const { host } = useSession();
  const messages = useMessages();
  const text = messages.start;
  const layout = useLayoutStyles();
  const styles = useStyles();
  return (
    <div className={layout.screen}>
      <header className={layout.header}>
        <img className={styles.logo} src="assets/icon-32.png" alt="" />
        <Title3 as="h1" className={layout.heading}>{messages.productName}</Title3>
      </header>
      {host.host === 'none' && (
        <MessageBar intent="info">
          <MessageBarBody>{text.outsideExcel}</MessageBarBody>
        </MessageBar>
      )}
      <Body1 as="p" className={styles.roleLine}>
        {text.intro}
      </Body1>
      <ul className={styles.roles}>
        <li>
          <Body1>{text.roles.coordinator}</Body1>
        </li>
        <li>
          <Body1>{text.roles.expert}</Body1>
        </li>
        <li>
          <Body1>{text.roles.analyst}</Body1>
        </li>
      </ul>
      <Text className={styles.localOnly} weight="semibold">
        {text.localOnly}
      </Text>
      <section className={layout.section}>
        <Subtitle2 as="h2" className={layout.heading}>{text.nextTitle}</Subtitle2>
        <Button className={styles.primary} appearance="primary" size="large" onClick={onLoadArchives}>
          {text.loadArchives}
        </Button>
        <Caption1 className={layout.muted}>{text.loadArchivesHint}</Caption1>
        <OpenDemo />
      </section>
      <section className={layout.section}>
        <Subtitle2 as="h2" className={layout.heading}>{text.otherRolesTitle}</Subtitle2>
        <Body1 as="p" className={styles.roleLine}>
          {text.expertNext}
        </Body1>
        <Body1 as="p" className={styles.roleLine}>
          {text.analystNext}
        </Body1>
        <Button className={styles.primary} onClick={onMergeProtocols}>
          {text.mergeProtocols}
        </Button>
        <Caption1 className={layout.muted}>{text.mergeProtocolsHint}</Caption1>
        <Caption1 className={layout.muted}>{text.otherRolesLater}</Caption1>
        {/* Only in Excel: the results go into the form open there. */}
        {onCrossResults && host.host !== 'none' && (
          <>
            <Button onClick={onCrossResults} data-action="cross-results">{crossTexts(messages.language).startButton}</Button>
            <Caption1 className={layout.muted}>{crossTexts(messages.language).startHint}</Caption1>
          </>
        )}
        {onCrossPrepare && (
          <>
            <Button onClick={onCrossPrepare} data-action="cross-prepare">{crossTexts(messages.language).prepare.startButton}</Button>
            <Caption1 className={layout.muted}>{crossTexts(messages.language).prepare.startHint}</Caption1>
          </>
        )}
        {onCommission && host.host !== 'none' && (
          <>
            <Button onClick={onCommission} data-action="commission">{crossTexts(messages.language).commissionButton}</Button>
            <Caption1 className={layout.muted}>{crossTexts(messages.language).commissionHint}</Caption1>
          </>
        )}
      </section>
    </div>
  );
}
