import { Button, Caption1, Field, ProgressBar } from '@fluentui/react-components';
import { useMessages } from '../i18n';
import { useLayoutStyles } from '../layout/useLayoutStyles';
import type { ArchiveProgress } from './ArchiveView.types';

export interface IndexingProgressProps {
  archives: string[];
  progress: ArchiveProgress | null;
  onCancel: () => void;
}

/** A progress line while the archives are read, and the button that stops it. */
export function IndexingProgress({ archives, progress, onCancel }: IndexingProgressProps) {
  const text = useMessages().archives;
  const layout = useLayoutStyles();
  const value = progress?.total ? progress.done / progress.total : undefined;
  return (
    <section className={layout.section} aria-live="polite" aria-busy="true">
      <Caption1 className={layout.breakWords}>{text.selected(archives)}</Caption1>
      <Field validationMessage={progress ? text.progress(progress.archive, progress.done, progress.total) : text.starting} validationState="none">
        <ProgressBar value={value} thickness="large" />
      </Field>
      <div>
        <Button onClick={onCancel}>{text.cancel}</Button>
      </div>
    </section>
  );
}
