import { Button, Field, ProgressBar } from '@fluentui/react-components';
import { useMessages, type Messages } from '../../i18n';
import { useLayoutStyles } from '../../layout/useLayoutStyles';
import type { PrepareProgress } from './Preparation.types';
import { progressPhase, type ProgressPhase } from './progressPhase';

export interface PrepareProgressViewProps {
  progress: PrepareProgress | null;
  onCancel: () => void;
}

function progressText(phase: ProgressPhase, text: Messages['prepare']['progress']): string {
  switch (phase.phase) {
    case 'starting':
      return text.starting;
    case 'index':
      return text.index(phase.files);
    case 'sheets':
      return text.sheets(phase.done, phase.total);
    case 'assigning':
      return text.assigning;
    case 'packages':
      return text.packages(phase.done, phase.total);
  }
}

/** The stage the preparation is at (archives, school sheets, packages N of M) and the button that stops it. */
export function PrepareProgressView({ progress, onCancel }: PrepareProgressViewProps) {
  const text = useMessages().prepare;
  const layout = useLayoutStyles();
  const phase = progressPhase(progress);
  return (
    <section className={layout.section} aria-live="polite" aria-busy="true" data-phase={phase.phase}>
      <Field validationMessage={progressText(phase, text.progress)} validationState="none">
        <ProgressBar value={phase.value} thickness="large" />
      </Field>
      <div>
        <Button onClick={onCancel}>{text.cancel}</Button>
      </div>
    </section>
  );
}
