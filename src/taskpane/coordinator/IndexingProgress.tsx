import { Button, Caption1, Field, ProgressBar } from '@fluentui/react-components';
import { useState } from 'react';
import type { ArchiveProgress } from '../engineRun';
import { useMessages } from '../i18n';
import { useLayoutStyles } from '../layout/useLayoutStyles';

export interface IndexingProgressProps {
  archives: string[];
  progress: ArchiveProgress | null;
  onCancel: () => void;
}

/** A progress line while the archives are read, the names of those archives on request, and "Cancel". */
export function IndexingProgress({ archives, progress, onCancel }: IndexingProgressProps) {
  const text = useMessages().archives;
  const layout = useLayoutStyles();
  const [showNames, setShowNames] = useState(false);
  const value = progress?.total ? progress.done / progress.total : undefined;
  return (
    <section className={layout.section} aria-live="polite" aria-busy="true">
      <Field validationMessage={progress ? text.progress(progress.archive, progress.done, progress.total) : text.starting} validationState="none">
        <ProgressBar value={value} thickness="large" />
      </Field>
      <div>
        <Button size="small" appearance="transparent" aria-expanded={showNames} onClick={() => setShowNames(!showNames)}>
          {showNames ? text.hideArchives : text.showArchives(archives.length)}
        </Button>
      </div>
      {showNames && (
        <Caption1 className={layout.breakWords} data-archive-names>
          {text.selected(archives)}
        </Caption1>
      )}
      <div>
        <Button onClick={onCancel}>{text.cancel}</Button>
      </div>
    </section>
  );
}
