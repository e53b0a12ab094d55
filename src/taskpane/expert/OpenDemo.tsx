import { Button, Caption1, MessageBar, MessageBarBody, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import { openWorkbook } from '../../office/workbooks';
import { useMessages } from '../i18n';
import { useLayoutStyles } from '../layout/useLayoutStyles';
import { useSession } from '../session';
import { savePackage } from '../storage';
import { openPackage } from './packageArchive';

/** Where the build puts the demo package (webpack copies assets/ as it is). */
export const DEMO_PACKAGE_URL = 'assets/demo/demo-package.zip';
const DEMO_FILE_NAME = 'Пример пакета.zip';

const useStyles = makeStyles({
  button: { width: '100%' },
});

type DemoState = { kind: 'idle' } | { kind: 'opening' } | { kind: 'opened' } | { kind: 'failed'; reason: string };

/**
 * «Открыть пример»: the demo package's protocol opens as a new workbook, and the package is stored under its
 * id first, so the new workbook's pane finds the works already there. Only in Excel (a workbook is needed).
 */
export function OpenDemo() {
  const { host } = useSession();
  const messages = useMessages();
  const text = messages.expert.demo;
  const layout = useLayoutStyles();
  const styles = useStyles();
  const [state, setState] = useState<DemoState>({ kind: 'idle' });
  if (host.host !== 'excel') return null;

  const open = async () => {
    setState({ kind: 'opening' });
    try {
      const response = await fetch(DEMO_PACKAGE_URL);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const data = await response.blob();
      const opened = await openPackage(data, null);
      if (!opened.ok || !opened.archive.names.protocolPath || !opened.archive.names.packageId) throw new Error(opened.ok ? 'no protocol' : opened.problem);
      const protocol = await opened.archive.bytes(opened.archive.names.protocolPath);
      const packageId = opened.archive.names.packageId;
      await opened.archive.close();
      // Stored before the workbook opens: its pane looks the package up by id at once. A failure to store is not
      // fatal (the expert can still choose the package), so it does not stop the demo.
      await savePackage({ packageId, fileName: DEMO_FILE_NAME, size: data.size, storedAt: new Date().toISOString(), data });
      const result = await openWorkbook(protocol);
      setState(result.ok ? { kind: 'opened' } : { kind: 'failed', reason: messages.prepare.openFailed(result.problem, result.detail) });
    } catch (error) {
      setState({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <>
      <Button className={styles.button} appearance="secondary" disabled={state.kind === 'opening'} onClick={() => void open()}>
        {state.kind === 'opening' ? text.opening : text.button}
      </Button>
      <Caption1 className={layout.muted}>{text.hint}</Caption1>
      {state.kind === 'opened' && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{text.opened}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{text.failed(state.reason)}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
