import { Button, Caption1, Field, Input, MessageBar, MessageBarBody, ProgressBar, Subtitle2, Title3 } from '@fluentui/react-components';
import { ArchivePicker } from '../coordinator/ArchivePicker';
import { ProblemList } from '../coordinator/ProblemList';
import { FilePickButton } from '../coordinator/prepare/FilePickButton';
import { canSaveFiles } from '../coordinator/prepare/saveFile';
import { splitZipFiles } from '../coordinator/zipFiles';
import type { CrossProgress } from '../engineRun';
import { useMessages } from '../i18n';
import { useFileDrop } from '../layout/useFileDrop';
import { useLayoutStyles } from '../layout/useLayoutStyles';
import { useSession } from '../session';
import { CrossPrepareCounts } from './CrossPrepareCounts';
import { CrossPrepareResult } from './CrossPrepareResult';
import { CrossPrepareRouting } from './CrossPrepareRouting';
import { crossTexts, type CrossPrepareTexts } from './crossTexts';
import { countRows } from './crossPrepareModel';
import { useCrossPrepare } from './useCrossPrepare';

export interface CrossPrepareViewProps {
  onBack: () => void;
}

function progressLine(text: CrossPrepareTexts, progress: CrossProgress | null): string {
  if (!progress || progress.stage === 'plan') return text.planning;
  if (progress.stage === 'index') return text.reading(progress.archive ?? '', progress.done);
  return text.packing(progress.done, progress.total);
}

function RunProgress({ text, progress, onCancel }: { text: CrossPrepareTexts; progress: CrossProgress | null; onCancel: () => void }) {
  const layout = useLayoutStyles();
  const value = progress?.stage === 'packages' && progress.total > 0 ? progress.done / progress.total : undefined;
  return (
    <section className={layout.section} aria-live="polite" aria-busy="true" data-cross-running>
      <Field validationMessage={progressLine(text, progress)} validationState="none">
        <ProgressBar value={value} thickness="large" />
      </Field>
      <div>
        <Button onClick={onCancel}>{text.cancel}</Button>
      </div>
    </section>
  );
}

/**
 * The coordinator's «Перекрёстная проверка: подготовить пакеты»: the schools' archives (and blank forms), the works
 * per classroom prefilled from the letters and typed where missing, the proposed routing with hand-made pairs,
 * then the packages and the key.
 */
export function CrossPrepareView({ onBack }: CrossPrepareViewProps) {
  const { language } = useMessages();
  const text = crossTexts(language).prepare;
  const back = crossTexts(language).back;
  const layout = useLayoutStyles();
  const { host } = useSession();
  const cross = useCrossPrepare();
  const { plan, planRun, prepareRun } = cross;
  const planning = planRun.state.status === 'running';
  const preparing = prepareRun.state.status === 'running';
  const running = planning || preparing;
  const drop = useFileDrop((files) => {
    const { archives } = splitZipFiles(files);
    if (archives.length > 0) cross.chooseArchives(archives);
  }, !running);
  const prepared = prepareRun.state.status === 'done' ? prepareRun.state.result : null;
  const failed = planRun.state.status === 'failed' ? planRun.state.reason : prepareRun.state.status === 'failed' ? prepareRun.state.reason : null;
  const cancelled = planRun.state.status === 'cancelled' || prepareRun.state.status === 'cancelled';
  const rows = plan ? countRows(plan.classrooms, cross.typed) : [];
  const progress = planRun.state.status === 'running' ? planRun.state.progress : prepareRun.state.status === 'running' ? prepareRun.state.progress : null;
  const shownProblems = prepared?.problems ?? plan?.problems ?? [];

  return (
    <div className={layout.screen} data-screen="cross-prepare" {...drop.handlers}>
      <Button appearance="transparent" size="small" onClick={onBack}>← {back}</Button>
      <Title3 as="h1" className={layout.heading}>{text.title}</Title3>
      {!prepared && <Caption1 className={layout.muted}>{text.intro}</Caption1>}

      {!running && !prepared && (
        <>
          <ArchivePicker password={cross.password} onPasswordChange={cross.setPassword} onFiles={cross.chooseArchives} dragging={drop.dragging} />
          <Field label={text.formsLabel}>
            <div>
              <FilePickButton accept=".xlsx" multiple name="cross-forms" appearance="secondary" size="small" onFiles={cross.chooseForms}>{text.pickForms}</FilePickButton>
            </div>
          </Field>
          {cross.forms.length > 0 && <Caption1 className={layout.breakWords}>{text.formsChosen(cross.forms.map((f) => f.name))}</Caption1>}
        </>
      )}

      {running && <RunProgress text={text} progress={progress} onCancel={planning ? planRun.cancel : prepareRun.cancel} />}
      {cancelled && !running && (
        <MessageBar intent="info"><MessageBarBody>{text.cancelled}</MessageBarBody></MessageBar>
      )}
      {failed && !running && (
        <MessageBar intent="error" layout="multiline"><MessageBarBody>{text.failed(failed)}</MessageBarBody></MessageBar>
      )}

      {prepared ? (
        <>
          <CrossPrepareResult result={prepared} text={text} canSave={canSaveFiles(host)} />
          <div>
            <Button onClick={prepareRun.reset}>{text.edit}</Button>
          </div>
        </>
      ) : (
        plan && (
          <>
            <CrossPrepareCounts rows={rows} text={text} onType={cross.typeCount} />
            <CrossPrepareRouting schools={plan.schools} chosen={cross.chosen} text={text} onChoose={cross.chooseChecker} disabled={running} />
            <section className={layout.section}>
              <Field label={text.seed} hint={text.seedHint} size="small">
                <Input size="small" inputMode="numeric" value={cross.seedText} onChange={(_, data) => cross.setSeedText(data.value)} data-field="seed" />
              </Field>
              <Field label={text.deadline} size="small">
                <Input size="small" type="date" value={cross.deadline} onChange={(_, data) => cross.setDeadline(data.value)} data-field="deadline" />
              </Field>
              {cross.stale && <Caption1 data-stale>{text.stale}</Caption1>}
              <div>
                <Button disabled={running} onClick={cross.replan} data-action="cross-replan">{text.replan}</Button>
              </div>
              <Button appearance="primary" disabled={running} onClick={cross.prepare} data-action="cross-prepare-packages">{text.prepare}</Button>
            </section>
          </>
        )
      )}

      {shownProblems.length > 0 && !running && (
        <section className={layout.section} aria-labelledby="cross-problems" data-section="cross-problems">
          <Subtitle2 as="h2" id="cross-problems" className={layout.heading}>{text.problemsTitle(shownProblems.length)}</Subtitle2>
          <ProblemList problems={shownProblems} showArchive={cross.archives.length > 1} />
        </section>
      )}
    </div>
  );
}
