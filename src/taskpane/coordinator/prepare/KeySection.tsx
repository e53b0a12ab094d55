import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { openWorkbook } from '../../../office/workbooks';
import { useMessages } from '../../i18n';
import { useLayoutStyles } from '../../layout/useLayoutStyles';
import { saveFile } from './saveFile';

export interface KeySectionProps {
  keyWorkbook: Blob;
  canSave: boolean;
  inExcel: boolean;
}

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type OpenKeyState = { status: 'idle' | 'opening' | 'opened' } | { status: 'failed'; problem: string; detail: string | null };

/**
 * The coordinator's key, under a red warning: it maps school codes to schools and signs the protocols. Saved as a
 * file where the pane can save; on a Mac it opens as a new workbook, which the coordinator saves from Excel.
 */
export function KeySection({ keyWorkbook, canSave, inExcel }: KeySectionProps) {
  const text = useMessages().prepare;
  const layout = useLayoutStyles();
  const styles = useStyles();
  const [open, setOpen] = useState<OpenKeyState>({ status: 'idle' });

  const openKey = async () => {
    setOpen({ status: 'opening' });
    const result = await openWorkbook(new Uint8Array(await keyWorkbook.arrayBuffer()));
    setOpen(result.ok ? { status: 'opened' } : { status: 'failed', problem: result.problem, detail: result.detail });
  };

  return (
    <section className={layout.section} aria-labelledby="prepare-key" data-section="key">
      <Subtitle2 as="h2" id="prepare-key" className={layout.heading}>{text.keyTitle}</Subtitle2>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{text.keyWarningTitle}</MessageBarTitle>
          <div className={layout.paragraph}>{text.keyWarning}</div>
        </MessageBarBody>
      </MessageBar>
      <div className={styles.actions}>
        {canSave && <Button onClick={() => saveFile(keyWorkbook, text.keyFileName)}>{text.saveKey}</Button>}
        {!canSave && inExcel && (
          <Button onClick={() => void openKey()} disabled={open.status === 'opening'}>
            {text.openKey}
          </Button>
        )}
      </div>
      {open.status === 'opening' && <Spinner size="extra-tiny" label={text.opening} />}
      {open.status === 'failed' && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{text.openFailed(open.problem, open.detail)}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
