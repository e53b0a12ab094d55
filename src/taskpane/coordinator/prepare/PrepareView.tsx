import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Title3, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useMessages } from '../../i18n';
import { useLayoutStyles } from '../../layout/useLayoutStyles';
import { readableArchives, useSession, type SessionBank } from '../../session';
import { missingSheetNames } from './missingSheetNames';
import { PrepareForm } from './PrepareForm';
import type { Preparation } from './Preparation.types';
import { PrepareProgressView } from './PrepareProgressView';
import { PrepareResultView } from './PrepareResultView';
import { canSaveFiles } from './saveFile';

export interface PrepareViewProps {
  preparation: Preparation;
  /** The session's bank, the one being prepared. */
  bank: SessionBank;
  onBack: () => void;
}

const useStyles = makeStyles({
  back: { alignSelf: 'flex-start', marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

/** The coordinator's second step: inputs, then the run with its progress, then the packages and the key. */
export function PrepareView({ preparation, bank, onBack }: PrepareViewProps) {
  const text = useMessages().prepare;
  const { host } = useSession();
  const layout = useLayoutStyles();
  const styles = useStyles();
  const { state, inputs } = preparation;
  const showForm = state.status === 'idle' || state.status === 'cancelled' || state.status === 'failed';

  return (
    <div className={layout.screen}>
      <Button className={styles.back} appearance="transparent" size="small" onClick={onBack} disabled={state.status === 'running'}>
        ← {text.back}
      </Button>
      <Title3 as="h1" className={layout.heading}>{text.title}</Title3>
      <Caption1 className={mergeClasses(layout.muted, layout.breakWords)}>{text.bank(bank.bank.works.length, readableArchives(bank).map((file) => file.name))}</Caption1>

      {state.status === 'cancelled' && (
        <MessageBar intent="info" layout="multiline" data-state="cancelled">
          <MessageBarBody>{text.cancelled}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{text.failedTitle}</MessageBarTitle>
            <div className={layout.paragraph}>{state.reason}</div>
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={preparation.start}>
              {text.retry}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}

      {showForm && <PrepareForm inputs={inputs} onChange={preparation.setInputs} missingSheets={missingSheetNames(bank.schools)} onStart={preparation.start} />}
      {state.status === 'running' && <PrepareProgressView progress={state.progress} onCancel={preparation.cancel} />}
      {state.status === 'done' && (
        <PrepareResultView result={state.result} canSave={canSaveFiles(host)} inExcel={host.host === 'excel'} onEdit={preparation.edit} />
      )}
    </div>
  );
}
