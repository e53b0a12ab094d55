import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Title3, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { problemText } from '../../../engine';
import type { HostInfo } from '../../../office/host';
import { useMessages } from '../../i18n';
import { useLayoutStyles } from '../../layout/useLayoutStyles';
import { PrepareForm } from './PrepareForm';
import type { Preparation } from './Preparation.types';
import { PrepareProgressView } from './PrepareProgressView';
import { PrepareResultView } from './PrepareResultView';
import { canSaveFiles } from './saveFile';

export interface PrepareViewProps {
  preparation: Preparation;
  host: HostInfo;
  /** The bank being prepared: its works and the archives they came from. */
  works: number;
  archives: string[];
  missingSheets: string[];
  onBack: () => void;
}

const useStyles = makeStyles({
  back: { alignSelf: 'flex-start', marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

/** The coordinator's second step: inputs, then the run with its progress, then the packages and the key. */
export function PrepareView({ preparation, host, works, archives, missingSheets, onBack }: PrepareViewProps) {
  const messages = useMessages();
  const text = messages.prepare;
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
      <Caption1 className={mergeClasses(layout.muted, layout.breakWords)}>{text.bank(works, archives)}</Caption1>

      {state.status === 'cancelled' && (
        <MessageBar intent="info" layout="multiline" data-state="cancelled">
          <MessageBarBody>{text.cancelled}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{text.failedTitle}</MessageBarTitle>
            <div className={layout.paragraph}>{state.facts ? problemText(state.facts, messages.language) : state.reason}</div>
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={preparation.start}>
              {text.retry}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}

      {showForm && <PrepareForm inputs={inputs} onChange={preparation.setInputs} missingSheets={missingSheets} onStart={preparation.start} />}
      {state.status === 'running' && <PrepareProgressView progress={state.progress} onCancel={preparation.cancel} />}
      {state.status === 'done' && (
        <PrepareResultView result={state.result} canSave={canSaveFiles(host)} inExcel={host.host === 'excel'} onEdit={preparation.edit} />
      )}
    </div>
  );
}
