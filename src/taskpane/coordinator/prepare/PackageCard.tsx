import { Body1, Button, Caption1, Field, MessageBar, MessageBarBody, Spinner, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useMessages } from '../../i18n';
import { useLayoutStyles } from '../../layout/useLayoutStyles';
import type { ReadyPackage } from './Preparation.types';
import { usePackageCard } from './usePackageCard';

export interface PackageCardProps {
  pkg: ReadyPackage;
  /** The pane can save files here (not on a Mac). */
  canSave: boolean;
  /** The pane runs in Excel and can open workbooks. */
  inExcel: boolean;
}

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, paddingTop: tokens.spacingVerticalXS },
  done: { color: tokens.colorPaletteGreenForeground1 },
  letter: { fontSize: tokens.fontSizeBase200 },
});

/** One expert's package: who, what and how many, and its three actions. */
export function PackageCard({ pkg, canSave, inExcel }: PackageCardProps) {
  const text = useMessages().prepare;
  const layout = useLayoutStyles();
  const styles = useStyles();
  const card = usePackageCard(pkg);
  return (
    <li className={layout.card} data-package={pkg.packageId} data-expert={pkg.expertName}>
      <Text weight="semibold" className={layout.breakWords}>
        {pkg.expertName}
      </Text>
      <Body1>{text.packageLine(pkg.subject, pkg.grade, pkg.works)}</Body1>
      <div className={styles.actions}>
        {canSave && (
          <Button size="small" appearance="primary" onClick={card.save}>
            {text.savePackage}
          </Button>
        )}
        <Button size="small" onClick={card.copyLetter}>
          {text.letter}
        </Button>
        {inExcel && (
          <Button size="small" onClick={card.openProtocol} disabled={card.open.status === 'opening'}>
            {text.openProtocol}
          </Button>
        )}
      </div>
      <div aria-live="polite">
        {card.letter === 'copied' && <Caption1 className={styles.done}>{text.letterCopied}</Caption1>}
        {card.open.status === 'opening' && <Spinner size="extra-tiny" label={text.opening} />}
        {card.open.status === 'opened' && <Caption1 className={styles.done}>{text.opened}</Caption1>}
      </div>
      {card.letter === 'fallback' && (
        <Field label={text.letterFallback}>
          <Textarea
            className={styles.letter}
            aria-label={text.letterLabel(pkg.expertName)}
            readOnly
            resize="vertical"
            rows={6}
            value={pkg.coverLetter}
            onFocus={(event) => event.target.select()}
          />
        </Field>
      )}
      {card.open.status === 'failed' && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{text.openFailed(card.open.problem, card.open.detail)}</MessageBarBody>
        </MessageBar>
      )}
    </li>
  );
}
