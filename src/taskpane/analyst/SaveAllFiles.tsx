import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { saveAllFiles } from '../coordinator/prepare/saveFile';
import type { ReturnMessages } from '../i18n/messages';
import { useLayoutStyles } from '../layout/useLayoutStyles';

export interface SaveAllFilesProps {
  files: ReadonlyArray<{ data: Blob; fileName: string }>;
  /** The button, the progress, the end and the hint about several downloads. */
  text: Pick<ReturnMessages, 'saveAll' | 'saving' | 'saved' | 'saveAllHint'>;
  /** Names the block for tests (`data-save-all`). */
  name: string;
}

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, alignItems: 'stretch' },
  done: { color: tokens.colorPaletteGreenForeground1 },
});

/** One action that saves every file of a result (the municipalities' ZIPs, the round-3 packages and key), one download after another. */
export function SaveAllFiles({ files, text, name }: SaveAllFilesProps) {
  const layout = useLayoutStyles();
  const styles = useStyles();
  const [saved, setSaved] = useState<number | null>(null);
  const total = files.length;
  const save = useCallback(() => {
    setSaved(0);
    void saveAllFiles(files, setSaved);
  }, [files]);
  const saving = saved !== null && saved < total;
  return (
    <div className={styles.block} data-save-all={name}>
      <Button appearance="primary" onClick={save} disabled={saving || total === 0}>
        {text.saveAll(total)}
      </Button>
      <div aria-live="polite">
        {saving && <Caption1>{text.saving(saved, total)}</Caption1>}
        {saved === total && total > 0 && <Caption1 className={styles.done} data-saved-all={name}>{text.saved(total)}</Caption1>}
      </div>
      {total > 1 && <Caption1 className={layout.muted}>{text.saveAllHint}</Caption1>}
    </div>
  );
}
