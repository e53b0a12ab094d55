import { Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { saveAllFiles, saveFile } from '../coordinator/prepare/saveFile';
import { copyText } from '../coordinator/prepare/copyText';
import type { CrossPrepared, CrossReadyPackage } from '../engineRun';
import { useLayoutStyles } from '../layout/useLayoutStyles';
import type { CrossPrepareTexts } from './crossTexts';
import { CROSS_KEY_FILE_NAME } from './crossPrepareModel';
import { TitledNotice } from '../layout/TitledNotice';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: '0', padding: '0', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  done: { color: tokens.colorPaletteGreenForeground1 },
  letter: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

export interface CrossPrepareResultProps {
  result: CrossPrepared;
  text: CrossPrepareTexts;
  canSave: boolean;
}

/** The packages and the key: one action saves every package and the key; each cover letter can be copied. */
export function CrossPrepareResult({ result, text, canSave }: CrossPrepareResultProps) {
  const layout = useLayoutStyles();
  const styles = useStyles();
  const [saved, setSaved] = useState<number | null>(null);
  const files = [...result.packages.map((pkg) => ({ data: pkg.data, fileName: pkg.fileName })), { data: result.keyWorkbook, fileName: CROSS_KEY_FILE_NAME }];
  const saveAll = useCallback(() => {
    setSaved(0);
    void saveAllFiles(files, setSaved);
  }, [files]);
  const saving = saved !== null && saved < files.length;
  return (
    <>
      <Text weight="semibold" role="status" data-cross-summary>{text.summary(result.packages.length, new Set(result.schools.map((s) => s.school)).size)}</Text>
      {!canSave && <TitledNotice intent="warning" title={text.macTitle} body={text.macBody} />}
      <MessageBar intent="warning" layout="multiline" data-key-warning>
        <MessageBarBody>
          <MessageBarTitle>{text.keyTitle}</MessageBarTitle>
          <div className={layout.paragraph}>{text.keyWarning}</div>
        </MessageBarBody>
      </MessageBar>
      {canSave && (
        <div className={styles.card} data-save-all="">
          <Button appearance="primary" onClick={saveAll} disabled={saving}>{text.saveAll(result.packages.length)}</Button>
          <div aria-live="polite">
            {saving && <Caption1>{text.saving(saved, files.length)}</Caption1>}
            {saved === files.length && <Caption1 className={styles.done}>{text.saved(files.length)}</Caption1>}
          </div>
          <Button size="small" onClick={() => saveFile(result.keyWorkbook, CROSS_KEY_FILE_NAME)}>{text.saveKey}</Button>
        </div>
      )}
      <ul className={styles.list}>
        {result.packages.map((pkg) => <PackageLetter key={pkg.fileName} pkg={pkg} text={text} />)}
      </ul>
    </>
  );
}

function PackageLetter({ pkg, text }: { pkg: CrossReadyPackage; text: CrossPrepareTexts }) {
  const layout = useLayoutStyles();
  const styles = useStyles();
  const [copied, setCopied] = useState<boolean | null>(null);
  return (
    <li className={styles.card} data-package={pkg.fileName}>
      <Subtitle2 as="h3" className={`${layout.heading} ${layout.breakWords}`}>{pkg.fileName}</Subtitle2>
      <Caption1 className={layout.breakWords}>{text.packageLine(pkg.checker, pkg.checkerCipher, pkg.files, pkg.works)}</Caption1>
      <Textarea className={styles.letter} readOnly resize="vertical" rows={5} value={pkg.coverLetter} aria-label={text.letterLabel(pkg.fileName)} />
      <div>
        <Button size="small" onClick={() => void copyText(pkg.coverLetter).then(setCopied)}>{text.copyLetter}</Button>
        {copied !== null && <Caption1 aria-live="polite"> {copied ? text.copied : text.copyFailed}</Caption1>}
      </div>
    </li>
  );
}
