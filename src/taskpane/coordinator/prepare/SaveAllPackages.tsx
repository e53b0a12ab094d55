import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { useMessages } from '../../i18n';
import { useLayoutStyles } from '../../layout/useLayoutStyles';
import type { ReadyPackage } from './Preparation.types';
import { saveAllMessages } from './saveAllMessages';
import { saveAllFiles } from './saveFile';

const useStyles = makeStyles({
  row: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, alignItems: 'flex-start' },
  done: { color: tokens.colorPaletteGreenForeground1 },
});

/** «Сохранить все пакеты»: every package's ZIP in one action instead of a click per expert. */
export function SaveAllPackages({ packages }: { packages: readonly ReadyPackage[] }) {
  const text = saveAllMessages(useMessages().language);
  const layout = useLayoutStyles();
  const styles = useStyles();
  const [saved, setSaved] = useState<number | null>(null);
  const total = packages.length;
  const saveAll = useCallback(() => {
    setSaved(0);
    void saveAllFiles(packages.map((pkg) => ({ data: pkg.data, fileName: pkg.fileName })), setSaved);
  }, [packages]);
  const saving = saved !== null && saved < total;
  return (
    <div className={styles.row} data-save-all="">
      <Button appearance="primary" onClick={saveAll} disabled={saving}>
        {text.saveAll(total)}
      </Button>
      <div aria-live="polite">
        {saving && <Caption1>{text.saving(saved, total)}</Caption1>}
        {saved === total && <Caption1 className={styles.done}>{text.saved(total)}</Caption1>}
      </div>
      <Caption1 className={layout.muted}>{text.hint}</Caption1>
    </div>
  );
}
